// The dataset as a module, for the server build that prerenders the pages and for the tests (the
// browser fetches the same file instead: fetch-catalog.ts). It is validated against CatalogSchema
// when the app is built (scripts/vite/catalog-data-plugin.ts) and in the tests.
import rawCatalog from '@catalog-data';
import type { Catalog } from './catalog-schema';

export const bundledCatalog = rawCatalog as Catalog;
