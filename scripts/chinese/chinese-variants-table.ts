// src/text/chinese-variants-table.ts, the Traditional → Simplified characters search folds with
// (src/text/chinese-variants.ts), made from OpenCC's own character table (TSCharacters, from the
// opencc-js package, a development dependency only). Kept, from OpenCC's entries:
//   - one Simplified character for the Traditional one (one-to-one), and not the same character;
//   - both in the Basic Multilingual Plane, so folding keeps a text's UTF-16 length and offsets.
//     That leaves out some 260 pairs beyond it (CJK Extension B on): rare names and variants that
//     a talk's text will not have, and 1.4 KB of the table's gzipped size;
//   - both Han characters as search folds them (fold-text.ts), so the table sees them at all.
// A pair whose Simplified side is itself a Traditional entry (薴 → 苧 → 苎) goes to the end of the
// chain, so folding once is enough.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { foldText } from '../../src/text/fold-text.ts';

export const TABLE_FILE = 'src/text/chinese-variants-table.ts';

const isSearchableHan = (char: string) => char.length === 1 && /^\p{scx=Han}$/u.test(char) && foldText(char) === char;

/** OpenCC's dictionary text → the pairs kept, by the Traditional character's code point. */
export function chineseVariantPairs(dictionary: string): [traditional: string, simplified: string][] {
  const simplifiedOf = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [traditional = '', ...candidates] = entry.split(' ');
    const [simplified = ''] = candidates;
    if (candidates.length !== 1 || simplified === traditional) continue;
    if (isSearchableHan(traditional) && isSearchableHan(simplified)) simplifiedOf.set(traditional, simplified);
  }
  for (const [traditional, simplified] of simplifiedOf) {
    let end = simplified;
    for (let steps = 0; steps < simplifiedOf.size; steps += 1) {
      const next = simplifiedOf.get(end);
      if (next === undefined || next === traditional) break;
      end = next;
    }
    simplifiedOf.set(traditional, end);
  }
  // One UTF-16 unit each, so comparing the strings compares the code points.
  return [...simplifiedOf].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The module's text, exactly as `npm run generate-chinese-variants` writes it. */
export function chineseVariantsTableText(dictionary: string = TSCharacters): string {
  const pairs = chineseVariantPairs(dictionary);
  // Han characters only, so nothing in the strings needs escaping.
  const quoted = (chars: string[]) => `'${chars.join('')}'`;
  return [
    '// Written by `npm run generate-chinese-variants` (scripts/chinese/chinese-variants-table.ts, which',
    "// says what it keeps of OpenCC's TSCharacters): do not edit. Loaded only with a dynamic import()",
    '// (chinese-variants.ts), so it stays out of the first page view.',
    `// ${pairs.length} pairs: the Nth character of TRADITIONAL becomes the Nth of SIMPLIFIED.`,
    `export const TRADITIONAL = ${quoted(pairs.map(([traditional]) => traditional))};`,
    `export const SIMPLIFIED = ${quoted(pairs.map(([, simplified]) => simplified))};`,
    '',
  ].join('\n');
}
