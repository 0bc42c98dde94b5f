// Filtering and facet counts. Values of one facet combine with OR (two events: talks of either),
// different facets with AND. Each option's count is the number of talks it would show if picked,
// given every *other* active filter, so a count never promises talks the rest of the view hides.
// One pass: a talk that fails no facet is shown and counts for all of them; a talk that fails
// exactly one facet still counts for that facet's options, since picking one could admit it.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { eventOf, hasTencentMirror, lookups, talkHasSlides } from '../catalog/catalog-lookups';
import type { TalkQuery } from './talk-query';

export const FACETS = ['events', 'years', 'projects', 'topics', 'levels', 'kinds', 'tencent', 'slides', 'saved', 'unwatched'] as const;
export type Facet = (typeof FACETS)[number];

/** For each facet, how many talks each of its values would show. Yes/no facets count under "yes". */
export type FacetCounts = Record<Facet, Map<string, number>>;

/** The reader's list as sets, for constant-time membership while filtering. */
export type ReaderMarks = { saved: ReadonlySet<string>; watched: ReadonlySet<string> };

export const NO_MARKS: ReaderMarks = { saved: new Set(), watched: new Set() };

const YES = ['yes'];
const NONE: string[] = [];
/** A yes/no facet's values: ["yes"] or none. */
export const flag = (on: boolean): readonly string[] => (on ? YES : NONE);

/** The values a talk has for each facet. */
function valuesOf(catalog: Catalog, marks: ReaderMarks): (talk: Talk, facet: Facet) => readonly string[] {
  const { topicById } = lookups(catalog);
  const topicsOfKind = (talk: Talk, kind: 'project' | 'subject') => talk.topics.filter((id) => topicById.get(id)?.kind === kind);
  return (talk, facet) => {
    switch (facet) {
      case 'events':
        return [talk.event];
      case 'years': {
        const event = eventOf(catalog, talk);
        return event === undefined ? NONE : [String(event.year)];
      }
      case 'projects':
        return topicsOfKind(talk, 'project');
      case 'topics':
        return topicsOfKind(talk, 'subject');
      case 'levels':
        return talk.level === undefined ? NONE : [talk.level];
      case 'kinds':
        return talk.kind === undefined ? NONE : [talk.kind];
      case 'tencent':
        return flag(hasTencentMirror(talk));
      case 'slides':
        return flag(talkHasSlides(catalog, talk));
      case 'saved':
        return flag(marks.saved.has(talk.id));
      case 'unwatched':
        return flag(!marks.watched.has(talk.id));
    }
  };
}

/** The values the query asks for, per facet; an empty list asks for nothing. */
function selectedOf(query: TalkQuery): Record<Facet, readonly string[]> {
  return {
    events: query.events,
    years: query.years,
    projects: query.projects,
    topics: query.topics,
    levels: query.levels,
    kinds: query.kinds,
    tencent: flag(query.tencentOnly),
    slides: flag(query.slidesOnly),
    saved: flag(query.savedOnly),
    unwatched: flag(query.unwatchedOnly),
  };
}

export type FilterResult = { talks: Talk[]; counts: FacetCounts };

/** The values an item of a list has for each facet: a talk, or a talk's row in the archive's index. */
export type FacetValues<T> = (item: T, facet: Facet) => readonly string[];

/**
 * The items the query's filters keep, in the order given, and what each filter option would show
 * (see the top). The search text is not looked at: `items` are the ones it found.
 */
export function filterItems<T>(items: Iterable<T>, values: FacetValues<T>, query: TalkQuery): { items: T[]; counts: FacetCounts } {
  const selected = selectedOf(query);
  const active = FACETS.filter((facet) => selected[facet].length > 0);
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as FacetCounts;
  const count = (item: T, facet: Facet) => {
    const map = counts[facet];
    for (const value of values(item, facet)) map.set(value, (map.get(value) ?? 0) + 1);
  };
  const shown: T[] = [];
  for (const item of items) {
    const failed = active.filter((facet) => !values(item, facet).some((value) => selected[facet].includes(value)));
    if (failed.length === 0) {
      shown.push(item);
      for (const facet of FACETS) count(item, facet);
    } else if (failed.length === 1 && failed[0] !== undefined) {
      count(item, failed[0]);
    }
  }
  return { items: shown, counts };
}

/**
 * The talks matching search text: best first when `ranked`, else in the order given. The search
 * code (search-text.ts) loads only when a reader searches (use-talk-search.ts), so a list with no
 * search needs none.
 */
export type TalkSearch = (catalog: Catalog, talks: readonly Talk[], q: string, ranked: boolean) => readonly Talk[];

/**
 * The talks of `talks` the view shows, and what each filter option would show. A view with search
 * text needs `search`; best match first when the view is sorted by relevance.
 */
export function filterTalks(
  catalog: Catalog,
  talks: readonly Talk[],
  query: TalkQuery,
  marks: ReaderMarks = NO_MARKS,
  search?: TalkSearch,
): FilterResult {
  if (search === undefined && query.q.trim() !== '') throw new Error('filterTalks: a view with search text needs a search');
  const searched = search === undefined ? talks : search(catalog, talks, query.q, query.sort === 'relevance');
  const { items, counts } = filterItems(searched, valuesOf(catalog, marks), query);
  return { talks: items, counts };
}
