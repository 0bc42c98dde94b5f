// The <head> tags a prerendered page adds besides its <title> (which React renders): description,
// the page's URL in its language and in the other (canonical, hreflang alternates), Open Graph for
// link previews, and JSON-LD.
import type { Catalog } from '../../src/catalog/catalog-schema';
import { pathInLanguage } from '../../src/i18n/language-path';
import { LANGUAGES, LOCALE, type Language } from '../../src/i18n/messages';
import { escapeHtml } from './escape-html';
import { pageMeta, siteName } from './page-meta';
import type { PageRoute } from './page-routes';
import { absoluteUrl, sitePath, type Site } from './site-urls';
import { jsonLdScript, structuredData } from './structured-data';

/** Open Graph names locales as language_TERRITORY. */
const OG_LOCALE: Record<Language, string> = { en: 'en_US', zh: 'zh_CN' };

const meta = (attribute: 'name' | 'property', key: string, content: string): string =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;

const alternate = (hreflang: string, href: string): string => `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(href)}" />`;

export function headTags(catalog: Catalog, route: PageRoute, site: Site, language: Language): string[] {
  const page = pageMeta(catalog, route, language);
  // The not-found page is served at every unknown URL, none of which is its address; a page that
  // is not to be indexed (it and a shared list) names no address for search engines either.
  const listed = page.indexable;
  const url = listed ? absoluteUrl(site, pathInLanguage(route.path, language)) : undefined;
  const data = structuredData(catalog, route, { site, language });
  // Alternates must be absolute for search engines (Lighthouse fails relative ones), so like the
  // canonical URL they need SITE_URL. Without it a reader still has the page's language link.
  const origin = url === undefined ? undefined : site.origin;
  const inEach = (each: Language) => `${origin ?? ''}${sitePath(site, pathInLanguage(route.path, each))}`;
  return [
    meta('name', 'description', page.description),
    ...(page.indexable ? [] : [meta('name', 'robots', 'noindex')]),
    ...(url === undefined ? [] : [`<link rel="canonical" href="${escapeHtml(url)}" />`]),
    // English is also where a reader without a language in the URL enters (language-entry-script.ts).
    ...(origin !== undefined ? [...LANGUAGES.map((each) => alternate(LOCALE[each], inEach(each))), alternate('x-default', inEach('en'))] : []),
    meta('property', 'og:type', page.type),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:site_name', siteName(catalog, language)),
    meta('property', 'og:locale', OG_LOCALE[language]),
    ...LANGUAGES.filter((each) => each !== language).map((each) => meta('property', 'og:locale:alternate', OG_LOCALE[each])),
    ...(url === undefined ? [] : [meta('property', 'og:url', url)]),
    ...(data === null ? [] : [jsonLdScript(data)]),
  ];
}
