// Renders every route into a complete HTML document. Pure apart from calling the server entry:
// the CLI (prerender.ts) decides where the entry and template come from and writes the files.
import type * as ServerEntry from '../../src/entry-server';
import { headTags } from './head-tags';
import { composePage } from './html-document';
import { inlineCodeProblems } from './inline-code';
import { outputFile, pageRoutes, type PageRoute } from './page-routes';
import { catalogPreloadTag, entryPreloadTags, routePreloadTags, type Manifest } from './route-preloads';
import { sitePath, type Site } from './site-urls';

export type Entry = Pick<typeof ServerEntry, 'render' | 'catalog'>;

/** What the client build left: its index.html (the shell every page is made from) and manifest. */
export type ClientBuild = { template: string; manifest: Manifest };

export type Page = { route: PageRoute; file: string; html: string };

async function renderPage(entry: Entry, client: ClientBuild, site: Site, route: PageRoute): Promise<Page> {
  const url = sitePath(site, route.path);
  const html = composePage(client.template, {
    appHtml: await entry.render(url),
    headTags: [
      ...headTags(entry.catalog, route, site),
      ...catalogPreloadTag(client.manifest, site),
      ...entryPreloadTags(client.manifest, site),
      ...routePreloadTags(client.manifest, route, site),
    ],
    // 404.html is served at every unknown URL, so it is never hydrated as if it were its own.
    prerenderedUrl: route.kind === 'not-found' ? null : url,
  });
  const problems = inlineCodeProblems(html);
  if (problems.length > 0) {
    throw new Error(`${url} needs inline code, which the Content Security Policy blocks:\n  ${problems.join('\n  ')}`);
  }
  return { route, file: outputFile(route), html };
}

export async function prerenderPages(entry: Entry, client: ClientBuild, site: Site): Promise<Page[]> {
  const pages: Page[] = [];
  const byFile = new Map<string, string>();
  for (const route of pageRoutes(entry.catalog)) {
    const page = await renderPage(entry, client, site, route);
    const earlier = byFile.get(page.file);
    if (earlier !== undefined) throw new Error(`${route.path} and ${earlier} would both be written to ${page.file}`);
    byFile.set(page.file, route.path);
    pages.push(page);
  }
  return pages;
}
