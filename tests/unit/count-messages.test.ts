// Every English message with a count says "1 talk" and "2 talks": run over 1 and 2. Chinese has one
// form, so its messages are checked to take the count as given.
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { listToolsMessages } from '../../src/reader-list/list-tools-messages';
import { sharedListMessages } from '../../src/reader-list/shared-list-messages';

const c = (n: number) => ({ text: String(n), n });
const none = c(0);

type Case = { name: string; en: (n: number) => string; one: RegExp; two: RegExp };

const CASES: Case[] = [
  { name: 'sharedIntro', en: (n) => sharedListMessages.en.sharedIntro(String(n), n), one: /shared 1 talk with you/, two: /shared 2 talks with you/ },
  { name: 'sharedUnknown', en: (n) => sharedListMessages.en.sharedUnknown(String(n), n), one: /^1 talk in the link is not/, two: /^2 talks in the link are not/ },
  { name: 'sharedCut', en: (n) => sharedListMessages.en.sharedCut(String(500 + n), '500', String(n), n), one: /the last one is not shown/, two: /the last 2 are not shown/ },
  { name: 'imported (skipped)', en: (n) => listToolsMessages.en.imported(none, none, c(n), none), one: /1 entry was not a talk id and was skipped/, two: /2 entries were not talk ids and were skipped/ },
  { name: 'imported (unknown)', en: (n) => listToolsMessages.en.imported(none, none, none, c(n)), one: /1 refers to a talk not in this catalog and was kept/, two: /2 refer to talks not in this catalog and were kept/ },
  { name: 'markdownCopied', en: (n) => listToolsMessages.en.markdownCopied(String(n), n), one: /^Copied 1 talk as Markdown\.$/, two: /^Copied 2 talks as Markdown\.$/ },
  { name: 'talksCount', en: (n) => messages.en.talksCount(String(n), n), one: /^1 talk$/, two: /^2 talks$/ },
  { name: 'eventsCount', en: (n) => messages.en.eventsCount(String(n), n), one: /^1 event$/, two: /^2 events$/ },
  { name: 'resultCount', en: (n) => messages.en.resultCount(String(n), String(n), n), one: /of 1 talk$/, two: /of 2 talks$/ },
];

describe('English counts', () => {
  it.each(CASES)('$name: singular for 1, plural for 2', ({ en, one, two }) => {
    expect(en(1)).toMatch(one);
    expect(en(2)).toMatch(two);
    expect(en(1)).not.toMatch(/\b1 (talks|entries|events)\b/);
  });

  it('an import that skipped nothing and found no unknown talk says only what it added', () => {
    expect(listToolsMessages.en.imported(c(1), c(2), none, none)).toBe('Imported: 1 new saved, 2 new watched.');
    expect(listToolsMessages.zh.imported(c(1), c(2), none, none)).toBe('已导入：新增稍后观看 1 场，新增已看过 2 场。');
  });
});

describe('Chinese counts', () => {
  it('use the count as given, with Chinese punctuation', () => {
    expect(sharedListMessages.zh.sharedIntro('1', 1)).toContain('分享了 1 场演讲。');
    expect(sharedListMessages.zh.sharedCut('502', '500', '2', 2)).toBe('这个链接包含 502 场演讲，分享的清单最多显示 500 场，最后 2 场没有显示。');
    expect(listToolsMessages.zh.imported(none, none, c(1), c(2))).toContain('1 条不是演讲 id，已跳过。2 条不在本目录中，已保留。');
  });
});
