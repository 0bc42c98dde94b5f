// Chinese UI text: full-width punctuation next to Chinese words, and one way of writing a date.
// (messages.test.ts checks punctuation *between* Chinese words; this also catches "幻灯片: x" and
// "(说明)" beside Latin text.)
import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange } from '../../src/i18n/format';
import { messages, type Bilingual } from '../../src/i18n/messages';
import { eventMessages } from '../../src/events/event-messages';
import { summaryMessages } from '../../src/insights/summary-messages';
import { linkHealthMessages } from '../../src/link-health/link-health-messages';
import { listToolsMessages } from '../../src/reader-list/list-tools-messages';
import { sharedListMessages } from '../../src/reader-list/shared-list-messages';
import { speakerMessages } from '../../src/speakers/speaker-messages';
import { talkPageMessages } from '../../src/talks/talk-page-messages';
import { videoMessages } from '../../src/video/video-messages';

const SETS: Record<string, Bilingual<object>> = {
  messages,
  eventMessages,
  summaryMessages,
  linkHealthMessages,
  listToolsMessages,
  sharedListMessages,
  speakerMessages,
  talkPageMessages,
  videoMessages,
};

const leaves = (value: unknown, path = ''): [string, unknown][] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, path === '' ? key : `${path}.${key}`))
    : [[path, value]];

/** Each message as the page shows it, its arguments Latin, Chinese and numbers in turn. */
const renderings = (value: unknown): string[] =>
  typeof value === 'function'
    ? [['x', 'y', 'z'], ['甲', '乙', '丙'], ['1', '2', '3']].map((args) => String((value as (...args: unknown[]) => unknown)(...args)))
    : [String(value)];

/** An ASCII mark that has a full-width Chinese form, on either side of a Chinese character. */
const ASCII_BESIDE_HAN = /\p{Script=Han}\s*[:,;!?()]|[:,;!?()]\s*\p{Script=Han}/u;

describe.each(Object.entries(SETS))('the Chinese words of %s', (_name, set) => {
  it('use full-width punctuation beside Chinese, whatever they are given', () => {
    for (const [key, value] of leaves(set.zh)) {
      for (const text of renderings(value)) expect(text, key).not.toMatch(ASCII_BESIDE_HAN);
    }
  });
});

const CHINESE_DAY = /^\d{4}年\d{1,2}月\d{1,2}日$/;

describe('dates in Chinese', () => {
  it('write a day as 2017年3月29日', () => {
    expect(formatDay('2017-03-29', 'zh')).toBe('2017年3月29日');
    expect(formatDay('2017-03-29', 'zh')).toMatch(CHINESE_DAY);
  });

  it('write a range of days the same way, never as 2017/3/29 – 2017/3/30', () => {
    expect(formatDayRange('2017-03-29', '2017-03-30', 'zh')).toBe('2017年3月29日至30日');
    expect(formatDayRange('2017-03-29', '2017-04-02', 'zh')).toBe('2017年3月29日至4月2日');
    expect(formatDayRange('2017-12-29', '2018-01-02', 'zh')).toBe('2017年12月29日至2018年1月2日');
    expect(formatDayRange('2017-03-29', '2017-03-29', 'zh')).toBe('2017年3月29日');
  });

  it('leave English ranges to the browser', () => {
    expect(formatDayRange('2017-03-29', '2017-03-30', 'en')).toMatch(/^March 29\s*–\s*30, 2017$/);
  });
});

describe('主题 in Chinese', () => {
  // 主题演讲 is a keynote; a topic is 话题 and the colour scheme 配色, so that no control reads
  // as another ("各主题演讲数" read as "keynotes per…").
  it('names a topic with the filter’s word wherever topics are counted', () => {
    expect(messages.zh.topicLegend).toBe('话题');
    expect(summaryMessages.zh.talksPerTopic).toContain(messages.zh.topicLegend);
  });

  it('is left to keynotes: the colour scheme and topics do not use it', () => {
    expect(messages.zh.kinds.keynote).toBe('主题演讲');
    expect(messages.zh.themeLabel).not.toMatch(/主题/);
    expect(messages.zh.topicLegend).not.toMatch(/主题/);
    expect(summaryMessages.zh.talksPerTopic).not.toMatch(/主题/);
  });
});
