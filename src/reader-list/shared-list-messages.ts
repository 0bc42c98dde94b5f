// The shared-list page’s words. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs. A count comes formatted, with its number
// `n` beside it for English's singular and plural (Chinese has one form).
import type { Bilingual } from '../i18n/messages';

const en = {
  sharedTitle: 'A shared list of talks',
  sharedIntro: (count: string, n: number) =>
    `Someone shared ${n === 1 ? `${count} talk` : `${count} talks`} with you. This list is read-only; saving a talk adds it to your own list.`,
  sharedEmpty: 'This shared link holds no talk from this catalog.',
  /** The prerendered page, before (or without) the app: the talks are in the link, which only the app reads. */
  sharedNeedsScript: 'The talks of a shared list are read from its link, which needs JavaScript. Turn it on to see them.',
  sharedUnknown: (count: string, n: number) =>
    n === 1 ? `${count} talk in the link is not in this catalog.` : `${count} talks in the link are not in this catalog.`,
  /** The link holds more than a shared list shows (MAX_SHARED_IDS). */
  sharedCut: (total: string, limit: string, cut: string, n: number) =>
    `This link holds ${total} talks; a shared list shows at most ${limit}, so ${n === 1 ? 'the last one is' : `the last ${cut} are`} not shown.`,
  sharedTalks: (count: string) => `Talks in this list (${count})`,
  saveAllShared: 'Save all to my list',
  savedAllShared: 'Saved to your list.',
};

export const sharedListMessages: Bilingual<typeof en> = {
  en,
  zh: {
    sharedTitle: '分享给你的演讲清单',
    sharedIntro: (count) => `有人与你分享了 ${count} 场演讲。此清单只读；保存某场演讲会把它加入你自己的清单。`,
    sharedEmpty: '这个分享链接里没有本目录中的演讲。',
    sharedNeedsScript: '分享清单中的演讲要从链接中读取，这需要 JavaScript。启用后即可看到。',
    sharedUnknown: (count) => `链接中有 ${count} 场演讲不在本目录中。`,
    sharedCut: (total, limit, cut) => `这个链接包含 ${total} 场演讲，分享的清单最多显示 ${limit} 场，最后 ${cut} 场没有显示。`,
    sharedTalks: (count) => `清单中的演讲（${count} 场）`,
    saveAllShared: '全部加入我的清单',
    savedAllShared: '已加入你的清单。',
  },
};
