import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { outlineUrl, wholeUrl } from 'virtual:catalog-url';
import { App } from './app';
import { CatalogLoadError, fetchJson } from './catalog/fetch-catalog';
import { CatalogProvider, type CatalogStoreOptions } from './catalog/catalog-store';
import type { Catalog } from './catalog/catalog-schema';
import { catalogFrom, EMPTY_SLICE, PAGE_DATA_ELEMENT_ID, type CatalogOutline, type PageSlice } from './catalog/page-data';
import { LanguageProvider } from './i18n/language-context';
import { languageOfPath, routerBasename } from './i18n/language-path';
import { LOCALE, messages, type Language } from './i18n/messages';
import { PRERENDERED_URL_ATTRIBUTE, rendersPrerenderedUrl } from './prerender/prerendered-url';
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

/**
 * Without its data the app cannot start, but a prerendered page still reads and its links still
 * work as plain links: say so above the content instead of replacing it.
 */
function reportLoadFailure(root: HTMLElement, error: unknown): void {
  console.error(error);
  const t = messages[language];
  const notice = document.createElement('div');
  notice.className = 'load-failure';
  notice.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = t.catalogLoadFailed;
  notice.append(text);
  if (error instanceof CatalogLoadError) {
    const detail = document.createElement('p');
    detail.className = 'load-failure-detail';
    detail.textContent = error.detail;
    notice.append(detail);
  }
  (root.querySelector('main') ?? root).prepend(notice);
}

/** The slice the prerenderer wrote into this page, if it is a prerendered page. */
function embeddedSlice(): PageSlice | undefined {
  const text = document.getElementById(PAGE_DATA_ELEMENT_ID)?.textContent;
  return text === undefined ? undefined : (JSON.parse(text) as PageSlice);
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
    sources: { wholeUrl, basePath },
  };
}

function start(root: HTMLElement, options: CatalogStoreOptions): void {
  // useTransitions={false}: the search box and filter checkboxes are controlled by the URL, so a
  // location change must render synchronously; inside a transition React would briefly revert
  // the input and a fast typist could lose characters.
  const app = (
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
  if (rendersPrerenderedUrl(root.getAttribute(PRERENDERED_URL_ATTRIBUTE), window.location)) {
    hydrateRoot(root, app);
    return;
  }
  // The dev server's empty #root, or a page prerendered for another URL (404.html, a query):
  // render afresh. React adds its own <title> in front of the page's, so drop the stale one.
  if (root.hasChildNodes()) document.head.querySelector('title')?.remove();
  createRoot(root).render(app);
}

// The prerendered page preloads the outline, so it is usually in by the time this runs.
storeOptions().then(
  (options) => start(container, options),
  (error: unknown) => reportLoadFailure(container, error),
);
