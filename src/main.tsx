import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import catalogUrl from 'virtual:catalog-url';
import { App } from './app';
import { fetchCatalog } from './catalog/fetch-catalog';
import { CatalogProvider } from './catalog/catalog-store';
import type { Catalog } from './catalog/catalog-schema';
import { messages } from './i18n/messages';
import { PRERENDERED_URL_ATTRIBUTE, rendersPrerenderedUrl } from './prerender/prerendered-url';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/**
 * Without its data the app cannot start, but a prerendered page still reads and its links still
 * work as plain links: say so above the content instead of replacing it.
 */
function reportLoadFailure(root: HTMLElement, error: unknown): void {
  console.error(error);
  const t = messages[document.documentElement.lang.startsWith('zh') ? 'zh' : 'en'];
  const notice = document.createElement('p');
  notice.className = 'load-failure';
  notice.setAttribute('role', 'alert');
  notice.textContent = t.catalogLoadFailed(error instanceof Error ? error.message : String(error));
  (root.querySelector('main') ?? root).prepend(notice);
}

function start(root: HTMLElement, catalog: Catalog): void {
  // useTransitions={false}: the search box and filter checkboxes are controlled by the URL, so a
  // location change must render synchronously; inside a transition React would briefly revert
  // the input and a fast typist could lose characters.
  const app = (
    <StrictMode>
      <CatalogProvider catalog={catalog}>
        <BrowserRouter basename={import.meta.env.BASE_URL} useTransitions={false}>
          <App />
        </BrowserRouter>
      </CatalogProvider>
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

// The prerendered page preloads the dataset, so it is usually in by the time this runs.
fetchCatalog(catalogUrl).then(
  (catalog) => start(container, catalog),
  (error: unknown) => reportLoadFailure(container, error),
);
