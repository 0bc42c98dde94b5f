// The dataset as a module, for the server build that prerenders the pages (the browser fetches
// the same data instead: fetch-catalog.ts). The catalog files are composed and validated against
// CatalogSchema when the app is built (scripts/vite/catalog-data-plugin.ts).
import catalog from 'virtual:catalog-data';
import type { Catalog } from './catalog-schema';

// Validated against CatalogSchema when it was built into this module.
export const bundledCatalog = catalog as Catalog;
