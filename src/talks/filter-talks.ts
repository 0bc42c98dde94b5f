// Filtering and facet counts in one pass over the talks. Topics combine with OR, levels with OR,
// and the different filters (search, topic, level, slides) with AND. Each facet's count is the
// number of talks it would show if picked, given every *other* active filter, so a count never
// promises talks that the rest of the view would hide.
import type { Catalog, Level, Talk } from '../catalog/catalog-schema';
import { hasSlides } from '../catalog/catalog-lookups';
import { matchesTerms, searchTerms } from './search-text';
import type { TalkQuery } from './talk-query';

export type FacetCounts = {
  topics: Map<string, number>;
  levels: Map<Level, number>;
  withSlides: number;
};

export type FilterResult = { talks: Talk[]; counts: FacetCounts };

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function filterTalks(catalog: Catalog, query: TalkQuery): FilterResult {
  const terms = searchTerms(query.q);
  const topics = new Set(query.topics);
  const levels = new Set(query.levels);
  const counts: FacetCounts = { topics: new Map(), levels: new Map(), withSlides: 0 };
  const talks: Talk[] = [];

  for (const talk of catalog.talks) {
    if (!matchesTerms(talk, terms)) continue;
    const byTopic = topics.size === 0 || talk.topics.some((topic) => topics.has(topic));
    const byLevel = levels.size === 0 || levels.has(talk.level);
    const slides = hasSlides(talk);
    const bySlides = !query.slidesOnly || slides;

    if (byLevel && bySlides) talk.topics.forEach((topic) => increment(counts.topics, topic));
    if (byTopic && bySlides) increment(counts.levels, talk.level);
    if (byTopic && byLevel && slides) counts.withSlides += 1;
    if (byTopic && byLevel && bySlides) talks.push(talk);
  }
  return { talks, counts };
}
