// The speaker page’s words. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  speakerSummary: (talks: string, events: string) => `${talks} at ${events}.`,
  speakerNotFound: (id: string) => `There is no speaker with the id “${id}”.`,
  speakerPageTitle: (name: string) => `${name}: talks`,
  speakerPageTitleAt: (name: string, page: string) => `${name}: talks, page ${page}`,
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  previousPage: 'Newer talks',
  nextPage: 'Older talks',
  pagesLabel: 'Pages of talks',
  affiliationsLabel: 'Affiliations given',
};

export const speakerMessages: Bilingual<typeof en> = {
  en,
  zh: {
    speakerSummary: (talks, events) => `在 ${events}上共有 ${talks}。`,
    speakerNotFound: (id) => `没有 id 为“${id}”的讲者。`,
    speakerPageTitle: (name) => `${name} 的演讲`,
    speakerPageTitleAt: (name, page) => `${name} 的演讲（第 ${page} 页）`,
    pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
    previousPage: '较新的演讲',
    nextPage: '较早的演讲',
    pagesLabel: '演讲分页',
    affiliationsLabel: '曾署名的单位',
  },
};
