// Tidying a cell's text: characters a reader cannot see, spaces typed twice, Markdown emphasis
// that was never meant to render, and full-width punctuation typed with a Chinese IME into an
// English title. Each kind of fix is counted so the report can say what changed on which line.

export type CleanupRule = 'invisible-character' | 'non-breaking-space' | 'double-space' | 'markdown-emphasis' | 'full-width-punctuation';

export type Tidied = { text: string; fixes: Partial<Record<CleanupRule, number>> };

// Zero-width space, non-joiner, joiner, left-to-right and right-to-left marks, word joiner, BOM.
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF]/g;
// No-break spaces and the ideographic space: they look like spaces but do not break or fold.
const NON_BREAKING = /[\u00A0\u2007\u202F\u3000]/g;
const DOUBLE_SPACE = / {2,}/g;
// "*Kubernetes*": a word wrapped in stars. A lone star ("Sh*t") is part of the title.
const EMPHASIS = /\*(?=\S)([^*\n]*?\S)\*/g;
// Full-width ASCII forms (！ to ～) and the ideographic comma and full stop.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3001\u3002]/g;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Full-width punctuation between Latin words becomes ASCII; next to Chinese text it stays. */
function asciiPunctuation(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(FULL_WIDTH, (char, offset: number) => {
    const before = text[offset - 1] ?? ' ';
    const after = text[offset + 1] ?? ' ';
    if (CJK.test(before) || CJK.test(after)) return char;
    replaced += 1;
    const ascii = char === '\u3001' ? ',' : char === '\u3002' ? '.' : char.normalize('NFKC');
    // "Event-Loss：Managing" was typed without the space the ASCII colon needs.
    if (/[,:;!?.]/.test(ascii) && /[\p{L}\p{N}]/u.test(after)) return `${ascii} `;
    if (ascii === '(' && /[\p{L}\p{N}]/u.test(before)) return ` ${ascii}`;
    return ascii;
  });
  return { text: out, replaced };
}

/**
 * The cell's text tidied. Spaces at the ends of a cell are Markdown padding, not content, and are
 * trimmed without a count; full-width punctuation is only changed in English text.
 */
export function tidyText(raw: string, { english }: { english: boolean }): Tidied {
  const fixes: Partial<Record<CleanupRule, number>> = {};
  const note = (rule: CleanupRule, n: number) => {
    if (n > 0) fixes[rule] = (fixes[rule] ?? 0) + n;
  };
  let text = raw;
  note('invisible-character', count(text, INVISIBLE));
  text = text.replace(INVISIBLE, '');
  note('non-breaking-space', count(text, NON_BREAKING));
  text = text.replace(NON_BREAKING, ' ');
  note('markdown-emphasis', count(text, EMPHASIS));
  text = text.replace(EMPHASIS, '$1');
  if (english) {
    const punctuation = asciiPunctuation(text);
    note('full-width-punctuation', punctuation.replaced);
    text = punctuation.text;
  }
  text = text.trim();
  note('double-space', count(text, DOUBLE_SPACE));
  text = text.replace(DOUBLE_SPACE, ' ');
  return { text, fixes };
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Whitespace collapsed and case folded, for comparing two texts that should say the same. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
