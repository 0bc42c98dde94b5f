// What each prerendered page carries of the catalog (src/catalog/page-data.ts says why): the talks
// it shows and their speakers. A list longer than one screen carries its first screen and its
// filters' counts; the archive's index answers the rest (src/archive-index/). A collection, a
// reader's pick of talks, is carried whole.
import type { Catalog, Talk } from '../../src/catalog/catalog-schema';
import { lookups } from '../../src/catalog/catalog-lookups';
import { EMPTY_SLICE, FIRST_SCREEN, type ListFirstView, type PageSlice } from '../../src/catalog/page-data';
import { facetOptions } from '../../src/talks/filter-options';
import { filterTalks } from '../../src/talks/filter-talks';
import { speakerPageView } from '../../src/speakers/speaker-pages';
import { archiveScope, eventScope, frontScope, type ListScope } from '../../src/talks/list-scope';
import { sortTalks } from '../../src/talks/sort-talks';
import { emptyQuery } from '../../src/talks/talk-query';
import type { PageRoute } from './page-routes';

/** A slice of these talks, with every speaker they name. */
function sliceOf(catalog: Catalog, talks: readonly Talk[]): PageSlice {
  const { speakerById } = lookups(catalog);
  const position = positionsOf(catalog);
  const speakerIds = new Set(talks.flatMap((talk) => talk.speakers.map((speaker) => speaker.id)));
  return {
    talks: [...talks],
    positions: talks.map((talk) => position.get(talk) ?? -1),
    speakers: [...speakerIds].flatMap((id) => speakerById.get(id) ?? []),
  };
}

const positionCache = new WeakMap<Catalog, Map<Talk, number>>();

function positionsOf(catalog: Catalog): Map<Talk, number> {
  let found = positionCache.get(catalog);
  if (found === undefined) {
    found = new Map(catalog.talks.map((talk, i) => [talk, i]));
    positionCache.set(catalog, found);
  }
  return found;
}

/** A list's slice: all of it when it fits one screen, else its first screen and its filters' counts. */
function listSlice(catalog: Catalog, scope: ListScope): PageSlice {
  if (scope.talks.length <= FIRST_SCREEN || scope.collection !== undefined) return sliceOf(catalog, scope.talks);
  // One slice serves the page in both languages, so its first screen must not depend on one.
  if (scope.defaultSort === 'title' || scope.defaultSort === 'speaker') {
    throw new Error(`${scope.key} is sorted by ${scope.defaultSort} by default, an order that differs between languages`);
  }
  const sorted = sortTalks(catalog, scope.talks, scope.defaultSort, 'en');
  const first = sorted.slice(0, FIRST_SCREEN);
  const { counts } = filterTalks(catalog, scope.talks, emptyQuery(scope.defaultSort));
  const list: ListFirstView = {
    scope: scope.key,
    total: scope.talks.length,
    ids: first.map((talk) => talk.id),
    counts: Object.fromEntries(Object.entries(counts).map(([facet, values]) => [facet, [...values]])) as ListFirstView['counts'],
    options: facetOptions(catalog, scope.talks, scope.without),
  };
  return { ...sliceOf(catalog, first), list };
}

export function pageSlice(catalog: Catalog, route: PageRoute): PageSlice {
  switch (route.kind) {
    case 'home':
      return listSlice(catalog, frontScope(catalog));
    case 'archive':
      return listSlice(catalog, archiveScope(catalog));
    case 'event':
      return listSlice(catalog, eventScope(catalog, route.event));
    case 'talk': {
      // A talk of the front page's collection walks it with previous/next, so it carries the
      // collection (a handful of talks); any other talk carries itself.
      const front = frontScope(catalog);
      const inFront = front.collection !== undefined && front.talks.includes(route.talk);
      return sliceOf(catalog, inFront ? front.talks : [route.talk]);
    }
    case 'speaker': {
      const view = speakerPageView(catalog, route.speaker.id, route.talks, route.page);
      if (view.pages === 1) return sliceOf(catalog, route.talks);
      const { talkById } = lookups(catalog);
      return { ...sliceOf(catalog, view.ids.flatMap((id) => talkById.get(id) ?? [])), speakerPage: view };
    }
    case 'events':
    case 'shared':
    case 'not-found':
      return EMPTY_SLICE;
  }
}
