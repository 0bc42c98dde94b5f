// What a link’s last check found, in words. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  linkWorking: (date: string) => `working (checked ${date})`,
  linkBroken: (date: string) => `broken (checked ${date})`,
  linkUnverified: 'not checked yet',
  linkUnverifiedBecause: (reason: string, date: string) => `could not be checked: ${reason} (${date})`,
  archiveCopy: 'Internet Archive copy',
};

export const linkHealthMessages: Bilingual<typeof en> = {
  en,
  zh: {
    linkWorking: (date) => `可以访问（${date}检查）`,
    linkBroken: (date) => `已失效（${date}检查）`,
    linkUnverified: '尚未检查',
    linkUnverifiedBecause: (reason, date) => `无法确认：${reason}（${date}检查）`,
    archiveCopy: '互联网档案馆存档',
  },
};
