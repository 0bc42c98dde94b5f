// Search is a substring match over a per-talk "haystack" of normalised text. Normalising with
// NFKD and dropping combining marks makes "bjorn" find "Björn" and full-width "ｐｒｏｍ" (typed
// with a Chinese IME) find "Prom"; Chinese is matched exactly as typed, no segmentation needed
// because every query term is searched as a substring. Cost: at most one pass over the catalog's
// text per query, linear in its size, and usually much less (searchTalks); the haystacks are built
// once per talk, in idle time, and cached.
import type { Talk } from '../catalog/catalog-schema';

const COMBINING_MARKS = /\p{M}/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Query text → the terms that must all appear (AND), in normalised form. */
export function searchTerms(query: string): string[] {
  return normalizeText(query).split(/\s+/u).filter((term) => term !== '');
}

const haystacks = new WeakMap<Talk, string>();

function haystackOf(talk: Talk): string {
  let text = haystacks.get(talk);
  if (text === undefined) {
    const parts = [
      talk.title.en,
      talk.title.zh ?? '',
      talk.summary.en,
      talk.summary.zh ?? '',
      ...talk.speakers.flatMap((speaker) => [speaker.name, speaker.affiliation]),
    ];
    // A newline between fields so a term never matches across two of them.
    text = normalizeText(parts.join('\n'));
    haystacks.set(talk, text);
  }
  return text;
}

export function matchesTerms(talk: Talk, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = haystackOf(talk);
  return terms.every((term) => haystack.includes(term));
}

/**
 * Builds the haystacks of `talks[from…]` until `hasTime()` says stop, and returns where it got
 * to. Normalising 10,000 talks' text takes over 100 ms, far too long for the first keystroke, so
 * the catalog page does it in idle time beforehand (use-search-warm-up.ts).
 */
export function prepareHaystacks(talks: readonly Talk[], from: number, hasTime: () => boolean): number {
  let next = from;
  while (next < talks.length && hasTime()) {
    const talk = talks[next];
    if (talk !== undefined) haystackOf(talk);
    next += 1;
  }
  return next;
}

// Recent answers for one list of talks, by normalised query text, oldest first.
const RECENT_LIMIT = 32;
let recentFor: readonly Talk[] | null = null;
const recent = new Map<string, readonly Talk[]>();

/**
 * The talks matching a query. Typing only ever narrows an AND search: every term of "prom al"
 * contains a term of "prom a", so a query extending an earlier one ("pro" → "prom") scans only
 * that query's matches, and deleting characters goes back to an answer already known. A fresh
 * query costs one pass over the catalog's text; a keystroke usually far less.
 */
export function searchTalks(talks: readonly Talk[], query: string): readonly Talk[] {
  const text = normalizeText(query).trimStart();
  const terms = searchTerms(text);
  if (terms.length === 0) return talks;
  if (recentFor !== talks) {
    recent.clear();
    recentFor = talks;
  }
  const known = recent.get(text);
  if (known !== undefined) return known;
  let pool = talks;
  for (const [earlier, matches] of recent) {
    if (text.startsWith(earlier) && matches.length < pool.length) pool = matches;
  }
  const matches = pool.filter((talk) => matchesTerms(talk, terms));
  recent.set(text, matches);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value ?? '');
  return matches;
}
