// The speaker page’s words. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  speakerTalks: (count: string) => `Talks (${count})`,
  speakerNotFound: (id: string) => `There is no speaker with the id “${id}”.`,
  speakerPageTitle: (name: string) => `${name}: talks`,
};

export const speakerMessages: Bilingual<typeof en> = {
  en,
  zh: {
    speakerTalks: (count) => `演讲（${count} 场）`,
    speakerNotFound: (id) => `没有 id 为“${id}”的讲者。`,
    speakerPageTitle: (name) => `${name} 的演讲`,
  },
};
