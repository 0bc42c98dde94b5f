// Filtering and facet counts. Topics combine with OR, levels with OR, and the different filters
// (search, topic, level, slides, the reader's list) with AND. Each facet's count is the number of
// talks it would show if picked, given every *other* active filter, so a count never promises
// talks that the rest of the view would hide. The list and the counts are separate passes: the
// list is needed with the keystroke, the counts can follow a moment later (catalog-page.tsx).
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

/** How one talk (already matching the search) fares against each filter. */
type Verdict = {
  byTopic: boolean;
  byLevel: boolean;
  bySlides: boolean;
  byMine: boolean;
  slides: boolean;
  saved: boolean;
  unwatched: boolean;
};

function judge(query: TalkQuery, marks: ReaderMarks): (talk: Talk) => Verdict {
  const topics = new Set(query.topics);
  const levels = new Set(query.levels);
  return (talk) => {
    const slides = hasSlides(talk);
    const saved = marks.saved.has(talk.id);
    const unwatched = !marks.watched.has(talk.id);
    return {
      byTopic: topics.size === 0 || talk.topics.some((topic) => topics.has(topic)),
      byLevel: levels.size === 0 || levels.has(talk.level),
      bySlides: !query.slidesOnly || slides,
      byMine: (!query.savedOnly || saved) && (!query.unwatchedOnly || unwatched),
      slides,
      saved,
      unwatched,
    };
  };
}

/** The talks the view shows, in the catalog's order. */
export function filterTalks(catalog: Catalog, query: TalkQuery, marks: ReaderMarks = NO_MARKS): Talk[] {
  const verdict = judge(query, marks);
  return searchTalks(catalog.talks, query.q).filter((talk) => {
    const v = verdict(talk);
    return v.byTopic && v.byLevel && v.bySlides && v.byMine;
  });
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** What each filter option would show if picked, given the others. */
export function facetCounts(catalog: Catalog, query: TalkQuery, marks: ReaderMarks = NO_MARKS): FacetCounts {
  const verdict = judge(query, marks);
  const counts: FacetCounts = { topics: new Map(), levels: new Map(), withSlides: 0, saved: 0, unwatched: 0 };
  for (const talk of searchTalks(catalog.talks, query.q)) {
    const { byTopic, byLevel, bySlides, byMine, slides, saved, unwatched } = verdict(talk);
    // Each facet is counted with every filter applied except its own.
    if (byLevel && bySlides && byMine) talk.topics.forEach((topic) => increment(counts.topics, topic));
    if (byTopic && bySlides && byMine) increment(counts.levels, talk.level);
    const others = byTopic && byLevel;
    if (others && byMine && slides) counts.withSlides += 1;
    if (others && bySlides && saved && (!query.unwatchedOnly || unwatched)) counts.saved += 1;
    if (others && bySlides && unwatched && (!query.savedOnly || saved)) counts.unwatched += 1;
  }
  return counts;
}
