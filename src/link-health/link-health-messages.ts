// What a link’s last check found, in words. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  linkWorking: (date: string) => `working (checked ${date})`,
  linkBroken: (date: string) => `broken (checked ${date})`,
  linksNotChecked: 'These links have not been checked yet.',
  linksLastChecked: (date: string) => `Links last checked on ${date}.`,
  linkUnverified: (date: string) => `could not be checked (${date})`,
  linkUnverifiedBecause: (reason: string, date: string) => `could not be checked: ${reason} (${date})`,
  archiveCopy: 'Internet Archive copy',
};

export const linkHealthMessages: Bilingual<typeof en> = {
  en,
  zh: {
    linkWorking: (date) => `可以访问（${date}检查）`,
    linkBroken: (date) => `已失效（${date}检查）`,
    linksNotChecked: '这些链接尚未检查。',
    linksLastChecked: (date) => `这些链接最近一次检查于 ${date}。`,
    linkUnverified: (date) => `无法确认（${date}检查）`,
    linkUnverifiedBecause: (reason, date) => `无法确认：${reason}（${date}检查）`,
    archiveCopy: '互联网档案馆存档',
  },
};
