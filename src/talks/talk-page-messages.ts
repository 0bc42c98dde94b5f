// The talk page’s own words. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  speakersHeading: 'Speakers',
  eventHeading: 'Event',
  dateHeading: 'Day',
  summaryHeading: 'Summary',
  otherTitle: 'Chinese title: ',
  collectionVideoLink: 'Short link from the list',
  noSlidesExplained: 'No slides were published for this talk.',
  previousTalk: 'Previous talk',
  nextTalk: 'Next talk',
  talkNavigation: 'More talks',
  talkNotFound: (id: string) => `There is no talk with the id “${id}”.`,
  untranslated: '(not yet translated)',
  inCollections: 'In curated lists',
  entryOf: (position: string, collection: string) => `No. ${position} of ${collection}`,
  sourceHeading: 'Where this comes from',
  sourceLine: (file: string, line: string) => `${file}, line ${line}`,
  allTalks: 'all talks',
};

export const talkPageMessages: Bilingual<typeof en> = {
  en,
  zh: {
    speakersHeading: '讲者',
    eventHeading: '大会',
    dateHeading: '日期',
    summaryHeading: '简介',
    otherTitle: '中文标题：',
    collectionVideoLink: '推荐原文中的短链接',
    noSlidesExplained: '这场演讲没有公开幻灯片。',
    previousTalk: '上一场',
    nextTalk: '下一场',
    talkNavigation: '更多演讲',
    talkNotFound: (id) => `没有 id 为“${id}”的演讲。`,
    untranslated: '（尚未翻译）',
    inCollections: '收录于推荐清单',
    entryOf: (position, collection) => `${collection}第 ${position} 场`,
    sourceHeading: '数据出处',
    sourceLine: (file, line) => `${file} 第 ${line} 行`,
    allTalks: '全部演讲',
  },
};
