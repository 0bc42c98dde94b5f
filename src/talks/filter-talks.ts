// Filtering and facet counts. Topics combine with OR, levels with OR, and the different filters
// (search, topic, level, slides, the reader's list) with AND. Each facet's count is the number of
// talks it would show if picked, given every *other* active filter, so a count never promises
// talks that the rest of the view would hide. The list and the counts are separate passes because
// the talk page needs the list alone (its previous/next links); the catalog page computes both
// after a keystroke's first frame, which shows a preview instead (preview-matches.ts).
import type { Catalog, Level, Talk } from '../catalog/catalog-schema';
import { hasSlides } from '../catalog/catalog-lookups';
import { searchTalks } from './search-text';
import type { TalkQuery } from './talk-query';

export type FacetCounts = {
  topics: Map<string, number>;
  levels: Map<Level, number>;
  withSlides: number;
  saved: number;
  unwatched: number;
};

/** The reader's list as sets, for constant-time membership while filtering. */
export type ReaderMarks = { saved: ReadonlySet<string>; watched: ReadonlySet<string> };

export const NO_MARKS: ReaderMarks = { saved: new Set(), watched: new Set() };

// How one talk (already matching the search) fares against each filter, as bits of a number: the
// list is filtered on every keystroke, and at 10,000 talks an object per talk kept the garbage
// collector busy in the middle of typing.
const BY_TOPIC = 1;
const BY_LEVEL = 2;
const BY_SLIDES = 4;
const BY_MINE = 8;
const HAS_SLIDES = 16;
const SAVED = 32;
const UNWATCHED = 64;
const EVERY_FILTER = BY_TOPIC | BY_LEVEL | BY_SLIDES | BY_MINE;

function judge(query: TalkQuery, marks: ReaderMarks): (talk: Talk) => number {
  const topics = new Set(query.topics);
  const levels = new Set(query.levels);
  return (talk) => {
    const slides = hasSlides(talk);
    const saved = marks.saved.has(talk.id);
    const unwatched = !marks.watched.has(talk.id);
    let verdict = (slides ? HAS_SLIDES : 0) | (saved ? SAVED : 0) | (unwatched ? UNWATCHED : 0);
    if (topics.size === 0 || talk.topics.some((topic) => topics.has(topic))) verdict |= BY_TOPIC;
    if (levels.size === 0 || levels.has(talk.level)) verdict |= BY_LEVEL;
    if (!query.slidesOnly || slides) verdict |= BY_SLIDES;
    if ((!query.savedOnly || saved) && (!query.unwatchedOnly || unwatched)) verdict |= BY_MINE;
    return verdict;
  };
}

/** Whether `verdict` passes every filter in `filters`. */
const passes = (verdict: number, filters: number): boolean => (verdict & filters) === filters;

/** Whether a talk passes every filter of the view except the search. */
export function passesFilters(query: TalkQuery, marks: ReaderMarks = NO_MARKS): (talk: Talk) => boolean {
  const verdict = judge(query, marks);
  return (talk) => passes(verdict(talk), EVERY_FILTER);
}

/** The talks the view shows, in the catalog's order. */
export function filterTalks(catalog: Catalog, query: TalkQuery, marks: ReaderMarks = NO_MARKS): Talk[] {
  return searchTalks(catalog.talks, query.q).filter(passesFilters(query, marks));
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** What each filter option would show if picked, given the others. */
export function facetCounts(catalog: Catalog, query: TalkQuery, marks: ReaderMarks = NO_MARKS): FacetCounts {
  const verdict = judge(query, marks);
  const counts: FacetCounts = { topics: new Map(), levels: new Map(), withSlides: 0, saved: 0, unwatched: 0 };
  for (const talk of searchTalks(catalog.talks, query.q)) {
    const v = verdict(talk);
    // Each facet is counted with every filter applied except its own.
    if (passes(v, BY_LEVEL | BY_SLIDES | BY_MINE)) talk.topics.forEach((topic) => increment(counts.topics, topic));
    if (passes(v, BY_TOPIC | BY_SLIDES | BY_MINE)) increment(counts.levels, talk.level);
    if (passes(v, BY_TOPIC | BY_LEVEL | BY_MINE | HAS_SLIDES)) counts.withSlides += 1;
    const others = BY_TOPIC | BY_LEVEL | BY_SLIDES;
    if (passes(v, others | SAVED) && (!query.unwatchedOnly || passes(v, UNWATCHED))) counts.saved += 1;
    if (passes(v, others | UNWATCHED) && (!query.savedOnly || passes(v, SAVED))) counts.unwatched += 1;
  }
  return counts;
}
