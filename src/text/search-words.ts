// How search cuts folded text (fold-text.ts) into the pieces it matches: words of the spaced
// scripts, matched from their start (so "orm" finds "ORMs" but not "platform"), and runs of
// Chinese, Japanese or Korean letters, matched anywhere inside as typed, since those scripts do not
// put spaces between words and the search does not try to find them.
//
// A word is a run of letters, marks and digits, so:
//   - "k8s", "o11y", "gRPC" and "v1" are one word each ("rpc" does not find gRPC: it is inside it);
//   - any other character is a break: "node.js" is "node" "js", "multi-cluster" is "multi"
//     "cluster", "under_score" and "ci/cd" are two words, "v1.28" is "v1" "28". A query spells
//     them the same way and its words must then come one after the other (search-text.ts), so
//     "node.js", "node js" and "Node.JS" all find "Node.js";
//   - "+" and "#" right after a word stay on it, for "c++", "c#" and "f#": otherwise "c++" would be
//     the word "c", which begins half the dictionary;
//   - apostrophes are dropped, not breaks: "don't" is "dont", "O'Neil" is "oneil";
//   - a change between a CJK script and another is a break: "生产环境中的Envoy" is "生产环境中的" "envoy".
// CamelCase is not split: "telemetry" does not find "OpenTelemetry".

const CJK = String.raw`\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}`;
const LETTER = String.raw`\p{L}\p{M}\p{N}`;
// CJK punctuation (、。「」) shares those scripts, hence "a letter, and CJK" for a run.
const PIECE = new RegExp(`(?:(?=[${LETTER}])[${CJK}])+|(?:(?![${CJK}])[${LETTER}])+[+#]*`, 'gu');
const CJK_START = new RegExp(`^[${CJK}]`, 'u');
const APOSTROPHES = /['\u2019\u02bc]/gu;

/** Folded text → its words and CJK runs, in order: "k8s集群 node.js" → ["k8s", "集群", "node", "js"]. */
export function searchWords(folded: string): string[] {
  return folded.replace(APOSTROPHES, '').match(PIECE) ?? [];
}

/** Whether a piece of `searchWords` is a CJK run, matched anywhere inside rather than from its start. */
export const isCjkRun = (piece: string): boolean => CJK_START.test(piece);
