// A list's view state lives in the URL query (?q=…&event=…&project=…&level=…&slides=1), so a
// copied link reopens the same view and the back button walks through filter changes. The query
// comes from outside, so it is parsed leniently: unknown or repeated values are dropped, never
// fatal. The same query serves every list (a collection, the archive, an event); what differs is
// which talks it starts from and its default order (list-scope.ts).
import type { Catalog, Level, TalkKind } from '../catalog/catalog-schema';
import { LEVELS, TALK_KINDS } from '../catalog/levels';
import type { Facet } from './filter-talks';

/**
 * list: the order of the list itself (a collection's, or the source's for an event).
 * relevance: best match first (search-text.ts), offered only with a search, and then its default.
 */
export const SORTS = ['relevance', 'list', 'newest', 'oldest', 'title', 'speaker', 'level'] as const;
export type Sort = (typeof SORTS)[number];

/** The order a view has unless the reader chose one: best match while searching, else the list's own. */
export const defaultSortFor = (q: string, listDefault: Sort): Sort => (q.trim() === '' ? listDefault : 'relevance');

/** The orders a list offers for a view: best match too while searching. */
export const sortsFor = (q: string, sorts: readonly Sort[]): readonly Sort[] => (q.trim() === '' ? sorts : ['relevance', ...sorts]);

export type TalkQuery = {
  q: string;
  events: string[];
  years: string[];
  projects: string[];
  topics: string[];
  levels: Level[];
  kinds: TalkKind[];
  /** Only talks with a Tencent Video mirror: watchable in mainland China. */
  tencentOnly: boolean;
  slidesOnly: boolean;
  /** Only talks the reader saved for later. */
  savedOnly: boolean;
  /** Only talks the reader has not marked as watched. */
  unwatchedOnly: boolean;
  sort: Sort;
};

export const emptyQuery = (sort: Sort): TalkQuery => ({
  q: '',
  events: [],
  years: [],
  projects: [],
  topics: [],
  levels: [],
  kinds: [],
  tencentOnly: false,
  slidesOnly: false,
  savedOnly: false,
  unwatchedOnly: false,
  sort,
});

/** Long enough for any real search, short enough that a pasted essay cannot slow the page. */
export const MAX_QUERY_LENGTH = 200;

/** Keeps known values, in the vocabulary's order, each once. */
function known<T extends string>(values: readonly string[], vocabulary: readonly T[]): T[] {
  const wanted = new Set(values);
  return vocabulary.filter((value) => wanted.has(value));
}

// Older links of the front page: "post" was the list's order, and "keynote" was a level.
const LEGACY_SORTS: Record<string, Sort> = { post: 'list' };

/**
 * The view a URL asks for. `without`: filters the list does not offer (an event's page has no
 * event filter), so a URL cannot hide its talks behind a filter the reader cannot see or undo.
 */
export function parseTalkQuery(
  params: URLSearchParams,
  catalog: Catalog,
  defaultSort: Sort,
  sorts: readonly Sort[] = SORTS,
  without: readonly Facet[] = [],
): TalkQuery {
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  // A project is a topic too: ?topic=kubernetes, as older links say, filters by the project.
  const topicIds = [...params.getAll('topic'), ...params.getAll('project')];
  const levelsAndKinds = params.getAll('level');
  const rawSort = params.get('sort') ?? '';
  const sort = LEGACY_SORTS[rawSort] ?? rawSort;
  const years = [...new Set(catalog.events.map((event) => String(event.year)))].sort();
  const offered = (facet: Facet, values: string[]) => (without.includes(facet) ? [] : values);
  return {
    q,
    events: offered('events', known(params.getAll('event'), catalog.events.map((event) => event.id))),
    years: offered('years', known(params.getAll('year'), years)),
    projects: known(topicIds, catalog.topics.filter((t) => t.kind === 'project').map((t) => t.id)),
    topics: known(topicIds, catalog.topics.filter((t) => t.kind === 'subject').map((t) => t.id)),
    levels: known(levelsAndKinds, LEVELS),
    kinds: known([...params.getAll('kind'), ...levelsAndKinds], TALK_KINDS),
    tencentOnly: params.get('video') === 'tencent',
    slidesOnly: params.get('slides') === '1',
    savedOnly: params.get('saved') === '1',
    unwatchedOnly: params.get('unwatched') === '1',
    sort: (sortsFor(q, sorts) as readonly string[]).includes(sort) ? (sort as Sort) : defaultSortFor(q, defaultSort),
  };
}

/** The canonical query string for a view: defaults left out, so the plain list is just its path. */
export function serializeTalkQuery(query: TalkQuery, defaultSort: Sort): string {
  const params = new URLSearchParams();
  if (query.q.trim() !== '') params.set('q', query.q);
  for (const event of query.events) params.append('event', event);
  for (const year of query.years) params.append('year', year);
  for (const project of query.projects) params.append('project', project);
  for (const topic of query.topics) params.append('topic', topic);
  for (const level of query.levels) params.append('level', level);
  for (const kind of query.kinds) params.append('kind', kind);
  if (query.tencentOnly) params.set('video', 'tencent');
  if (query.slidesOnly) params.set('slides', '1');
  if (query.savedOnly) params.set('saved', '1');
  if (query.unwatchedOnly) params.set('unwatched', '1');
  if (query.sort !== defaultSortFor(query.q, defaultSort)) params.set('sort', query.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether the view hides any talk (sorting alone hides none). */
export function isFiltered(query: TalkQuery): boolean {
  return serializeTalkQuery({ ...query, sort: 'list' }, 'list') !== '';
}

/**
 * How many filter values the view applies (the search and the order are not counted: the search
 * shows in its box, the order hides nothing). Counted from the canonical query, one parameter per
 * value, so a filter added to the query is counted without a change here.
 */
export function activeFilterCount(query: TalkQuery): number {
  return [...new URLSearchParams(serializeTalkQuery({ ...query, q: '', sort: 'list' }, 'list')).keys()].length;
}

/** Clears every filter (the search too) but keeps the reader's chosen order. */
export const clearedFilters = (query: TalkQuery, defaultSort: Sort): TalkQuery =>
  emptyQuery(query.sort === 'relevance' ? defaultSort : query.sort);

/**
 * The view with other search text. An order the reader did not choose follows the text: best
 * match once they search, the list's own once the box is empty.
 */
export function withSearch(query: TalkQuery, q: string, defaultSort: Sort): TalkQuery {
  const chosen = query.sort !== defaultSortFor(query.q, defaultSort);
  const sort = chosen && (query.sort !== 'relevance' || q.trim() !== '') ? query.sort : defaultSortFor(q, defaultSort);
  return { ...query, q, sort };
}

export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
