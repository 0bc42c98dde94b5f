// The talk page’s own words. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  speakersHeading: 'Speakers',
  dateHeading: 'Date',
  dateUnknown: 'Day not known',
  summaryHeading: 'Summary',
  otherTitle: 'Chinese title: ',
  seedVideoLink: 'Original short link from the post',
  noSlidesExplained: 'No slides were published for this talk.',
  previousTalk: 'Previous talk',
  nextTalk: 'Next talk',
  talkNavigation: 'More talks',
  talkNotFound: (id: string) => `There is no talk with the id “${id}”.`,
  untranslated: '(not yet translated)',
};

export const talkPageMessages: Bilingual<typeof en> = {
  en,
  zh: {
    speakersHeading: '讲者',
    dateHeading: '日期',
    dateUnknown: '具体日期未知',
    summaryHeading: '简介',
    otherTitle: '中文标题：',
    seedVideoLink: '原文中的短链接',
    noSlidesExplained: '这场演讲没有公开幻灯片。',
    previousTalk: '上一场',
    nextTalk: '下一场',
    talkNavigation: '更多演讲',
    talkNotFound: (id) => `没有 id 为“${id}”的演讲。`,
    untranslated: '（尚未翻译）',
  },
};
