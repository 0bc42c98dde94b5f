// Renders every route into a complete HTML document. Pure apart from calling the server entry:
// the CLI (prerender.ts) decides where the entry and template come from and writes the files.
import type { Catalog } from '../../src/catalog/catalog-schema';
import { jsonForScript, outlineOf, pageDataFile, type CatalogOutline } from '../../src/catalog/page-data';
import type * as ServerEntry from '../../src/entry-server';
import { headTags } from './head-tags';
import { composePage } from './html-document';
import { inlineCodeProblems } from './inline-code';
import { outputFile, pageRoutes, type PageRoute } from './page-routes';
import { eventListSlices, pageSlice } from './page-slices';
import { outlinePreloadTag, entryPreloadTags, routePreloadTags, type Manifest } from './route-preloads';
import { sitePath, type Site } from './site-urls';

export type Entry = Pick<typeof ServerEntry, 'render'>;

/** What the client build left: its index.html (the shell every page is made from) and manifest. */
export type ClientBuild = { template: string; manifest: Manifest };

/** A page's HTML, and its slice as JSON for page-data.json beside it (null for 404.html). */
export type Page = { route: PageRoute; file: string; html: string; data: { file: string; json: string } | null };

async function renderPage(catalog: Catalog, outline: CatalogOutline, entry: Entry, client: ClientBuild, site: Site, route: PageRoute): Promise<Page> {
  const url = sitePath(site, route.path);
  const slice = pageSlice(catalog, route);
  const json = jsonForScript(slice);
  const hydrated = route.kind !== 'not-found';
  const html = composePage(client.template, {
    appHtml: await entry.render(url, { outline, slice, path: route.path }),
    pageData: hydrated ? json : null,
    headTags: [
      ...headTags(catalog, route, site),
      ...outlinePreloadTag(client.manifest, site),
      ...entryPreloadTags(client.manifest, site),
      ...routePreloadTags(client.manifest, route, site),
    ],
    // 404.html is served at every unknown URL, so it is never hydrated as if it were its own.
    prerenderedUrl: hydrated ? url : null,
  });
  const problems = inlineCodeProblems(html);
  if (problems.length > 0) {
    throw new Error(`${url} needs inline code, which the Content Security Policy blocks:\n  ${problems.join('\n  ')}`);
  }
  return { route, file: outputFile(route), html, data: hydrated ? { file: pageDataFile(outputFile(route).replace(/\/?index\.html$/, '')), json } : null };
}

/** The event list files (page-slices.ts), which no page embeds. */
export const listFiles = (catalog: Catalog): { file: string; json: string }[] =>
  eventListSlices(catalog).map(({ file, slice }) => ({ file: decodeURIComponent(file), json: JSON.stringify(slice) }));

export async function prerenderPages(catalog: Catalog, entry: Entry, client: ClientBuild, site: Site): Promise<Page[]> {
  const pages: Page[] = [];
  const byFile = new Map<string, string>();
  const outline = outlineOf(catalog);
  for (const route of pageRoutes(catalog)) {
    const page = await renderPage(catalog, outline, entry, client, site, route);
    const earlier = byFile.get(page.file);
    if (earlier !== undefined) throw new Error(`${route.path} and ${earlier} would both be written to ${page.file}`);
    byFile.set(page.file, route.path);
    pages.push(page);
  }
  return pages;
}
