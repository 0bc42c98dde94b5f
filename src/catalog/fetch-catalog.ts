// The browser's way to the catalog's JSON files: the outline, a page's slice, a list's talks, the
// archive index's files (page-data.ts, src/archive-index/). They were validated against
// CatalogSchema when the app was built (scripts/vite/catalog-data-plugin.ts), so the browser does
// not ship the schema or re-check thousands of talks on every load; only the response is checked.

/**
 * A file that did not arrive. `detail` is technical (a URL, a status) and shown only as a
 * secondary line. `absent`: the host answered that there is no such file, so asking again will
 * not help; otherwise (no answer, a server error) a later try may succeed.
 */
export class CatalogLoadError extends Error {
  constructor(
    readonly detail: string,
    readonly absent = false,
  ) {
    super(detail);
  }
}

/** Statuses that say the file is not there, as opposed to a host that could not answer now. */
const answersAbsent = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

export async function fetchJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CatalogLoadError(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new CatalogLoadError(`${url}: HTTP ${String(response.status)}`, answersAbsent(response.status));
  try {
    return (await response.json()) as T;
  } catch {
    // A host that answers every path with a page (its 404.html, with 200) has no such file either.
    throw new CatalogLoadError(`${url}: not JSON`, true);
  }
}
