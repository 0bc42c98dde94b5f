// Filtering and facet counts in one pass over the talks. Topics combine with OR, levels with OR,
// and the different filters (search, topic, level, slides) with AND. Each facet's count is the
// number of talks it would show if picked, given every *other* active filter, so a count never
// promises talks that the rest of the view would hide.
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

export type FilterResult = { talks: Talk[]; counts: FacetCounts };

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function filterTalks(catalog: Catalog, query: TalkQuery, marks: ReaderMarks = NO_MARKS): FilterResult {
  const topics = new Set(query.topics);
  const levels = new Set(query.levels);
  const counts: FacetCounts = { topics: new Map(), levels: new Map(), withSlides: 0, saved: 0, unwatched: 0 };
  const talks: Talk[] = [];

  for (const talk of searchTalks(catalog.talks, query.q)) {
    const byTopic = topics.size === 0 || talk.topics.some((topic) => topics.has(topic));
    const byLevel = levels.size === 0 || levels.has(talk.level);
    const slides = hasSlides(talk);
    const bySlides = !query.slidesOnly || slides;
    const saved = marks.saved.has(talk.id);
    const unwatched = !marks.watched.has(talk.id);
    const byMine = (!query.savedOnly || saved) && (!query.unwatchedOnly || unwatched);

    // Each facet is counted with every filter applied except its own.
    if (byLevel && bySlides && byMine) talk.topics.forEach((topic) => increment(counts.topics, topic));
    if (byTopic && bySlides && byMine) increment(counts.levels, talk.level);
    const others = byTopic && byLevel;
    if (others && byMine && slides) counts.withSlides += 1;
    if (others && bySlides && saved && (!query.unwatchedOnly || unwatched)) counts.saved += 1;
    if (others && bySlides && unwatched && (!query.savedOnly || saved)) counts.unwatched += 1;
    if (others && bySlides && byMine) talks.push(talk);
  }
  return { talks, counts };
}
