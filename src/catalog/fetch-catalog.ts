// The browser's copy of the dataset: a JSON file built beside the bundle. It was validated against
// CatalogSchema when the app was built (scripts/vite/catalog-data-plugin.ts), so the browser does
// not ship the schema or re-check 11 (or 10,000) talks on every load; only the response is checked.
import type { Catalog } from './catalog-schema';

export class CatalogLoadError extends Error {}

export async function fetchCatalog(url: string): Promise<Catalog> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CatalogLoadError(`${url} could not be fetched (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) throw new CatalogLoadError(`${url} answered HTTP ${String(response.status)}`);
  try {
    return (await response.json()) as Catalog;
  } catch {
    throw new CatalogLoadError(`${url} is not valid JSON`);
  }
}
