import { describe, expect, it } from 'vitest';
import { LANGUAGES, messages } from '../../src/i18n/messages';

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

describe('UI messages', () => {
  const en = leaves(messages.en);
  const zh = leaves(messages.zh);

  it('have the same keys in both languages', () => {
    expect(zh.map((l) => l.path)).toEqual(en.map((l) => l.path));
  });

  it.each(LANGUAGES)('are never empty in %s', (language) => {
    for (const { path, value } of leaves(messages[language])) {
      expect(render(value).trim(), path).not.toBe('');
    }
  });

  it('are written in Chinese in the Chinese UI (apart from names and the switch to English)', () => {
    const latinOnly = new Set(['switchToOther', 'youtube', 'labelled']);
    for (const { path, value } of zh) {
      if (latinOnly.has(path)) continue;
      expect(render(value), path).toMatch(HAN);
    }
  });

  it('use each language’s own colon', () => {
    expect(messages.zh.labelled('视频', 'x')).toBe('视频：x');
    expect(messages.en.labelled('Video', 'x')).toBe('Video: x');
  });

  it('have no Chinese in the English UI, except the switch to Chinese', () => {
    for (const { path, value } of en) {
      if (path === 'switchToOther') continue;
      expect(render(value), path).not.toMatch(HAN);
    }
  });
});
