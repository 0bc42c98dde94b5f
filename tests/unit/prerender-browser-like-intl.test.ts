import { describe, expect, it } from 'vitest';
import { formatDatesLikeBrowsers } from '../../scripts/prerender/browser-like-intl';

const CLDR_SPACES = /[\u2009\u202f]/;
const start = new Date('2017-03-29T15:00:00Z');
const end = new Date('2017-03-30T09:30:00Z');
const long = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const time = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'UTC' });

describe('formatDatesLikeBrowsers', () => {
  it('formats dates with the plain spaces Chrome and Firefox use, and nothing else changes', () => {
    const before = [long.formatRange(start, end), long.format(start), time.format(start)];
    formatDatesLikeBrowsers();
    const after = [
      long.formatRange(start, end),
      long.format(start),
      time.format(start),
      long.formatRangeToParts(start, end).map((part) => part.value).join(''),
      time.formatToParts(start).map((part) => part.value).join(''),
      start.toLocaleTimeString('en-US', { timeZone: 'UTC' }),
      start.toLocaleString('en-US', { timeZone: 'UTC' }),
    ];
    for (const text of after) expect(text).not.toMatch(CLDR_SPACES);
    expect(after.slice(0, 3)).toEqual(before.map((text) => text.replace(/[\u2009\u202f]/g, ' ')));
    expect(after[0]).toBe('March 29 – 30, 2017');
    expect(new Intl.DateTimeFormat('zh-Hans', { dateStyle: 'long', timeZone: 'UTC' }).format(start)).toBe('2017年3月29日');
  });
});
