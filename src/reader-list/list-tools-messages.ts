// The list tools’ words: export, import, share, copy. They load with the code that shows them, not with the first page;
// src/i18n/messages.ts holds the words every page needs.
import type { Bilingual } from '../i18n/messages';
import type { ImportProblem } from './export-file';

/** A count as shown (formatted for the language) and its number, for English's singular and plural. */
export type Count = { text: string; n: number };

const en = {
  listToolsHeading: 'My list',
  listCounts: (saved: string, watched: string) => `${saved} saved for later, ${watched} watched. Kept in this browser only.`,
  exportList: 'Export as JSON',
  importList: 'Import a list…',
  shareList: 'Copy a link to my saved talks',
  /** It copies the list on screen, filters applied, not "My list" whose tools it sits among: it says so, with the count. */
  copyMarkdown: (count: string, n: number) => `Copy the ${count} ${n === 1 ? 'talk' : 'talks'} of the current view as Markdown`,
  shareCopied: 'Link copied. Whoever opens it sees your saved talks, read-only.',
  /** More saved talks than a link carries (MAX_SHARED_IDS): the reader learns which part it holds. */
  shareCopiedCut: (limit: string, total: string) =>
    `Link copied. It holds the first ${limit} of your ${total} saved talks: a shared link carries at most ${limit}. Whoever opens it sees them, read-only.`,
  markdownCopied: (count: string, n: number) => `Copied ${count} ${n === 1 ? 'talk' : 'talks'} as Markdown.`,
  copyByHand: 'Copying is not allowed here: select the text below and copy it.',
  fileUnreadable: 'the file could not be read',
  importFailed: (file: string, reason: string) => `Could not import ${file}: ${reason}. Your list is unchanged.`,
  importProblem: (problem: ImportProblem): string => {
    switch (problem.kind) {
      case 'empty':
        return 'the file is empty';
      case 'not-json':
        return problem.line === undefined
          ? 'the file is not valid JSON'
          : `the file is not valid JSON (line ${String(problem.line)}, column ${String(problem.column)})`;
      case 'not-an-object':
        return 'the file holds no list (expected a JSON object with “saved” and “watched”)';
      case 'not-an-export':
        return 'its “format” field does not say “talk-catalog/reader-list”, so it is not a list exported from this catalog';
      case 'newer-version':
        return `it was written by a newer version of the catalog (“version”: ${String(problem.version)}; this one reads version 1)`;
      case 'bad-version':
        return 'its “version” field should be 1';
      case 'missing-list':
        return `it has no “${problem.field}” list`;
      case 'not-a-list':
        return `its “${problem.field}” field should be a list of talk ids`;
    }
  },
  imported: (saved: Count, watched: Count, skipped: Count, unknown: Count) =>
    [
      `Imported: ${saved.text} new saved, ${watched.text} new watched.`,
      skipped.n === 0 ? '' : skipped.n === 1 ? ` ${skipped.text} entry was not a talk id and was skipped.` : ` ${skipped.text} entries were not talk ids and were skipped.`,
      unknown.n === 0
        ? ''
        : unknown.n === 1
          ? ` ${unknown.text} refers to a talk not in this catalog and was kept.`
          : ` ${unknown.text} refer to talks not in this catalog and were kept.`,
    ].join(''),
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
    shareCopiedCut: (limit, total) =>
      `链接已复制。链接包含你稍后观看的 ${total} 场中的前 ${limit} 场：一个分享链接最多包含 ${limit} 场。打开链接的人只能查看，不能修改。`,
    markdownCopied: (count) => `已把 ${count} 场演讲复制为 Markdown。`,
    copyByHand: '这里不允许自动复制：请选中下面的文字手动复制。',
    fileUnreadable: '无法读取文件',
    importFailed: (file, reason) => `无法导入 ${file}：${reason}。你的清单没有改变。`,
    importProblem: (problem) => {
      switch (problem.kind) {
        case 'empty':
          return '文件是空的';
        case 'not-json':
          return problem.line === undefined
            ? '文件不是有效的 JSON'
            : `文件不是有效的 JSON（第 ${String(problem.line)} 行第 ${String(problem.column)} 列）`;
        case 'not-an-object':
          return '文件中没有清单（应为含有“saved”和“watched”的 JSON 对象）';
        case 'not-an-export':
          return '文件的“format”字段不是“talk-catalog/reader-list”，不是从本目录导出的清单';
        case 'newer-version':
          return `文件由更新版本的目录写出（“version”为 ${String(problem.version)}，这里只能读取第 1 版）`;
        case 'bad-version':
          return '文件的“version”字段应为 1';
        case 'missing-list':
          return `文件缺少“${problem.field}”列表`;
        case 'not-a-list':
          return `文件的“${problem.field}”字段应为演讲 id 的列表`;
      }
    },
    imported: (saved, watched, skipped, unknown) =>
      [
        `已导入：新增稍后观看 ${saved.text} 场，新增已看过 ${watched.text} 场。`,
        skipped.n === 0 ? '' : `${skipped.text} 条不是演讲 id，已跳过。`,
        unknown.n === 0 ? '' : `${unknown.text} 条不在本目录中，已保留。`,
      ].join(''),
  },
};
