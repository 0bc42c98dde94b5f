import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, messages, type Bilingual } from '../../src/i18n/messages';
import { summaryMessages } from '../../src/insights/summary-messages';
import { linkHealthMessages } from '../../src/link-health/link-health-messages';
import { listToolsMessages } from '../../src/reader-list/list-tools-messages';
import { sharedListMessages } from '../../src/reader-list/shared-list-messages';
import { speakerMessages } from '../../src/speakers/speaker-messages';
import { talkPageMessages } from '../../src/talks/talk-page-messages';
import { videoMessages } from '../../src/video/video-messages';

/** Every set of UI words: the shared ones and each feature's own, by the file that holds it. */
const SETS: Record<string, Bilingual<object>> = {
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

/** A message function is called with sample arguments so its output can be checked too. */
const render = (value: unknown): string =>
  typeof value === 'function' ? String((value as (...args: string[]) => unknown)('1', '2', '3')) : String(value);

const HAN = /\p{Script=Han}/u;

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
      expect(render(value).trim(), key).not.toBe('');
    }
  });

  it('are written in Chinese in the Chinese UI (apart from names and the switch to English)', () => {
    const latinOnly = new Set(['switchToOther', 'youtube', 'labelled']);
    for (const { path: key, value } of zh) {
      if (latinOnly.has(key)) continue;
      expect(render(value), key).toMatch(HAN);
    }
  });

  it('have no Chinese in the English UI, except the switch to Chinese', () => {
    for (const { path: key, value } of en) {
      if (key === 'switchToOther') continue;
      expect(render(value), key).not.toMatch(HAN);
    }
  });
});

it('use each language’s own colon', () => {
  expect(messages.zh.labelled('视频', 'x')).toBe('视频：x');
  expect(messages.en.labelled('Video', 'x')).toBe('Video: x');
});
