// Chinese UI words: a date written one way, and 主题 kept for keynotes. (Their punctuation is
// checked with every other message in messages.test.ts.)
import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange } from '../../src/i18n/format';
import { messages } from '../../src/i18n/messages';
import { summaryMessages } from '../../src/insights/summary-messages';

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
