import type { Catalog, CatalogEvent } from '../catalog/catalog-schema';
import { hasTencentMirror, lookups } from '../catalog/catalog-lookups';

export type EventFacts = { event: CatalogEvent; talks: number; mirrored: number };

const cache = new WeakMap<Catalog, EventFacts[]>();

/** Every event with its number of talks and of talks with a Tencent Video mirror, newest first. */
export function eventFacts(catalog: Catalog): EventFacts[] {
  let found = cache.get(catalog);
  if (found === undefined) {
    const { talksByEvent, eventRank } = lookups(catalog);
    const rank = (id: string) => eventRank.get(id) ?? 0;
    found = [...catalog.events]
      .sort((a, b) => rank(b.id) - rank(a.id))
      .map((event) => {
        const talks = talksByEvent.get(event.id) ?? [];
        return { event, talks: talks.length, mirrored: talks.filter(hasTencentMirror).length };
      });
    cache.set(catalog, found);
  }
  return found;
}
