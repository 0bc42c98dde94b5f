// Search is a substring match over a per-talk "haystack" of folded text (fold-text.ts): titles in
// both languages, speakers and affiliations, the event and its city, the projects and topics, the
// summary.
// Chinese is matched exactly as typed, no segmentation needed because every query term is
// searched as a substring. Cost: at most one pass over the talks' text per query, linear in its
// size; the haystacks are built once per talk, in idle time, and cached.
// Synonyms (search-synonyms.ts) are expanded once per query, into alternatives for its terms.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { eventOf, findSpeaker, findTopic } from '../catalog/catalog-lookups';
import { foldText } from '../text/fold-text';
import { synonymsAt } from './search-synonyms';

/** Query text → the terms that must all appear (AND), in folded form. */
export function searchTerms(query: string): string[] {
  return foldText(query).split(/\s+/u).filter((term) => term !== '');
}

/**
 * Query text → one group of alternatives per term, in folded form: a talk matches when every group
 * has one of its alternatives in the talk's text. A term from the synonym table also accepts its
 * synonyms: "k8s" → [k8s, kubernetes]. A phrase from the table keeps its words as terms, each also
 * accepting the phrase's synonyms: "service mesh" → [service, 服务网格] and [mesh, 服务网格], that
 * is (service AND mesh) OR 服务网格, so it still finds what it found before.
 */
export function searchGroups(query: string): string[][] {
  const words = searchTerms(query);
  const groups: string[][] = [];
  for (let at = 0; at < words.length; ) {
    const found = synonymsAt(words, at);
    const phrase = words.slice(at, at + (found?.length ?? 1));
    const synonyms = found?.group.filter((entry) => entry !== phrase.join(' ')) ?? [];
    for (const word of phrase) groups.push([word, ...synonyms]);
    at += phrase.length;
  }
  return groups;
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
    // A newline between fields so a term never matches across two of them; one space between
    // words, as in the phrases of the synonym table ("service mesh").
    text = foldText(parts.join('\n')).replace(/[^\S\n]+/gu, ' ');
    haystacks.set(talk, text);
  }
  return text;
}

/** Whether every group of `searchGroups` has at least one of its alternatives in the talk's text. */
export function matchesTerms(catalog: Catalog, talk: Talk, groups: readonly (readonly string[])[]): boolean {
  if (groups.length === 0) return true;
  const haystack = haystackOf(catalog, talk);
  return groups.every((alternatives) => alternatives.some((term) => haystack.includes(term)));
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
  const groups = searchGroups(query);
  if (groups.length === 0) return talks;
  return talks.filter((talk) => matchesTerms(catalog, talk, groups));
}
