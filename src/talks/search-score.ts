// Matching and scoring one talk's haystack (search-haystack.ts) against a query's terms.
//
// The score is kept simple: each term of the query scores for the best field it matches in,
// title 8, speakers and affiliations 6, projects, topics and event 4, summary 2, plus 1 when it is
// a whole word there rather than only the start of one ("orm" in "ORM" rather than in "ORMs"); a
// talk's score is the sum over the terms, 0 when a term does not match at all. So a title match
// beats any match elsewhere, even a whole word, and a talk that matches every term in its title
// comes before one that matches some of them there. Each term scores once, however often it
// occurs. A CJK term is never "only the start" of anything, since CJK text is not cut into words:
// it scores as a whole word wherever it matches.
import { isCjkRun, searchWords } from '../text/search-words';
import { fieldAt, type Haystack } from './search-haystack';

export const FIELD_POINTS = [8, 6, 4, 2] as const;
export const WHOLE_WORD = 1;

/** One alternative of a query term, as the haystack would spell it. */
export interface Needle {
  readonly text: string;
  /** Ends in a CJK run, so matches as a whole wherever it matches. */
  readonly endsInRun: boolean;
}

/**
 * A folded query term → what to look for in haystacks: its words one after the other, the first
 * from the start of a word (hence the space), the last as a prefix; a CJK run anywhere. Undefined
 * for a term with no letter or digit ("-"), which constrains nothing.
 */
export function needleOf(term: string): Needle | undefined {
  const words = searchWords(term);
  const [first] = words;
  const last = words.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return { text: `${isCjkRun(first) ? '' : ' '}${words.join(' ')}`, endsInRun: isCjkRun(last) };
}

function isWholeAt(text: string, end: number, needle: Needle): boolean {
  if (needle.endsInRun) return true;
  const next = text[end];
  return next === undefined || next === ' ' || next === '\n';
}

/** A term's points in a haystack: the best of its alternatives; 0 when none matches. */
function termScore(haystack: Haystack, alternatives: readonly Needle[]): number {
  const { text } = haystack;
  let best = 0;
  for (const needle of alternatives) {
    let at = text.indexOf(needle.text);
    if (at < 0) continue;
    // The first occurrence is in the best field the needle is in (the fields are in this order).
    const field = fieldAt(haystack, at);
    const points = FIELD_POINTS[field] ?? 0;
    if (points + WHOLE_WORD <= best) continue;
    const fieldEnd = haystack.ends[field] ?? text.length;
    let whole = false;
    while (at >= 0 && at < fieldEnd && !whole) {
      whole = isWholeAt(text, at + needle.text.length, needle);
      at = text.indexOf(needle.text, at + 1);
    }
    best = Math.max(best, points + (whole ? WHOLE_WORD : 0));
  }
  return best;
}

/** The talk's score for a query's terms, each a group of alternatives (see the top); 0: no match. */
export function haystackScore(haystack: Haystack, groups: readonly (readonly Needle[])[]): number {
  let score = 0;
  for (const alternatives of groups) {
    const points = termScore(haystack, alternatives);
    if (points === 0) return 0;
    score += points;
  }
  return score;
}

/** Whether every group has an alternative in the haystack: the score's question without the score. */
export const haystackMatches = (haystack: Haystack, groups: readonly (readonly Needle[])[]): boolean =>
  groups.every((alternatives) => alternatives.some((needle) => haystack.text.includes(needle.text)));
