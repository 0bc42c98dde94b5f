// The catalog's store. It is created with its data, per app, and handed down by context: the
// zustand pattern for data that arrives before rendering (zustand docs, "Setup with Next.js").
// A module-level store would start empty, and zustand gives React a store's *initial* state while
// prerendering and hydrating, so the pages would be rendered without their talks.
import { createContext, use, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Catalog } from './catalog-schema';

type CatalogState = { catalog: Catalog };

const CatalogStoreContext = createContext<StoreApi<CatalogState> | null>(null);

export type CatalogProviderProps = { catalog: Catalog; children: ReactNode };

export function CatalogProvider({ catalog, children }: CatalogProviderProps) {
  // Created once: a later `catalog` prop would be a new app, which gets a new provider.
  const [store] = useState(() => createStore<CatalogState>()(() => ({ catalog })));
  return <CatalogStoreContext value={store}>{children}</CatalogStoreContext>;
}

export function useCatalog(): Catalog {
  const store = use(CatalogStoreContext);
  if (store === null) throw new Error('useCatalog() needs a <CatalogProvider> above it');
  return useStore(store, (state) => state.catalog);
}
