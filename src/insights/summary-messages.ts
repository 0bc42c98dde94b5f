// The catalog summary's words. They load with the summary, after the first page's code;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  talksPerTopic: 'Talks per topic',
  coverage: 'Coverage',
  coverageVideo: 'Recording',
  coverageSlides: 'Slides',
  coverageChinese: 'Chinese summary',
  outOf: (value: string, total: string) => `${value} of ${total}`,
};

export const summaryMessages: Bilingual<typeof en> = {
  en,
  zh: {
    talksPerTopic: '各话题演讲数',
    coverage: '资料完整度',
    coverageVideo: '有录像',
    coverageSlides: '有幻灯片',
    coverageChinese: '有中文简介',
    outOf: (value, total) => `${value} / ${total} 场`,
  },
};
