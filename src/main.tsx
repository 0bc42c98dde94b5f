import { StrictMode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { indexUrl, outlineUrl, wholeUrl } from 'virtual:catalog-url';
import { App } from './app';
import { CatalogLoadError, fetchJson } from './catalog/fetch-catalog';
import { CatalogProvider, type CatalogStoreOptions } from './catalog/catalog-store';
import type { Catalog } from './catalog/catalog-schema';
import { catalogFrom, EMPTY_SLICE, PAGE_DATA_ELEMENT_ID, type CatalogOutline, type PageSlice } from './catalog/page-data';
import { LanguageProvider } from './i18n/language-context';
import { languageOfPath, routerBasename } from './i18n/language-path';
import { LOCALE, type Language } from './i18n/messages';
import { reportLoadFailure } from './load-failure-notice';
import { PRERENDERED_URL_ATTRIBUTE, rendersPrerenderedUrl } from './prerender/prerendered-url';
import { startApp } from './start-app';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const basePath = import.meta.env.BASE_URL;

/** The router's path for the address bar's: without the base path, and the language's prefix when given. */
function routerPath(pathname: string, language?: Language): string {
  const base = (language === undefined ? basePath : routerBasename(basePath, language)).replace(/\/$/, '');
  return pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}

/** The page's language, from its URL: /zh/… is Chinese (language-path.ts). */
const language = languageOfPath(routerPath(window.location.pathname));
// A prerendered page says so already; the dev server's one shell does not.
document.documentElement.lang = LOCALE[language];

/** The slice the prerenderer wrote into this page, if it is a prerendered page. */
function embeddedSlice(): PageSlice | undefined {
  const text = document.getElementById(PAGE_DATA_ELEMENT_ID)?.textContent;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as PageSlice;
  } catch {
    // A page cut short or edited by hand; the notice names it on its secondary line.
    throw new CatalogLoadError(`#${PAGE_DATA_ELEMENT_ID}: not JSON`);
  }
}

/** What the store starts with: this page's slice on the outline; the whole catalog on the dev server. */
async function storeOptions(): Promise<CatalogStoreOptions> {
  if (import.meta.env.DEV) return { catalog: await fetchJson<Catalog>(wholeUrl) };
  const outline = await fetchJson<CatalogOutline>(outlineUrl);
  const slice = embeddedSlice();
  return {
    catalog: catalogFrom(outline, [], []),
    totals: outline.totals,
    // 404.html carries no slice: the page at this path fetches its own (usePageData).
    slice: slice ?? EMPTY_SLICE,
    // The slice's path is the page's without its language: both languages share one slice.
    ...(slice === undefined ? {} : { path: routerPath(window.location.pathname, language) }),
    sources: { indexUrl, basePath },
  };
}

// useTransitions={false}: the search box and filter checkboxes are controlled by the URL, so a
// location change must render synchronously; inside a transition React would briefly revert the
// input and a fast typist could lose characters.
const app = (options: CatalogStoreOptions) => (
  <StrictMode>
    <LanguageProvider language={language}>
      <CatalogProvider {...options}>
        <BrowserRouter basename={routerBasename(basePath, language)} useTransitions={false}>
          <App />
        </BrowserRouter>
      </CatalogProvider>
    </LanguageProvider>
  </StrictMode>
);

// The prerendered page preloads the outline, so it is usually in by the time this runs. The dev
// server's empty #root, or a page prerendered for another URL (404.html, a query), is rendered afresh.
void startApp({
  root: container,
  load: storeOptions,
  app,
  hydrate: rendersPrerenderedUrl(container.getAttribute(PRERENDERED_URL_ATTRIBUTE), window.location),
  fail: (error) => reportLoadFailure(container, error, language),
});
