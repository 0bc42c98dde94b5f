// The catalog's view state lives in the URL query (?q=…&topic=…&level=…&slides=1), so a copied
// link reopens the same view and the back button walks through filter changes. The query comes
// from outside, so it is parsed leniently: unknown or repeated values are dropped, never fatal.
import type { Catalog, Level } from '../catalog/catalog-schema';
import { LEVELS } from '../catalog/levels';

export const SORTS = ['post', 'title', 'speaker', 'level'] as const;
export type Sort = (typeof SORTS)[number];

export type TalkQuery = {
  q: string;
  topics: string[];
  levels: Level[];
  slidesOnly: boolean;
  /** Only talks the reader saved for later. */
  savedOnly: boolean;
  /** Only talks the reader has not marked as watched. */
  unwatchedOnly: boolean;
  sort: Sort;
};

export const EMPTY_QUERY: TalkQuery = {
  q: '',
  topics: [],
  levels: [],
  slidesOnly: false,
  savedOnly: false,
  unwatchedOnly: false,
  sort: 'post',
};

/** Long enough for any real search, short enough that a pasted essay cannot slow the page. */
export const MAX_QUERY_LENGTH = 200;

const isLevel = (value: string): value is Level => (LEVELS as readonly string[]).includes(value);
const isSort = (value: string | null): value is Sort => (SORTS as readonly (string | null)[]).includes(value);

/** Keeps known values, in the vocabulary's order, each once. */
function known<T extends string>(values: string[], vocabulary: readonly T[]): T[] {
  const wanted = new Set(values);
  return vocabulary.filter((value) => wanted.has(value));
}

export function parseTalkQuery(params: URLSearchParams, catalog: Catalog): TalkQuery {
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  return {
    q,
    topics: known(params.getAll('topic'), catalog.topics.map((topic) => topic.id)),
    levels: known(params.getAll('level').filter(isLevel), LEVELS),
    slidesOnly: params.get('slides') === '1',
    savedOnly: params.get('saved') === '1',
    unwatchedOnly: params.get('unwatched') === '1',
    sort: isSort(params.get('sort')) ? (params.get('sort') as Sort) : 'post',
  };
}

/** The canonical query string for a view: defaults left out, so the plain catalog is just "/". */
export function serializeTalkQuery(query: TalkQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim() !== '') params.set('q', query.q);
  for (const topic of query.topics) params.append('topic', topic);
  for (const level of query.levels) params.append('level', level);
  if (query.slidesOnly) params.set('slides', '1');
  if (query.savedOnly) params.set('saved', '1');
  if (query.unwatchedOnly) params.set('unwatched', '1');
  if (query.sort !== 'post') params.set('sort', query.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether the view hides any talk (sorting alone hides none). */
export function isFiltered(query: TalkQuery): boolean {
  return (
    query.q.trim() !== '' ||
    query.topics.length > 0 ||
    query.levels.length > 0 ||
    query.slidesOnly ||
    query.savedOnly ||
    query.unwatchedOnly
  );
}

/** Clears every filter but keeps the reader's chosen order. */
export const clearedFilters = (query: TalkQuery): TalkQuery => ({ ...EMPTY_QUERY, sort: query.sort });

export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
