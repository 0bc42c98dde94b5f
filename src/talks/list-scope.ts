// A list of talks the reader can search, filter and sort: the front page's collection, the whole
// archive, or one event. The scope says which talks, in which order, and which filters make sense
// for them; the URL says the rest (talk-query.ts). A talk page opened from a list carries the
// scope's key (`?from=…`), so its "back" link and its previous/next walk the same list.
import type { Catalog, CatalogEvent, Collection, Talk } from '../catalog/catalog-schema';
import type { CatalogTotals } from '../catalog/page-data';
import { findEvent, frontCollection, lookups } from '../catalog/catalog-lookups';
import { paths } from '../paths';
import type { Facet } from './filter-talks';
import type { Sort } from './talk-query';

export type ListScope = {
  /** '' for the front page; 'archive'; 'event:<id>'. Travels in `?from=`. */
  key: string;
  /** Where the list lives, without a query. */
  path: string;
  talks: readonly Talk[];
  defaultSort: Sort;
  sorts: readonly Sort[];
  /** A collection's list is numbered and shows its picks. */
  collection?: Collection;
  event?: CatalogEvent;
  /** Facets that never apply to this list (e.g. the event on an event's page). */
  without: readonly Facet[];
};

const cache = new WeakMap<Catalog, Map<string, ListScope>>();

function cached(catalog: Catalog, key: string, make: () => ListScope): ListScope {
  let byKey = cache.get(catalog);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(catalog, byKey);
  }
  let scope = byKey.get(key);
  if (scope === undefined) {
    scope = make();
    byKey.set(key, scope);
  }
  return scope;
}

export function archiveScope(catalog: Catalog, key = 'archive', path = paths.archive()): ListScope {
  return cached(catalog, key, () => ({
    key,
    path,
    talks: catalog.talks,
    defaultSort: 'newest',
    sorts: ['newest', 'oldest', 'title', 'speaker'],
    without: [],
  }));
}

function collectionScope(catalog: Catalog, collection: Collection): ListScope {
  return cached(catalog, '', () => {
    const { talkById } = lookups(catalog);
    return {
      key: '',
      path: paths.home(),
      talks: collection.entries.flatMap((entry) => talkById.get(entry.talk) ?? []),
      defaultSort: 'list',
      sorts: ['list', 'title', 'speaker', 'level'],
      collection,
      without: [],
    };
  });
}

export function eventScope(catalog: Catalog, event: CatalogEvent): ListScope {
  const key = `event:${event.id}`;
  return cached(catalog, key, () => ({
    key,
    path: paths.event(event.id),
    talks: lookups(catalog).talksByEvent.get(event.id) ?? [],
    defaultSort: 'list',
    sorts: ['list', 'title', 'speaker'],
    event,
    without: ['events', 'years'],
  }));
}

/** What `/` lists: the front collection, or the whole archive when the catalog has no collection. */
export function frontScope(catalog: Catalog): ListScope {
  const collection = frontCollection(catalog);
  return collection === undefined ? archiveScope(catalog, '', paths.home()) : collectionScope(catalog, collection);
}

/** The scope a `?from=` value names; anything unknown is the front page's. */
export function scopeFromKey(catalog: Catalog, key: string | null): ListScope {
  if (key === 'archive') return archiveScope(catalog);
  if (key?.startsWith('event:')) {
    const event = findEvent(catalog, key.slice('event:'.length));
    if (event !== undefined) return eventScope(catalog, event);
  }
  return frontScope(catalog);
}

/** The list's query string with its scope, as a talk link carries it. */
export function withScope(search: string, scope: ListScope): string {
  if (scope.key === '') return search;
  const params = new URLSearchParams(search);
  params.set('from', scope.key);
  return `?${params.toString()}`;
}

/** How many talks the scope lists in the whole catalog, which the app may have only part of. */
export function scopeTotal(scope: ListScope, totals: CatalogTotals): number {
  if (scope.collection !== undefined) return scope.collection.entries.length;
  if (scope.event !== undefined) return totals.byEvent[scope.event.id]?.talks ?? 0;
  return totals.talks;
}

/** Whether the app has every talk of the scope, so it can search, filter and count them itself. */
export const hasWholeScope = (scope: ListScope, totals: CatalogTotals): boolean => scope.talks.length >= scopeTotal(scope, totals);
