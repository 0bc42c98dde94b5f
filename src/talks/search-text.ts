// Search is a substring match over a per-talk "haystack" of folded text (fold-text.ts): titles in
// both languages, speakers and affiliations, the event and its city, the projects and topics, the
// summary.
// Chinese is matched exactly as typed, no segmentation needed because every query term is
// searched as a substring. Cost: at most one pass over the talks' text per query, linear in its
// size; the haystacks are built once per talk, in idle time, and cached.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { eventOf, findSpeaker, findTopic } from '../catalog/catalog-lookups';
import { foldText } from '../text/fold-text';

export const normalizeText = foldText;

/** Query text → the terms that must all appear (AND), in folded form. */
export function searchTerms(query: string): string[] {
  return foldText(query).split(/\s+/u).filter((term) => term !== '');
}

const haystacks = new WeakMap<Talk, string>();

function haystackOf(catalog: Catalog, talk: Talk): string {
  let text = haystacks.get(talk);
  if (text === undefined) {
    const event = eventOf(catalog, talk);
    const parts = [
      talk.title.en ?? '',
      talk.title.zh ?? '',
      ...talk.speakers.flatMap((speaker) => [findSpeaker(catalog, speaker.id)?.name ?? '', speaker.affiliation ?? '']),
      event?.name.en ?? '',
      event?.name.zh ?? '',
      event?.city?.en ?? '',
      event?.city?.zh ?? '',
      ...talk.topics.flatMap((id) => {
        const label = findTopic(catalog, id)?.label;
        return [label?.en ?? '', label?.zh ?? ''];
      }),
      talk.summary?.en ?? '',
      talk.summary?.zh ?? '',
    ];
    // A newline between fields so a term never matches across two of them.
    text = foldText(parts.join('\n'));
    haystacks.set(talk, text);
  }
  return text;
}

export function matchesTerms(catalog: Catalog, talk: Talk, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = haystackOf(catalog, talk);
  return terms.every((term) => haystack.includes(term));
}

/**
 * Builds the haystacks of `talks[from…]` until `hasTime()` says stop, and returns where it got
 * to. Folding thousands of talks' text takes far longer than a frame, so the list pages do it in
 * idle time beforehand (use-search-warm-up.ts).
 */
export function prepareHaystacks(catalog: Catalog, talks: readonly Talk[], from: number, hasTime: () => boolean): number {
  let next = from;
  while (next < talks.length && hasTime()) {
    const talk = talks[next];
    if (talk !== undefined) haystackOf(catalog, talk);
    next += 1;
  }
  return next;
}

/** The talks of `talks` matching a query, in their order. */
export function searchTalks(catalog: Catalog, talks: readonly Talk[], query: string): readonly Talk[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return talks;
  return talks.filter((talk) => matchesTerms(catalog, talk, terms));
}
