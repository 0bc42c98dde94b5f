// The catalog's store: what the app has of the catalog, and how it gets more. It is created with
// its data, per app, and handed down by context: the zustand pattern for data that arrives before
// rendering (zustand docs, "Setup with Next.js"). A module-level store would start empty, and
// zustand gives React a store's *initial* state while prerendering and hydrating.
//
// A page starts with its own slice (page-data.ts). A move to another page fetches that page's
// slice first (usePageData suspends; the page before stays on screen meanwhile, app.tsx). A list
// the slice holds only the start of (the archive, a long event) is answered from the archive's
// index when the reader searches, filters or pages through it (src/archive-index/), which fetches
// the cards it shows. What arrives is merged, and kept for the visit.
import { createContext, use, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Catalog } from './catalog-schema';
import { speakerPageKey, type SpeakerPageView } from '../speakers/speaker-pages';
import { CatalogLoadError, fetchJson } from './fetch-catalog';
import { catalogTotals, pageDataFile, withSlice, type CatalogTotals, type ListFirstView, type PageSlice } from './page-data';

/** Where the rest of the catalog comes from. Absent: the app has all of it, or cannot get more. */
export type CatalogSources = {
  /** The folder of the archive's search index (src/archive-index/index-files.ts), ending in "/". */
  indexUrl: string;
  /** The site's base path ("/" or e.g. "/talks/"), under which each page-data.json lives. */
  basePath: string;
};

/** A page's data that did not come; `forget()` lets the next render of the page ask for it again. */
export class PageDataError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly forget: () => void,
  ) {
    super('the page’s data could not be loaded', { cause });
  }
}

type CatalogState = {
  catalog: Catalog;
  totals: CatalogTotals;
  /** Whether the app was given the whole catalog (the dev server, tests). */
  whole: boolean;
  /** First views of long lists, by scope key, as the slices that carried them gave them. */
  firstViews: Readonly<Record<string, ListFirstView>>;
  /** Pages of speakers with more than one, by speakerPageKey. */
  speakerPages: Readonly<Record<string, SpeakerPageView>>;
  /** A promise while the page's slice is on its way; undefined once the app has it (or never will). */
  pageData: (path: string) => Promise<void> | undefined;
  /** The folder of the archive's index, unless the app has the whole catalog. */
  indexUrl: string | undefined;
  /** Talks (with their speakers) that arrived another way, e.g. the archive's cards. */
  merge: (slices: readonly PageSlice[]) => void;
};

export type CatalogStoreOptions =
  | { catalog: Catalog }
  /** `path`: the router path whose page the slice is; absent for 404.html, which carries none. */
  | { catalog: Catalog; totals: CatalogTotals; slice: PageSlice; path?: string; sources?: CatalogSources };

const withSpeakerPage = (pages: Readonly<Record<string, SpeakerPageView>>, slice: PageSlice) =>
  slice.speakerPage === undefined ? pages : { ...pages, [speakerPageKey(slice.speakerPage.speaker, slice.speakerPage.page)]: slice.speakerPage };

const normalPath = (path: string) => `/${path.replace(/^\/+|\/+$/g, '')}`;

/** The store, without React: CatalogProvider makes one per app; tests call its actions directly. */
export function createCatalogStore(options: CatalogStoreOptions): StoreApi<CatalogState> {
  const partial = 'slice' in options;
  const sources = partial ? options.sources : undefined;
  const havePages = new Set<string>(partial && options.path !== undefined ? [normalPath(options.path)] : []);
  const pending = new Map<string, Promise<void>>();
  const positions = new Map<string, number>();

  return createStore<CatalogState>()((set) => {
    const addSlice = (slice: PageSlice) =>
      set((state) => ({
        catalog: withSlice(state.catalog, slice, positions),
        firstViews: slice.list === undefined ? state.firstViews : { ...state.firstViews, [slice.list.scope]: slice.list },
        speakerPages: withSpeakerPage(state.speakerPages, slice),
      }));

    const pageData = (path: string): Promise<void> | undefined => {
      const key = normalPath(path);
      if (sources === undefined || havePages.has(key)) return undefined;
      let request = pending.get(key);
      if (request === undefined) {
        request = (async () => {
          try {
            addSlice(await fetchJson<PageSlice>(`${sources.basePath}${pageDataFile(key)}`));
          } catch (error) {
            // A request that did not arrive, or data that did not merge: kept only until the error
            // view that shows it goes (its "Try again", or leaving the page), so the next try asks
            // again. Forgotten at once, React's own retry of the failed render would ask again and
            // again while the network is down.
            // Only this request: a view hidden or gone after a new try began must not drop that one.
            const forget = () => pending.get(key) === request && pending.delete(key);
            if (!(error instanceof CatalogLoadError && error.absent)) throw new PageDataError(error, forget);
            // A path the build wrote no page for (an unknown talk): the page says what it
            // can with what the app has, e.g. "talk not found".
          }
          havePages.add(key);
        })();
        pending.set(key, request);
      }
      return request;
    };

    const start = partial ? withSlice(options.catalog, options.slice, positions) : options.catalog;
    return {
      catalog: start,
      totals: partial ? options.totals : catalogTotals(options.catalog),
      whole: !partial,
      firstViews: partial && options.slice.list !== undefined ? { [options.slice.list.scope]: options.slice.list } : {},
      speakerPages: partial ? withSpeakerPage({}, options.slice) : {},
      pageData,
      indexUrl: sources?.indexUrl,
      merge: (slices) => {
        if (slices.length === 0) return;
        const speakers = new Map(slices.flatMap((slice) => slice.speakers).map((speaker) => [speaker.id, speaker]));
        addSlice({ talks: slices.flatMap((slice) => slice.talks), positions: slices.flatMap((slice) => slice.positions), speakers: [...speakers.values()] });
      },
    };
  });
}

const CatalogStoreContext = createContext<StoreApi<CatalogState> | null>(null);

export type CatalogProviderProps = CatalogStoreOptions & { children: ReactNode };

export function CatalogProvider({ children, ...options }: CatalogProviderProps) {
  // Created once: a later prop would be a new app, which gets a new provider.
  const [store] = useState(() => createCatalogStore(options));
  return <CatalogStoreContext value={store}>{children}</CatalogStoreContext>;
}

function useCatalogStore<T>(select: (state: CatalogState) => T): T {
  const store = use(CatalogStoreContext);
  if (store === null) throw new Error('the catalog needs a <CatalogProvider> above it');
  return useStore(store, select);
}

/** The catalog as far as the app has it: the whole one, or the outline with the talks loaded so far. */
export function useCatalog(): Catalog {
  return useCatalogStore((state) => state.catalog);
}

/** Counts over the whole catalog, whatever part of it the app has. */
export function useCatalogTotals(): CatalogTotals {
  return useCatalogStore((state) => state.totals);
}

/** One page of a long speaker's talks as the build gave it, unless the app has the whole catalog. */
export function useSpeakerPageView(speakerId: string, page: number): SpeakerPageView | undefined {
  return useCatalogStore((state) => (state.whole ? undefined : state.speakerPages[speakerPageKey(speakerId, page)]));
}

/** Suspends until the app has the slice of the page at `path` (a router path). */
export function usePageData(path: string): void {
  const request = useCatalogStore((state) => state.pageData)(path);
  if (request !== undefined) use(request);
}

/** The build's first view of a long list, while the app does not have all of its talks. */
export function useFirstView(scopeKey: string, complete: boolean): ListFirstView | undefined {
  return useCatalogStore((state) => (complete || state.whole ? undefined : state.firstViews[scopeKey]));
}

/** Where the archive's index is, and the store's merge, for the hooks that answer from the index. */
export function useArchiveIndex(): { indexUrl: string | undefined; merge: (slices: readonly PageSlice[]) => void } {
  const indexUrl = useCatalogStore((state) => state.indexUrl);
  const merge = useCatalogStore((state) => state.merge);
  return { indexUrl, merge };
}
