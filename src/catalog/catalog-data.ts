// The bundled dataset. It was validated against CatalogSchema when the app was built
// (vite.config.ts) and is validated again in the tests, so the browser does not ship the
// schema or re-check 11 (or 10,000) talks on every load.
import rawCatalog from '@catalog-data';
import type { Catalog } from './catalog-schema';

export const bundledCatalog = rawCatalog as Catalog;
