// The archive's search index as the build writes it and the browser reads it: files under one
// folder per catalog (its name is a hash of the catalog, so every file can be cached for good),
// each fetched only when a search, filter or order needs it.
//
//   facets.json        per talk, in the catalog's order: its event, topics, level, kind, whether
//                      it has a Tencent mirror and slides; enough to filter and count every facet
//                      over the whole archive without any talk's text. Also how many talks, and
//                      how many id files there are.
//   terms/<key>.json   the terms that begin with the same two characters (a CJK term: its first
//                      character's bucket), each with its postings: which talks have it, in which field.
//   order/<sort>-<language>.json   each talk's rank in the title or speaker order of a language.
//   ids/<n>.json       [id, index] pairs, for the talks a reader saved or watched, by a hash of the id.
//   cards/<index>.json one talk as a page slice: what its card shows, fetched for the cards on screen.
import { isCjkRun } from '../text/search-words';
import type { Level, TalkKind } from '../catalog/catalog-schema';

/** Bumped whenever a file's shape changes, so a browser never mixes two shapes from one folder. */
export const INDEX_VERSION = 1;

/** Postings of one term: per talk, in the catalog's order, (index − previous index) × 4 + field. */
export type EncodedPostings = number[];

export type TermsFile = Record<string, EncodedPostings>;

/** Talk indices as gaps from the previous one (the first from −1), which compress well. */
export type IndexGaps = number[];

export type FacetsFile = {
  version: number;
  talks: number;
  /** Buckets of ids/<n>.json. */
  idFiles: number;
  /** Runs of the talks' events: [event index in the outline's events, run length, …]. */
  events: number[];
  /** Per topic id, its talks. */
  topics: Record<string, IndexGaps>;
  levels: Partial<Record<Level, IndexGaps>>;
  kinds: Partial<Record<TalkKind, IndexGaps>>;
  tencent: IndexGaps;
  slides: IndexGaps;
};

/** Each talk's rank in an order, by index. */
export type OrderFile = number[];

export type IdsFile = [string, number][];

export const ORDERED_SORTS = ['title', 'speaker'] as const;
export type OrderedSort = (typeof ORDERED_SORTS)[number];

const hex = (char: string) => (char.codePointAt(0) ?? 0).toString(16);

/** Buckets CJK terms are spread over by their first character. */
const CJK_BUCKETS = 256;

/**
 * The terms file a term is in, and so the one to fetch for a query word that begins it: its first
 * two characters (a one-character term alone), as code points, so every name is safe in a URL. A
 * CJK query matches from any character, so CJK terms go by their first character alone, spread
 * over buckets.
 */
export function termsKey(term: string): string {
  const chars = Array.from(term);
  const [first = ''] = chars;
  if (isCjkRun(first)) return `c${String((first.codePointAt(0) ?? 0) % CJK_BUCKETS)}`;
  return chars.slice(0, 2).map(hex).join('-');
}

/** A stable, cheap hash of a talk id into one of `buckets` id files (FNV-1a). */
export function idBucket(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** Talks per id file, so that a reader's few marks fetch a few small files. */
export const IDS_PER_FILE = 128;

export const indexFiles = {
  facets: 'facets.json',
  terms: (key: string) => `terms/${key}.json`,
  order: (sort: OrderedSort, language: string) => `order/${sort}-${language}.json`,
  ids: (bucket: number) => `ids/${String(bucket)}.json`,
  card: (index: number) => `cards/${String(index)}.json`,
};

export function encodeGaps(indices: readonly number[]): IndexGaps {
  let previous = -1;
  return indices.map((index) => {
    const gap = index - previous;
    previous = index;
    return gap;
  });
}

export function decodeGaps(gaps: readonly number[]): number[] {
  let index = -1;
  return gaps.map((gap) => (index += gap));
}

export type Posting = { index: number; field: number };

export function encodePostings(postings: readonly Posting[]): EncodedPostings {
  let previous = -1;
  return postings.map(({ index, field }) => {
    const value = (index - previous) * 4 + field;
    previous = index;
    return value;
  });
}

export function decodePostings(encoded: readonly number[], visit: (index: number, field: number) => void): void {
  let index = -1;
  for (const value of encoded) {
    index += Math.floor(value / 4);
    visit(index, value % 4);
  }
}
