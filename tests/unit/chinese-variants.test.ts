// The Traditional → Simplified table search folds Chinese with: what the script writes, sane, and
// loaded only on demand.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseVariantPairs, chineseVariantsTableText, TABLE_FILE } from '../../scripts/chinese/chinese-variants-table';
import { chineseVariantsOf, hasHan, loadChineseVariants, loadedChineseVariants } from '../../src/text/chinese-variants';
import { SIMPLIFIED, TRADITIONAL } from '../../src/text/chinese-variants-table';
import { foldText } from '../../src/text/fold-text';

const root = new URL('../../', import.meta.url);
const traditional = Array.from(TRADITIONAL);
const simplified = Array.from(SIMPLIFIED);

describe('the checked-in table', () => {
  it('is what `npm run generate-chinese-variants` writes', () => {
    expect(readFileSync(new URL(TABLE_FILE, root), 'utf8')).toBe(chineseVariantsTableText());
  });

  it('pairs as many characters on each side, all of them one UTF-16 unit', () => {
    expect(traditional.length).toBeGreaterThan(2500);
    expect(simplified).toHaveLength(traditional.length);
    expect(TRADITIONAL).toHaveLength(traditional.length);
    expect(SIMPLIFIED).toHaveLength(simplified.length);
  });

  it.each([
    ['數', '数'],
    ['據', '据'],
    ['後', '后'],
    ['髮', '发'],
    ['發', '发'],
    ['臺', '台'],
    ['裡', '里'],
    ['為', '为'],
    ['監', '监'],
    ['網', '网'],
    // 薴 → 苧 in OpenCC, and 苧 → 苎: the table goes to the end.
    ['薴', '苎'],
  ])('makes %s %s', (from, to) => {
    expect(simplified[traditional.indexOf(from)]).toBe(to);
  });

  it('has no character paired with itself, and each Traditional one once', () => {
    expect(traditional.filter((char, i) => char === simplified[i])).toEqual([]);
    expect(new Set(traditional).size).toBe(traditional.length);
  });

  it('is done after one pass: no Simplified character is one to fold again', () => {
    const keys = new Set(traditional);
    expect(simplified.filter((char) => keys.has(char))).toEqual([]);
  });

  it('has only Han characters that folding leaves alone, so folded text still has them', () => {
    expect([...traditional, ...simplified].filter((char) => !hasHan(char) || foldText(char) !== char)).toEqual([]);
  });
});

describe('chineseVariantPairs', () => {
  it('keeps one-to-one pairs of Han characters in the BMP, not identical, by code point', () => {
    const dictionary = ['數 数', 'a b', '乾 干', '兩 两 二', '𠌥 𠌥', '𡃄 𠹭', '國 国', '國 国'].join('|');
    expect(chineseVariantPairs(dictionary)).toEqual([
      ['乾', '干'],
      ['國', '国'],
      ['數', '数'],
    ]);
  });

  it('follows a chain to its end', () => {
    expect(chineseVariantPairs('薴 苧|苧 苎')).toEqual([
      ['苧', '苎'],
      ['薴', '苎'],
    ]);
  });
});

describe('chineseVariantsOf', () => {
  const variants = chineseVariantsOf('數據', '数据');

  it('folds the table’s characters and leaves every other character alone', () => {
    expect(variants.toSimplified('數據 庫 prometheus 数据')).toBe('数据 庫 prometheus 数据');
    expect(variants.toSimplified('nothing to do')).toBe('nothing to do');
  });

  it('takes characters that mean something in a regular expression as themselves', () => {
    const odd = chineseVariantsOf('-]\\^', 'abcd');
    expect(odd.toSimplified('x-]\\^y[')).toBe('xabcdy[');
  });

  it('refuses strings that do not pair up', () => {
    expect(() => chineseVariantsOf('數據', '数')).toThrow(/as many characters/);
    expect(() => chineseVariantsOf('𡃄', '𠹭')).toThrow(/one UTF-16 unit/);
  });

  it('keeps a text’s length, so offsets into it stay right', () => {
    const text = '數據庫與數據倉庫';
    expect(chineseVariantsOf(TRADITIONAL, SIMPLIFIED).toSimplified(text)).toHaveLength(text.length);
  });
});

describe('loadChineseVariants', () => {
  it('loads the table once, and says so to whoever asks later', async () => {
    expect(loadedChineseVariants()).toBeUndefined();
    const first = loadChineseVariants();
    expect(loadChineseVariants()).toBe(first);
    const variants = await first;
    expect(loadedChineseVariants()).toBe(variants);
    expect(variants.toSimplified('數據')).toBe('数据');
  });
});

describe('the table’s module', () => {
  // A static import anywhere would put the table in the first page view's JavaScript.
  it('is imported only dynamically, by chinese-variants.ts', () => {
    const files = readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
    const mentions = files.flatMap((file) => {
      const text = readFileSync(new URL(`src/${file}`, root), 'utf8');
      return [...text.matchAll(/^.*chinese-variants-table.*$/gmu)].filter((line) => !line[0].trimStart().startsWith('//')).map((line) => `${path.normalize(file)}: ${line[0].trim()}`);
    });
    expect(mentions).toEqual([expect.stringMatching(/^text\/chinese-variants\.ts: loading \?\?= import\('\.\/chinese-variants-table'\)/)]);
  });
});
