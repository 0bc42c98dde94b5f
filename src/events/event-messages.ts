// The event pages' own words. They load with those pages; src/i18n/messages.ts holds the words
// every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  eventsTitle: 'Events',
  eventsIntro: (events: string, talks: string) => `${events} in the catalog, with ${talks}. The newest first.`,
  eventColumn: 'Event',
  whereColumn: 'Where and when',
  talksColumn: 'Talks',
  mirroredColumn: 'On Tencent Video',
  virtual: 'Online',
  yearOnly: (year: string) => `${year} (days not stated in the source)`,
  eventNotFound: (id: string) => `There is no event with the id “${id}”.`,
  eventFacts: (talks: string, mirrored: string) => `${talks}, ${mirrored} of them mirrored on Tencent Video (watchable in mainland China).`,
  eventSourceLabel: 'List of talks',
  allEvents: 'all events',
};

export const eventMessages: Bilingual<typeof en> = {
  en,
  zh: {
    eventsTitle: '大会',
    eventsIntro: (events, talks) => `目录中共有 ${events}、${talks}，最新的排在前面。`,
    eventColumn: '大会',
    whereColumn: '地点与时间',
    talksColumn: '演讲',
    mirroredColumn: '腾讯视频镜像',
    virtual: '线上',
    yearOnly: (year) => `${year} 年（来源未注明具体日期）`,
    eventNotFound: (id) => `没有 id 为“${id}”的大会。`,
    eventFacts: (talks, mirrored) => `${talks}，其中 ${mirrored} 场有腾讯视频镜像（中国大陆可直接观看）。`,
    eventSourceLabel: '演讲列表来源',
    allEvents: '全部大会',
  },
};
