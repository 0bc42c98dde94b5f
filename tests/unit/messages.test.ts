import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, messages, type Bilingual } from '../../src/i18n/messages';
import { eventMessages } from '../../src/events/event-messages';
import { summaryMessages } from '../../src/insights/summary-messages';
import { linkHealthMessages } from '../../src/link-health/link-health-messages';
import type { ImportProblem } from '../../src/reader-list/export-file';
import { listToolsMessages } from '../../src/reader-list/list-tools-messages';
import { sharedListMessages } from '../../src/reader-list/shared-list-messages';
import { speakerMessages } from '../../src/speakers/speaker-messages';
import { talkPageMessages } from '../../src/talks/talk-page-messages';
import { videoMessages } from '../../src/video/video-messages';

/** Every set of UI words: the shared ones and each feature's own, by the file that holds it. */
const SETS: Record<string, Bilingual<object>> = {
  'events/event-messages.ts': eventMessages,
  'i18n/messages.ts': messages,
  'insights/summary-messages.ts': summaryMessages,
  'link-health/link-health-messages.ts': linkHealthMessages,
  'reader-list/list-tools-messages.ts': listToolsMessages,
  'reader-list/shared-list-messages.ts': sharedListMessages,
  'speakers/speaker-messages.ts': speakerMessages,
  'talks/talk-page-messages.ts': talkPageMessages,
  'video/video-messages.ts': videoMessages,
};

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path === '' ? key : `${path}.${key}`));
  }
  return [{ path, value }];
}

const IMPORT_PROBLEMS: ImportProblem[] = [
  { kind: 'empty' },
  { kind: 'not-json', line: 3, column: 7 },
  { kind: 'not-json', line: undefined, column: undefined },
  { kind: 'not-an-object' },
  { kind: 'not-an-export' },
  { kind: 'newer-version', version: 9 },
  { kind: 'bad-version' },
  { kind: 'missing-list', field: 'saved' },
  { kind: 'not-a-list', field: 'watched' },
];

/** The messages that take more than strings, by key: the calls to check, made from the sample strings. */
const SAMPLE_CALLS: Record<string, (args: readonly string[]) => unknown[][]> = {
  importProblem: () => IMPORT_PROBLEMS.map((problem) => [problem]),
  // Counts of one and of several: English words differ.
  markdownCopied: (args) => [1, 2].map((n) => [args[0] ?? '', n]),
  imported: (args) => [1, 2].map((n) => [0, 1, 2, 3].map((i) => ({ text: args[i % args.length] ?? '', n }))),
};

/**
 * A message function is called with sample arguments so its output can be checked too: every
 * call's output, joined, so that any of them failing a check fails it.
 */
const render = (value: unknown, args: readonly string[] = ['1', '2', '3'], key = ''): string => {
  if (typeof value !== 'function') return String(value);
  const call = value as (...args: unknown[]) => unknown;
  const calls = SAMPLE_CALLS[key.split('.').at(-1) ?? '']?.(args) ?? [args];
  return calls.map((callArgs) => String(call(...callArgs))).join('\n');
};

/** Latin sample arguments: punctuation beside them must still be Chinese in Chinese text. */
const LATIN_ARGS = ['x', 'y', 'z'];

/** Chinese samples, so that punctuation the message puts between its parts sits between Chinese characters. */
const CHINESE_ARGS = ['甲', '乙', '丙'];

const HAN = /\p{Script=Han}/u;
/** Chinese text, or the Chinese punctuation around a name (《…》, “…”). */
const CHINESE = /[\p{Script=Han}《》“”：，。、（）]/u;
/** ASCII punctuation where Chinese has its own full-width marks (：，；！？). */
const ASCII_BETWEEN_HAN = /\p{Script=Han}\s*[:,;!?]\s*\p{Script=Han}/u;
/** An ASCII mark with a full-width Chinese form on either side of a Chinese character: "幻灯片: x", "(说明)". */
const ASCII_BESIDE_HAN = /\p{Script=Han}\s*[:,;!?()]|[:,;!?()]\s*\p{Script=Han}/u;

it('every file of UI words in src is checked here', () => {
  const src = path.resolve('src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('-messages.ts') || file === 'i18n/messages.ts');
  expect(files.sort()).toEqual(Object.keys(SETS).sort());
});

describe.each(Object.entries(SETS))('UI words in %s', (_file, set) => {
  const en = leaves(set.en);
  const zh = leaves(set.zh);

  it('have the same keys in both languages', () => {
    expect(zh.map((l) => l.path)).toEqual(en.map((l) => l.path));
  });

  it.each(LANGUAGES)('are never empty in %s', (language) => {
    for (const { path: key, value } of leaves(set[language])) {
      expect(render(value, undefined, key).trim(), key).not.toBe('');
    }
  });

  it('are written in Chinese in the Chinese UI (apart from names and the switch to English)', () => {
    const latinOnly = new Set(['switchToOther', 'videoHosts.youtube', 'videoHosts.vimeo']);
    for (const { path: key, value } of zh) {
      if (latinOnly.has(key)) continue;
      expect(render(value, undefined, key), key).toMatch(CHINESE);
    }
  });

  it('use Chinese punctuation between Chinese words in the Chinese UI', () => {
    for (const { path: key, value } of zh) {
      expect(render(value, CHINESE_ARGS, key), key).not.toMatch(ASCII_BETWEEN_HAN);
      expect(render(value, undefined, key), key).not.toMatch(ASCII_BETWEEN_HAN);
    }
  });

  it('use full-width punctuation beside Chinese in the Chinese UI, whatever the arguments', () => {
    for (const { path: key, value } of zh) {
      for (const args of [LATIN_ARGS, CHINESE_ARGS, undefined]) expect(render(value, args, key), key).not.toMatch(ASCII_BESIDE_HAN);
    }
  });

  it('have no Chinese in the English UI, except the switch to Chinese', () => {
    for (const { path: key, value } of en) {
      if (key === 'switchToOther') continue;
      expect(render(value, undefined, key), key).not.toMatch(HAN);
    }
  });
});

it('use each language’s own colon, separators and quotation marks', () => {
  expect(messages.zh.labelled('视频', 'x')).toBe('视频：x');
  expect(messages.en.labelled('Video', 'x')).toBe('Video: x');
  expect(['甲', '乙'].join(messages.zh.listSeparator)).toBe('甲、乙');
  expect(messages.zh.quoted('标题')).toBe('《标题》');
  expect(messages.en.quoted('Title')).toBe('“Title”');
});

it('count in both languages, with the English plural', () => {
  expect(messages.en.talksCount('1', 1)).toBe('1 talk');
  expect(messages.en.talksCount('2,500', 2500)).toBe('2,500 talks');
  expect(messages.zh.talksCount('2,500', 2500)).toBe('2,500 场演讲');
  expect(messages.en.eventsCount('1', 1)).toBe('1 event');
  expect(messages.en.resultCount('3', '10', 10)).toBe('Showing 3 of 10 talks');
  expect(messages.zh.resultCount('3', '10', 10)).toBe('共 10 场，显示 3 场');
});
