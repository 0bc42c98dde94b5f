// What a page carries of the catalog. No page downloads the whole catalog to show itself:
// - the *outline* is what every page needs and what stays small whatever the archive's size: the
//   site, sources, events, topics and collections, and the archive's totals (how many talks in all,
//   per event, per topic). One file for the whole site, cached across pages.
// - a page's *slice* is the talks it shows and their speakers, written into its HTML (and beside
//   it as page-data.json, for a move to the page inside the app). A list longer than one screen
//   carries its first screen and the counts of its filters (a `ListFirstView`).
// No page fetches the whole catalog: a list its slice does not hold in full (the archive, a long
// event) is answered from the archive's index (src/archive-index/).
import type { SpeakerPageView } from '../speakers/speaker-pages.ts';
import type { FacetOptions } from '../talks/filter-options.ts';
import type { Facet } from '../talks/filter-talks.ts';
import type { Catalog, Speaker, Talk } from './catalog-schema';
import { hasTencentMirror } from './catalog-lookups.ts';

export type EventTotals = { talks: number; mirrored: number };

/** Counts over the whole catalog, which a page without every talk still states. */
export type CatalogTotals = {
  talks: number;
  byEvent: Record<string, EventTotals>;
  byTopic: Record<string, number>;
};

export type CatalogOutline = Omit<Catalog, 'talks' | 'speakers'> & { totals: CatalogTotals };

/** A long list's first screen: its length and its filters' options and counts, as the build saw them. */
export type ListFirstView = {
  /** The list scope's key (list-scope.ts). */
  scope: string;
  total: number;
  /** The talks of its first screen, in the list's own order. */
  ids: string[];
  /** Per facet, each value's count, for the list with no filter. */
  counts: Record<Facet, [string, number][]>;
  /** The facets offered and their values, in order (filter-options.ts). */
  options: FacetOptions[];
};

export type PageSlice = {
  talks: Talk[];
  /** Each talk's place in the whole catalog, whose order some lists keep ("as listed"). */
  positions: number[];
  speakers: Speaker[];
  /** For a list the slice holds only the start of. */
  list?: ListFirstView;
  /** For one page of a speaker with more than one. */
  speakerPage?: SpeakerPageView;
};

/**
 * Talks a list shows before the reader asks for more: a screen or two, whatever the list's length.
 * Each card of a search of the archive is a request of its own (src/archive-index/), and each is
 * HTML the first view parses: 20, not 40, halves both.
 */
export const FIRST_SCREEN = 20;

export const EMPTY_SLICE: PageSlice = { talks: [], positions: [], speakers: [] };

export function catalogTotals(catalog: Catalog): CatalogTotals {
  const byEvent: Record<string, EventTotals> = {};
  const byTopic: Record<string, number> = {};
  for (const event of catalog.events) byEvent[event.id] = { talks: 0, mirrored: 0 };
  for (const talk of catalog.talks) {
    const event = (byEvent[talk.event] ??= { talks: 0, mirrored: 0 });
    event.talks += 1;
    if (hasTencentMirror(talk)) event.mirrored += 1;
    for (const topic of talk.topics) byTopic[topic] = (byTopic[topic] ?? 0) + 1;
  }
  return { talks: catalog.talks.length, byEvent, byTopic };
}

export function outlineOf(catalog: Catalog): CatalogOutline {
  const { site, sources, events, topics, collections } = catalog;
  return { site, sources, events, topics, collections, totals: catalogTotals(catalog) };
}

/** The catalog a page renders from: the outline with the talks and speakers it has so far. */
export function catalogFrom({ site, sources, events, topics, collections }: CatalogOutline, talks: Talk[], speakers: Speaker[]): Catalog {
  return { site, sources, events, topics, collections, talks, speakers };
}

/**
 * `catalog` with the slice's talks and speakers added, the talks in the whole catalog's order
 * (`positions` records each talk's place, and learns the slice's). Talks already there stay the
 * same objects, so what is cached per talk (search text) survives; a slice never changes a talk.
 */
export function withSlice(catalog: Catalog, slice: PageSlice, positions: Map<string, number>): Catalog {
  const talkIds = new Set(catalog.talks.map((talk) => talk.id));
  const speakerIds = new Set(catalog.speakers.map((speaker) => speaker.id));
  const talks = slice.talks.filter((talk) => !talkIds.has(talk.id));
  const speakers = slice.speakers.filter((speaker) => !speakerIds.has(speaker.id));
  if (talks.length === 0 && speakers.length === 0) return catalog;
  slice.talks.forEach((talk, i) => positions.set(talk.id, slice.positions[i] ?? Number.MAX_SAFE_INTEGER));
  const place = (talk: Talk) => positions.get(talk.id) ?? Number.MAX_SAFE_INTEGER;
  return {
    ...catalog,
    talks: [...catalog.talks, ...talks].sort((a, b) => place(a) - place(b)),
    speakers: [...catalog.speakers, ...speakers],
  };
}

/** The page-data.json beside a page's index.html, for a router path ("/", "/talks/x"). */
export function pageDataFile(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'page-data.json' : `${trimmed}/page-data.json`;
}

/** The id of the element that carries a prerendered page's slice as JSON. */
export const PAGE_DATA_ELEMENT_ID = 'page-data';

/** JSON for inside a <script> element: "<" escaped so no text in the data can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
