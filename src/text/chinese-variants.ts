// Simplified and Traditional Chinese finding each other: search folds both the query and the
// talks' text to Simplified characters, so 数据 finds 數據 and 數據 finds 数据. The table
// (chinese-variants-table.ts, written by `npm run generate-chinese-variants`) is about 13 KB
// gzipped, more than the rest of the search, and only a query with Chinese in it needs it: it is
// loaded on demand with a dynamic import(), in a chunk of its own, and until it is there search
// matches Chinese exactly as typed.
//
// Each Traditional character has one Simplified one, and both are one UTF-16 unit, so folding
// keeps a text's length and every offset into it (search-haystack.ts relies on this).

export interface ChineseVariants {
  /** Folded text (fold-text.ts) with each Traditional character of the table made Simplified. */
  toSimplified(text: string): string;
}

const escapeInClass = (char: string) => char.replace(/[\\\][^-]/u, '\\$&');

/**
 * The variants of two strings read together: the Nth character of `traditional` becomes the Nth
 * of `simplified`. For the generated table, and for tests that want a table of their own.
 */
export function chineseVariantsOf(traditional: string, simplified: string): ChineseVariants {
  const from = Array.from(traditional);
  const to = Array.from(simplified);
  if (from.length !== to.length || from.some((char, i) => char.length !== 1 || to[i]?.length !== 1)) {
    throw new Error('Chinese variants: the two strings must have as many characters, each one UTF-16 unit');
  }
  const simplifiedOf = new Map(from.map((char, i) => [char, to[i] ?? char]));
  // One regular expression over the table's characters: text without any of them, the usual
  // case, is scanned natively and comes back unchanged without a call per character.
  const traditionalChar = new RegExp(`[${from.map(escapeInClass).join('')}]`, 'gu');
  return {
    toSimplified: (text) => (from.length === 0 ? text : text.replace(traditionalChar, (char) => simplifiedOf.get(char) ?? char)),
  };
}

let loaded: ChineseVariants | undefined;
let loading: Promise<ChineseVariants> | undefined;

/**
 * Loads the table once; later calls share the same promise. A failed load (the chunk could not
 * be fetched) is forgotten, so the next call tries again.
 */
export function loadChineseVariants(): Promise<ChineseVariants> {
  loading ??= import('./chinese-variants-table').then(
    ({ TRADITIONAL, SIMPLIFIED }) => (loaded = chineseVariantsOf(TRADITIONAL, SIMPLIFIED)),
    (error: unknown) => {
      loading = undefined;
      throw error instanceof Error ? error : new Error(String(error));
    },
  );
  return loading;
}

/** The table if it has loaded, so a render can use it without waiting. */
export const loadedChineseVariants = (): ChineseVariants | undefined => loaded;

const HAN = /\p{scx=Han}/u;

/** Whether a text has a Chinese character, that is whether the table could change how it matches. */
export const hasHan = (text: string): boolean => HAN.test(text);
