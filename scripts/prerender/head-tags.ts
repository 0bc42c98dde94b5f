// The <head> tags a prerendered page adds besides its <title> (which React renders): description,
// Open Graph for link previews, the canonical URL when the site's origin is known, and JSON-LD.
import type { Catalog } from '../../src/catalog/catalog-schema';
import { LANGUAGES, type Language } from '../../src/i18n/messages';
import { PRERENDER_LANGUAGE } from '../../src/preferences/preferences-store';
import { escapeHtml } from './escape-html';
import { pageMeta, siteName } from './page-meta';
import type { PageRoute } from './page-routes';
import { absoluteUrl, type Site } from './site-urls';
import { jsonLdScript, structuredData } from './structured-data';

/** Open Graph names locales as language_TERRITORY. */
const OG_LOCALE: Record<Language, string> = { en: 'en_US', zh: 'zh_CN' };

const meta = (attribute: 'name' | 'property', key: string, content: string): string =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;

export function headTags(catalog: Catalog, route: PageRoute, site: Site): string[] {
  const page = pageMeta(catalog, route);
  // The not-found page is served at every unknown URL, none of which is its address.
  const url = route.kind === 'not-found' ? undefined : absoluteUrl(site, route.path);
  const data = structuredData(catalog, route, site);
  return [
    meta('name', 'description', page.description),
    ...(page.indexable ? [] : [meta('name', 'robots', 'noindex')]),
    ...(url === undefined ? [] : [`<link rel="canonical" href="${escapeHtml(url)}" />`]),
    meta('property', 'og:type', page.type),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:site_name', siteName(catalog)),
    meta('property', 'og:locale', OG_LOCALE[PRERENDER_LANGUAGE]),
    // The app is also in the other languages, after the reader's choice or browser.
    ...LANGUAGES.filter((language) => language !== PRERENDER_LANGUAGE).map((language) =>
      meta('property', 'og:locale:alternate', OG_LOCALE[language]),
    ),
    ...(url === undefined ? [] : [meta('property', 'og:url', url)]),
    ...(data === null ? [] : [jsonLdScript(data)]),
  ];
}
