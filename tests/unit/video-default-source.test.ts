import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserTimeZone, defaultVideoSource, MAINLAND_CHINA_TIME_ZONES } from '../../src/video/default-video-source';

const MAINLAND = ['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Urumqi', 'Asia/Kashgar', 'PRC'];
/** Chinese-speaking places outside the firewall, and the rest of the world. */
const ELSEWHERE = ['Asia/Hong_Kong', 'Hongkong', 'Asia/Macau', 'Asia/Macao', 'Asia/Taipei', 'ROC', 'Asia/Singapore', 'Europe/Berlin', 'UTC'];

describe('defaultVideoSource', () => {
  it('gives Tencent Video to a Chinese UI, wherever the reader is', () => {
    for (const timeZone of [...MAINLAND, ...ELSEWHERE, undefined]) {
      expect(defaultVideoSource({ language: 'zh', timeZone }), String(timeZone)).toBe('tencent');
    }
  });

  it.each(MAINLAND)('gives Tencent Video to an English UI in %s', (timeZone) => {
    expect(defaultVideoSource({ language: 'en', timeZone })).toBe('tencent');
  });

  it.each(ELSEWHERE)('gives YouTube to an English UI in %s (YouTube is not blocked there)', (timeZone) => {
    expect(defaultVideoSource({ language: 'en', timeZone })).toBe('youtube');
  });

  it('gives YouTube to an English UI whose zone is unknown or not an exact zone name', () => {
    expect(defaultVideoSource({ language: 'en', timeZone: undefined })).toBe('youtube');
    expect(defaultVideoSource({ language: 'en', timeZone: '' })).toBe('youtube');
    expect(defaultVideoSource({ language: 'en', timeZone: 'asia/shanghai' })).toBe('youtube');
    expect(defaultVideoSource({ language: 'en', timeZone: 'Asia/Shanghai2' })).toBe('youtube');
  });

  it('lists exactly the mainland zones', () => {
    expect([...MAINLAND_CHINA_TIME_ZONES].sort()).toEqual([...MAINLAND].sort());
  });
});

describe('browserTimeZone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const stubZone = (timeZone: unknown) => {
    const options = { ...new Intl.DateTimeFormat().resolvedOptions(), timeZone } as Intl.ResolvedDateTimeFormatOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue(options);
  };

  it('reads the zone Intl resolves', () => {
    stubZone('Asia/Urumqi');
    expect(browserTimeZone()).toBe('Asia/Urumqi');
  });

  it('is undefined when Intl gives no zone or throws', () => {
    stubZone(undefined);
    expect(browserTimeZone()).toBeUndefined();
    stubZone('');
    expect(browserTimeZone()).toBeUndefined();
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(() => {
      throw new RangeError('no zone');
    });
    expect(browserTimeZone()).toBeUndefined();
  });
});
