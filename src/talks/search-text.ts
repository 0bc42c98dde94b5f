// Search is a substring match over a per-talk "haystack" of normalised text. Normalising with
// NFKD and dropping combining marks makes "bjorn" find "Björn" and full-width "ｐｒｏｍ" (typed
// with a Chinese IME) find "Prom"; Chinese is matched exactly as typed, no segmentation needed
// because every query term is searched as a substring. Cost: one pass over the talks per query,
// linear in the catalog's text; the haystacks are built once per talk and cached.
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

type LastSearch = { talks: readonly Talk[]; text: string; matches: readonly Talk[] };
let last: LastSearch | null = null;

/**
 * The talks matching a query. While the reader types, each query extends the one before
 * ("pro" → "prom"), and with AND semantics an extended query can only match a subset of the
 * previous matches: only those are scanned again. Any other change scans the whole list.
 */
export function searchTalks(talks: readonly Talk[], query: string): readonly Talk[] {
  const text = normalizeText(query).trimStart();
  const terms = searchTerms(text);
  if (terms.length === 0) return talks;
  const refines = last !== null && last.talks === talks && last.text !== '' && text.startsWith(last.text);
  const pool = refines && last !== null ? last.matches : talks;
  const matches = pool.filter((talk) => matchesTerms(talk, terms));
  last = { talks, text, matches };
  return matches;
}
