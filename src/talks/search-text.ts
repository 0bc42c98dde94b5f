// Search: a talk matches when each term of the query (AND) matches its text, that is its titles in
// both languages, speakers and affiliations, projects and topics, event and city, and summary.
//   - Words of spaced scripts match from the start of a word: "orm" finds "ORM" and "ORMs", not
//     "platform" (search-words.ts says how text is cut into words: "node.js", "c++", "k8s").
//   - Chinese, Japanese and Korean match anywhere, as typed: no segmentation.
//   - Case, width and accents are folded (fold-text.ts): "lukasz" finds "Łukasz". Given the
//     Chinese variants table (chinese-variants.ts, loaded lazily), Traditional and Simplified
//     characters find each other; without it, Chinese matches exactly as typed.
//   - A term from the synonym table also accepts its synonyms (search-synonyms.ts).
// `searchTalks` orders the matches by relevance (search-score.ts), `matchingTalks` keeps the
// list's order: the list picks. Cost per query: one pass over the talks, each an indexOf or a few
// per term over text built once per talk and cached (search-haystack.ts).
import type { Catalog, Talk } from '../catalog/catalog-schema';
import type { TalkSearch } from './filter-talks';
import { hasHan, type ChineseVariants } from '../text/chinese-variants';
// Its loader travels with the search code (use-chinese-variants.ts), out of the first page's JavaScript.
export { loadChineseVariants, loadedChineseVariants } from '../text/chinese-variants';
import { foldText } from '../text/fold-text';
import { haystackOf } from './search-haystack';
import { haystackMatches, haystackScore, needleOf, type Needle } from './search-score';
import { sameEntry, synonymsAt } from './search-synonyms';

export { SEARCH_FIELDS, type SearchField } from './search-haystack';

/** Query text → the terms that must all appear (AND), folded, and Simplified given the variants. */
export function searchTerms(query: string, variants?: ChineseVariants): string[] {
  const folded = foldText(query);
  return (variants?.toSimplified(folded) ?? folded).split(/\s+/u).filter((term) => term !== '');
}

/**
 * Query text → one group of alternatives per term, in folded form: a talk matches when every group
 * has one of its alternatives in the talk's text. A term from the synonym table also accepts its
 * synonyms: "k8s" → [k8s, kubernetes]. A phrase from the table keeps its words as terms, each also
 * accepting the phrase's synonyms: "service mesh" → [service, 服务网格] and [mesh, 服务网格], that
 * is (service AND mesh) OR 服务网格.
 */
export function searchGroups(query: string, variants?: ChineseVariants): string[][] {
  const words = searchTerms(query, variants);
  const groups: string[][] = [];
  for (let at = 0; at < words.length; ) {
    const found = synonymsAt(words, at);
    const phrase = words.slice(at, at + (found?.length ?? 1));
    const synonyms = found?.group.filter((entry) => !sameEntry(entry, phrase.join(' '))) ?? [];
    for (const word of phrase) groups.push([word, ...synonyms]);
    at += phrase.length;
  }
  return groups;
}

/** A query made ready to match talks with, once per query. */
export interface PreparedSearch {
  /** One group per term; a term with no letter or digit ("-") has none, as it asks for nothing. */
  readonly groups: readonly (readonly Needle[])[];
  readonly variants: ChineseVariants | undefined;
}

function needleGroups(groups: readonly (readonly string[])[]): Needle[][] {
  return groups
    .map((alternatives) => alternatives.map(needleOf).filter((needle) => needle !== undefined))
    .filter((alternatives) => alternatives.length > 0);
}

export function prepareSearch(query: string, variants?: ChineseVariants): PreparedSearch {
  return { groups: needleGroups(searchGroups(query, variants)), variants };
}

/**
 * Whether the Chinese variants table could change what a query finds: it has Chinese characters
 * itself or among its synonyms ("monitoring" also looks for 监控). Otherwise the list need not load it.
 */
export const needsChineseVariants = (query: string): boolean => searchGroups(query).some((group) => group.some(hasHan));

/** Score of all talks for a query with no terms: they all match, none better than another. */
export const MATCHES_ALL = 1;

/**
 * How well the talk matches (search-score.ts says how it is counted): 0 when it does not, more
 * the better, MATCHES_ALL for a query with no terms.
 */
export function scoreTalk(catalog: Catalog, talk: Talk, search: PreparedSearch): number {
  if (search.groups.length === 0) return MATCHES_ALL;
  return haystackScore(haystackOf(catalog, talk, search.variants), search.groups);
}

/** Whether every group of `searchGroups` has at least one of its alternatives in the talk's text. */
export function matchesTerms(catalog: Catalog, talk: Talk, groups: readonly (readonly string[])[], variants?: ChineseVariants): boolean {
  return haystackMatches(haystackOf(catalog, talk, variants), needleGroups(groups));
}

/** The talks of `talks` matching a query, in their order; `talks` itself for an empty query. */
export function matchingTalks(catalog: Catalog, talks: readonly Talk[], query: string, variants?: ChineseVariants): readonly Talk[] {
  const { groups } = prepareSearch(query, variants);
  if (groups.length === 0) return talks;
  return talks.filter((talk) => haystackMatches(haystackOf(catalog, talk, variants), groups));
}

/** This module's search as filter-talks.ts takes it, with the Chinese variants table if loaded. */
export const talkSearch =
  (variants?: ChineseVariants): TalkSearch =>
  (catalog, talks, q, ranked) =>
    (ranked ? searchTalks : matchingTalks)(catalog, talks, q, variants);

/**
 * The talks of `talks` matching a query, best first (scoreTalk); equal scores keep their order in
 * `talks`. `talks` itself for an empty query.
 */
export function searchTalks(catalog: Catalog, talks: readonly Talk[], query: string, variants?: ChineseVariants): readonly Talk[] {
  const search = prepareSearch(query, variants);
  if (search.groups.length === 0) return talks;
  // Scores are small whole numbers, so the talks are put in a list per score as they come (which
  // keeps ties in order), and the lists joined best first: no sort of the matches.
  const byScore = new Map<number, Talk[]>();
  for (const talk of talks) {
    const score = scoreTalk(catalog, talk, search);
    if (score === 0) continue;
    const same = byScore.get(score);
    if (same === undefined) byScore.set(score, [talk]);
    else same.push(talk);
  }
  return [...byScore.keys()].sort((a, b) => b - a).flatMap((score) => byScore.get(score) ?? []);
}
