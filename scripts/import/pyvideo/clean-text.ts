// Archive text made fit for the catalog. The schema rejects control characters and text-direction
// overrides (they can hide or reorder what a reader sees); a few invisible characters are junk
// in titles and names too. They are removed here, and what was removed is named so the importer
// can report it: nothing is changed without a line in the report.

export type CleanedText = {
  text: string;
  /** What was taken out, e.g. "2 control characters"; empty when nothing was. */
  removed: string[];
};

// \t, \n and \r are layout, handled on their own; every other C0/C1 control is removed.
const CONTROL = /[^\P{Cc}\t\n\r]/gu;
const DIRECTION_OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/g;
// Zero-width space, word joiner and a stray byte-order mark show nothing and break search and ids.
// Zero-width (non-)joiners are kept: emoji sequences and Persian spelling need them.
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
// Half of a UTF-16 pair without the other half (JSON can spell one: "\ud83d"); not text.
// Without the u flag the pattern sees code units, which is what is needed here.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Noncharacters are reserved for software's own use (markup-to-text.ts uses U+FDD0).
const NONCHARACTERS = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

function countAndRemove(text: string, pattern: RegExp, what: string, removed: string[]): string {
  const found = text.match(pattern)?.length ?? 0;
  if (found === 0) return text;
  removed.push(`${found} ${what}${found === 1 ? '' : 's'}`);
  return text.replace(pattern, '');
}

/**
 * Cleans a text read from the archive. With `paragraphs`, line breaks are kept (as "\n", for the
 * markup reader to interpret); otherwise all whitespace runs become one space, as in a title.
 */
export function cleanText(raw: string, { paragraphs = false }: { paragraphs?: boolean } = {}): CleanedText {
  const removed: string[] = [];
  let text = raw;
  if (text.search(LONE_SURROGATE) !== -1) {
    removed.push('unpaired surrogate code units (replaced by U+FFFD)');
    text = text.replace(LONE_SURROGATE, '\uFFFD');
  }
  text = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\u2029/g, '\n\n').replace(/\u2028/g, '\n');
  text = countAndRemove(text, CONTROL, 'control character', removed);
  text = countAndRemove(text, DIRECTION_OVERRIDES, 'text-direction override', removed);
  text = countAndRemove(text, INVISIBLE, 'zero-width character', removed);
  text = countAndRemove(text, NONCHARACTERS, 'Unicode noncharacter', removed);
  text = paragraphs ? text.replace(/[ \u00A0\u3000]+$/gm, '') : text.replace(/[\s\u00A0\u3000]+/g, ' ');
  return { text: text.trim(), removed };
}

export type CutText = { text: string; cut: boolean };

const ELLIPSIS = '…';

/** The first `end` code units, one fewer if that would split a surrogate pair (an emoji, say). */
function headOf(text: string, end: number): string {
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/**
 * A text no longer than `max`, cut where a reader expects a pause: at the last paragraph break,
 * else the last sentence end, else the last space, if that keeps at least half of the allowed
 * length. The cut is marked with an ellipsis.
 */
export function cutText(text: string, max: number): CutText {
  if (text.length <= max) return { text, cut: false };
  const room = max - ELLIPSIS.length - 2; // the ellipsis, and the space or blank line before it
  const head = headOf(text, room);
  const half = Math.floor(room / 2);
  const paragraph = head.lastIndexOf('\n\n');
  if (paragraph >= half) return { text: `${head.slice(0, paragraph).trimEnd()}\n\n${ELLIPSIS}`, cut: true };
  let sentence = -1;
  for (const match of head.matchAll(/[.!?](?=\s)|[。！？]/gu)) sentence = match.index + match[0].length;
  if (sentence >= half) return { text: `${head.slice(0, sentence)} ${ELLIPSIS}`, cut: true };
  const space = head.search(/\s\S*$/);
  const kept = space >= half ? head.slice(0, space) : head;
  return { text: `${kept.trimEnd()}${ELLIPSIS}`, cut: true };
}
