// Which options each filter offers for a list: only values some talk of the list has (no
// "Beginner 0" for a list without beginners), and only filters that can change the list.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { LEVELS, TALK_KINDS } from '../catalog/levels';
import { eventsNewestFirst } from '../events/event-facts';
import { filterTalks, type Facet } from './filter-talks';
import { emptyQuery } from './talk-query';

export type FacetOptions = { facet: Facet; values: string[] };

const cache = new WeakMap<readonly Talk[], FacetOptions[]>();

/** Yes/no filters that depend on the reader, offered even when no talk has the mark yet. */
const ALWAYS: readonly Facet[] = ['saved', 'unwatched'];

function ordered(facet: Facet, counts: Map<string, number>, catalog: Catalog): string[] {
  const values = [...counts.keys()];
  switch (facet) {
    case 'events': {
      // Newest first, as the events index and the archive list them.
      const order = new Map(eventsNewestFirst(catalog).map((event, i) => [event.id, i]));
      return values.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    }
    case 'years':
      return values.sort((a, b) => b.localeCompare(a));
    case 'levels':
      return LEVELS.filter((level) => counts.has(level));
    case 'kinds':
      return TALK_KINDS.filter((kind) => counts.has(kind));
    case 'projects':
    case 'topics': {
      // The list's own topics in the catalog's order for a short list; most talks first for a long one.
      const order = new Map(catalog.topics.map((topic, i) => [topic.id, i]));
      return values.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
    }
    default:
      return ['yes'];
  }
}

/** The filters worth offering on a list of talks, each with its values. Computed once per list. */
export function facetOptions(catalog: Catalog, talks: readonly Talk[], without: readonly Facet[]): FacetOptions[] {
  let found = cache.get(talks);
  if (found === undefined) {
    const { counts } = filterTalks(catalog, talks, emptyQuery('list'));
    found = (Object.keys(counts) as Facet[]).flatMap((facet) => {
      const values = counts[facet];
      if (ALWAYS.includes(facet)) return [{ facet, values: ['yes'] }];
      // A filter that every talk passes in the same way would change nothing.
      const useful = values.size > 1 || [...values.values()].some((n) => n < talks.length);
      return useful && values.size > 0 ? [{ facet, values: ordered(facet, values, catalog) }] : [];
    });
    cache.set(talks, found);
  }
  return found.filter((options) => !without.includes(options.facet));
}
