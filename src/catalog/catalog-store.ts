import { create } from 'zustand';
import type { Catalog } from './catalog-schema';
import { bundledCatalog } from './catalog-data';

type CatalogState = {
  catalog: Catalog;
  /** Swaps the whole catalog; used by tests and by a future catalog picker. */
  setCatalog: (catalog: Catalog) => void;
};

export const useCatalogStore = create<CatalogState>()((set) => ({
  catalog: bundledCatalog,
  setCatalog: (catalog) => set({ catalog }),
}));

export const useCatalog = (): Catalog => useCatalogStore((state) => state.catalog);
