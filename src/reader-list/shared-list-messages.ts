// The shared-list page’s words. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  sharedTitle: 'A shared list of talks',
  sharedIntro: (count: string) => `Someone shared ${count} talks with you. This list is read-only; saving a talk adds it to your own list.`,
  sharedEmpty: 'This shared link holds no talk from this catalog.',
  sharedUnknown: (count: string) => `${count} talks in the link are not in this catalog.`,
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
    sharedUnknown: (count) => `链接中有 ${count} 场演讲不在本目录中。`,
    sharedTalks: (count) => `清单中的演讲（${count} 场）`,
    saveAllShared: '全部加入我的清单',
    savedAllShared: '已加入你的清单。',
  },
};
