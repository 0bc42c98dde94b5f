// A view of the archive (search text, filters, order) answered from its index files
// (index-files.ts) instead of its talks: which talks, in which order, and every filter's counts
// over the whole result. Pure: the files come in as arguments, fetched by archive-index-client.ts.
import type { CatalogEvent, Topic } from '../catalog/catalog-schema';
import { filterItems, flag, type FacetCounts, type FacetValues, type ReaderMarks } from '../talks/filter-talks';
import { FIELD_POINTS, WHOLE_WORD } from '../talks/search-score';
import type { TalkQuery } from '../talks/talk-query';
import { searchWords } from '../text/search-words';
import { decodeGaps, decodePostings, termsKey, type FacetsFile, type OrderFile, type TermsFile } from './index-files';
import { isWholeTerm, termQueries, type TermQuery } from './index-terms';

/** The facets file read into one row of values per talk, once per visit. */
export type ArchiveRows = {
  readonly talks: number;
  readonly values: FacetValues<number>;
  /** Each talk's event, as an index of the outline's events. */
  readonly eventOf: Int32Array;
};

const NONE: readonly string[] = [];

/** Rows of the facets file; `events` and `topics` are the outline's, which the file's indices name. */
export function archiveRows(file: FacetsFile, events: readonly CatalogEvent[], topics: readonly Topic[]): ArchiveRows {
  const n = file.talks;
  const eventOf = new Int32Array(n);
  for (let at = 0, run = 0; run < file.events.length; run += 2) {
    const length = file.events[run + 1] ?? 0;
    eventOf.fill(file.events[run] ?? -1, at, at + length);
    at += length;
  }
  const kindOf = new Map(topics.map((topic) => [topic.id, topic.kind]));
  const projects: string[][] = Array.from({ length: n }, () => []);
  const subjects: string[][] = Array.from({ length: n }, () => []);
  for (const [topic, gaps] of Object.entries(file.topics)) {
    const into = kindOf.get(topic) === 'project' ? projects : subjects;
    for (const index of decodeGaps(gaps)) into[index]?.push(topic);
  }
  const single = (byValue: Partial<Record<string, number[]>>) => {
    const of: (readonly string[])[] = new Array<readonly string[]>(n).fill(NONE);
    for (const [value, gaps] of Object.entries(byValue)) for (const index of decodeGaps(gaps ?? [])) of[index] = [value];
    return of;
  };
  const levels = single(file.levels);
  const kinds = single(file.kinds);
  const marked = (gaps: readonly number[]) => new Set(decodeGaps(gaps));
  const tencent = marked(file.tencent);
  const slides = marked(file.slides);
  const eventIds = events.map((event) => [event.id]);
  const years = events.map((event) => [String(event.year)]);
  return {
    talks: n,
    eventOf,
    values: (index, facet) => {
      switch (facet) {
        case 'events':
          return eventIds[eventOf[index] ?? -1] ?? NONE;
        case 'years':
          return years[eventOf[index] ?? -1] ?? NONE;
        case 'projects':
          return projects[index] ?? NONE;
        case 'topics':
          return subjects[index] ?? NONE;
        case 'levels':
          return levels[index] ?? NONE;
        case 'kinds':
          return kinds[index] ?? NONE;
        case 'tencent':
          return flag(tencent.has(index));
        case 'slides':
          return flag(slides.has(index));
        // The reader's own marks are not in the index: `withMarks` adds them.
        case 'saved':
        case 'unwatched':
          return NONE;
      }
    },
  };
}

/** The marks of a reader, as talk indices (found through the index's id files). */
export type IndexMarks = { saved: ReadonlySet<number>; watched: ReadonlySet<number> };

export const marksAsIndices = (marks: ReaderMarks, indexOf: ReadonlyMap<string, number>): IndexMarks => {
  const indices = (ids: ReadonlySet<string>) => new Set([...ids].flatMap((id) => indexOf.get(id) ?? []));
  return { saved: indices(marks.saved), watched: indices(marks.watched) };
};

function withMarks(rows: ArchiveRows, marks: IndexMarks): FacetValues<number> {
  return (index, facet) =>
    facet === 'saved' ? flag(marks.saved.has(index)) : facet === 'unwatched' ? flag(!marks.watched.has(index)) : rows.values(index, facet);
}

/** Per query word group, its alternatives; per alternative, the term queries that must all match. */
export type QueryPlan = readonly (readonly (readonly TermQuery[])[])[];

/**
 * Search groups (search-text.ts's searchGroups: one per term, each a list of alternatives) as
 * term queries. A term with no letter or digit asks for nothing and is dropped.
 */
export function queryPlan(groups: readonly (readonly string[])[]): QueryPlan {
  return groups
    .map((alternatives) => alternatives.map((alternative) => searchWords(alternative).flatMap(termQueries)).filter((queries) => queries.length > 0))
    .filter((alternatives) => alternatives.length > 0);
}

/** The terms files a plan reads. */
export const planKeys = (plan: QueryPlan): string[] => [...new Set(plan.flat(2).map((query) => termsKey(query.prefix)))];

/** Points per talk for one term query: its best field among the terms it begins, a point more if whole. */
function termScores(query: TermQuery, terms: TermsFile): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [term, postings] of Object.entries(terms)) {
    if (!term.startsWith(query.prefix)) continue;
    const whole = isWholeTerm(term, query) ? WHOLE_WORD : 0;
    decodePostings(postings, (index, field) => {
      const points = (FIELD_POINTS[field] ?? 0) + whole;
      if (points > (scores.get(index) ?? 0)) scores.set(index, points);
    });
  }
  return scores;
}

/**
 * Each matching talk's score (search-score.ts's: per group, its best alternative; an alternative
 * of several words scores as its weakest), with `terms` giving each file the plan reads.
 */
export function scoreArchive(plan: QueryPlan, terms: (key: string) => TermsFile): Map<number, number> | undefined {
  let total: Map<number, number> | undefined;
  for (const alternatives of plan) {
    const group = new Map<number, number>();
    for (const queries of alternatives) {
      let alternative: Map<number, number> | undefined;
      for (const query of queries) {
        const scores = termScores(query, terms(termsKey(query.prefix)));
        if (alternative === undefined) alternative = scores;
        else for (const [index, points] of alternative) {
          const other = scores.get(index);
          if (other === undefined) alternative.delete(index);
          else alternative.set(index, Math.min(points, other));
        }
      }
      for (const [index, points] of alternative ?? []) if (points > (group.get(index) ?? 0)) group.set(index, points);
    }
    if (total === undefined) total = group;
    else for (const [index, points] of total) {
      const other = group.get(index);
      if (other === undefined) total.delete(index);
      else total.set(index, points + other);
    }
  }
  return total;
}

export type ArchiveResult = { indices: number[]; counts: FacetCounts };

export type ArchiveInputs = {
  rows: ArchiveRows;
  query: TalkQuery;
  marks: IndexMarks;
  /** From scoreArchive; undefined for a view with no search words. */
  scores: Map<number, number> | undefined;
  /** Each event's place in time, by its index in the outline's events. */
  eventRank: readonly number[];
  /** The rank of each talk in the view's order, for the orders the index keeps ranks of. */
  order: OrderFile | undefined;
};

/** The view's talks, as indices in its order, and its filters' counts. */
export function answerArchive({ rows, query, marks, scores, eventRank, order }: ArchiveInputs): ArchiveResult {
  const all = scores === undefined ? Array.from({ length: rows.talks }, (_, i) => i) : [...scores.keys()].sort((a, b) => a - b);
  const { items, counts } = filterItems(all, withMarks(rows, marks), query);
  const rankOf = (index: number) => eventRank[rows.eventOf[index] ?? -1] ?? 0;
  // Every order keeps the catalog's for equal keys (the sorts are stable, `items` is in index order).
  switch (query.sort) {
    case 'relevance':
      if (scores !== undefined) items.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
      break;
    case 'newest':
      items.sort((a, b) => rankOf(b) - rankOf(a));
      break;
    case 'oldest':
      items.sort((a, b) => rankOf(a) - rankOf(b));
      break;
    case 'title':
    case 'speaker':
      if (order !== undefined) items.sort((a, b) => (order[a] ?? 0) - (order[b] ?? 0));
      break;
    default:
      break;
  }
  return { indices: items, counts };
}

