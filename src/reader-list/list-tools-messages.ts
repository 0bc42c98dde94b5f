// The list tools’ words: export, import, share, copy. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';

const en = {
  listToolsHeading: 'My list',
  listCounts: (saved: string, watched: string) => `${saved} saved for later, ${watched} watched. Kept in this browser only.`,
  exportList: 'Export as JSON',
  importList: 'Import a list…',
  shareList: 'Copy a link to my saved talks',
  /** It copies the list on screen, filters applied, not "My list" whose tools it sits among: it says so, with the count. */
  copyMarkdown: (count: string, n: number) => `Copy the ${count} ${n === 1 ? 'talk' : 'talks'} of the current view as Markdown`,
  shareCopied: 'Link copied. Whoever opens it sees your saved talks, read-only.',
  markdownCopied: (count: string) => `Copied ${count} talks as Markdown.`,
  copyByHand: 'Copying is not allowed here: select the text below and copy it.',
  fileUnreadable: 'the file could not be read',
  importFailed: (file: string, reason: string) => `Could not import ${file}: ${reason}. Your list is unchanged.`,
  imported: (saved: string, watched: string, skipped: string, unknown: string) =>
    `Imported: ${saved} new saved, ${watched} new watched. ${skipped} entries were not talk ids and were skipped; ${unknown} refer to talks not in this catalog and were kept.`,
};

export const listToolsMessages: Bilingual<typeof en> = {
  en,
  zh: {
    listToolsHeading: '我的清单',
    listCounts: (saved, watched) => `稍后观看 ${saved} 场，已看过 ${watched} 场。只保存在这个浏览器中。`,
    exportList: '导出为 JSON',
    importList: '导入清单…',
    shareList: '复制稍后观看清单的链接',
    copyMarkdown: (count) => `把当前筛选出的 ${count} 场演讲复制为 Markdown`,
    shareCopied: '链接已复制。打开链接的人只能查看你的稍后观看清单，不能修改。',
    markdownCopied: (count) => `已把 ${count} 场演讲复制为 Markdown。`,
    copyByHand: '这里不允许自动复制：请选中下面的文字手动复制。',
    fileUnreadable: '无法读取文件',
    importFailed: (file, reason) => `无法导入 ${file}：${reason}。你的清单没有改变。`,
    imported: (saved, watched, skipped, unknown) =>
      `已导入：新增稍后观看 ${saved} 场，新增已看过 ${watched} 场。${skipped} 条不是演讲 id，已跳过；${unknown} 条不在本目录中，已保留。`,
  },
};
