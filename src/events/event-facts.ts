import type { Catalog, CatalogEvent } from '../catalog/catalog-schema';
import { hasTencentMirror, lookups } from '../catalog/catalog-lookups';

export type EventFacts = { event: CatalogEvent; talks: number; mirrored: number };

const cache = new WeakMap<Catalog, EventFacts[]>();

/** Every event with its number of talks and of talks with a Tencent Video mirror, newest first. */
export function eventFacts(catalog: Catalog): EventFacts[] {
  let found = cache.get(catalog);
  if (found === undefined) {
    const { talksByEvent } = lookups(catalog);
    found = catalog.events
      .map((event, index) => {
        const talks = talksByEvent.get(event.id) ?? [];
        return { index, facts: { event, talks: talks.length, mirrored: talks.filter(hasTencentMirror).length } };
      })
      .sort((a, b) => b.facts.event.year - a.facts.event.year || (b.facts.event.startDate ?? '').localeCompare(a.facts.event.startDate ?? '') || a.index - b.index)
      .map(({ facts }) => facts);
    cache.set(catalog, found);
  }
  return found;
}
