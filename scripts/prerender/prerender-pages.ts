// Renders every route into a complete HTML document. Pure apart from calling the server entry:
// the CLI (prerender.ts) decides where the entry and template come from and writes the files.
import type { Catalog } from '../../src/catalog/catalog-schema';
import { jsonForScript, outlineOf, pageDataFile, type CatalogOutline } from '../../src/catalog/page-data';
import type * as ServerEntry from '../../src/entry-server';
import { pathInLanguage } from '../../src/i18n/language-path';
import { LANGUAGES, type Language } from '../../src/i18n/messages';
import { headTags } from './head-tags';
import { composePage } from './html-document';
import { inlineCodeProblems } from './inline-code';
import { languageEntryScript } from './language-entry-script';
import { outputFile, pageRoutes, type PageRoute } from './page-routes';
import { pageSlice } from './page-slices';
import { outlinePreloadTag, entryPreloadTags, routePreloadTags, type Manifest } from './route-preloads';
import { sitePath, type Site } from './site-urls';

export type Entry = Pick<typeof ServerEntry, 'render'>;

/** What the client build left: its index.html (the shell every page is made from) and manifest. */
export type ClientBuild = { template: string; manifest: Manifest };

/**
 * A page's HTML, and its slice as JSON for page-data.json beside it. The slice is the same in both
 * languages, so only the English page writes it, and a Chinese page fetches the same file (the
 * app asks for the language-neutral path). null for 404.html.
 */
export type Page = { route: PageRoute; language: Language; file: string; html: string; data: { file: string; json: string } | null };

async function renderPage(catalog: Catalog, outline: CatalogOutline, entry: Entry, client: ClientBuild, site: Site, route: PageRoute, language: Language): Promise<Page> {
  const url = sitePath(site, pathInLanguage(route.path, language));
  const slice = pageSlice(catalog, route);
  const json = jsonForScript(slice);
  const hydrated = route.kind !== 'not-found';
  const file = outputFile(route, language);
  const html = composePage(client.template, {
    appHtml: await entry.render(url, { outline, slice, path: route.path, language }),
    pageData: hydrated ? json : null,
    language,
    // Only English pages can be entered without a chosen language (language-path.ts).
    firstScript: language === 'en' ? languageEntryScript(site.basePath) : null,
    headTags: [
      ...headTags(catalog, route, site, language),
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
  const data = hydrated && language === 'en' ? { file: pageDataFile(file.replace(/\/?index\.html$/, '')), json } : null;
  return { route, language, file, html, data };
}

/** The event list files (page-slices.ts), which no page embeds. */
/**
 * Every page, one at a time: the caller writes each before the next is rendered, so the build
 * holds one page's HTML, not the site's (3.6 GB at 50,000 talks, past Node's heap limit).
 */
export async function* prerenderPages(catalog: Catalog, entry: Entry, client: ClientBuild, site: Site): AsyncGenerator<Page> {
  const byFile = new Map<string, string>();
  const outline = outlineOf(catalog);
  for (const route of pageRoutes(catalog)) {
    for (const language of LANGUAGES) {
      const page = await renderPage(catalog, outline, entry, client, site, route, language);
      const url = pathInLanguage(route.path, language);
      const earlier = byFile.get(page.file);
      if (earlier !== undefined) throw new Error(`${url} and ${earlier} would both be written to ${page.file}`);
      byFile.set(page.file, url);
      yield page;
    }
  }
}
