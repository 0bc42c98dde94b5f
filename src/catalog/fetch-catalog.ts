// The browser's way to the catalog's JSON files: the outline, a page's slice, the whole catalog
// (page-data.ts). They were validated against CatalogSchema when the app was built
// (scripts/vite/catalog-data-plugin.ts), so the browser does not ship the schema or re-check
// thousands of talks on every load; only the response is checked.

/** A file that did not arrive. `detail` is technical (a URL, a status) and shown only as a secondary line. */
export class CatalogLoadError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CatalogLoadError(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new CatalogLoadError(`${url}: HTTP ${String(response.status)}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new CatalogLoadError(`${url}: not JSON`);
  }
}
