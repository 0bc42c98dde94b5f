import type { Catalog, CatalogEvent } from '../catalog/catalog-schema';
import { lookups } from '../catalog/catalog-lookups';
import type { CatalogTotals } from '../catalog/page-data';

export type EventFacts = { event: CatalogEvent; talks: number; mirrored: number };

/** Every event, newest first. */
export function eventsNewestFirst(catalog: Catalog): CatalogEvent[] {
  const { eventRank } = lookups(catalog);
  const rank = (id: string) => eventRank.get(id) ?? 0;
  return [...catalog.events].sort((a, b) => rank(b.id) - rank(a.id));
}

/** Every event with its number of talks and of talks with a Tencent Video mirror, newest first. */
export function eventFacts(catalog: Catalog, totals: CatalogTotals): EventFacts[] {
  return eventsNewestFirst(catalog).map((event) => ({ event, talks: 0, mirrored: 0, ...totals.byEvent[event.id] }));
}
