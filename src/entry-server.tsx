// The build's server entry: scripts/prerender renders every route with it into static HTML that
// src/main.tsx then hydrates. Built with `vite build --ssr`, so it sees the same dataset, aliases
// and base path as the client bundle.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { App } from './app';
import { bundledCatalog } from './catalog/catalog-data';
import { CatalogProvider } from './catalog/catalog-store';

// The browser fetches the dataset; the prerenderer has it bundled: the same validated file.
export { bundledCatalog as catalog };

/** The deploy base ("/" or e.g. "/talks/"), the same value main.tsx gives the browser's router. */
export const basePath: string = import.meta.env.BASE_URL;

/**
 * The app's markup at `url`, a path that includes the base path as a browser would request it.
 * `prerender` rather than `renderToString`: it waits for lazy components and suspended data, so
 * the page is complete instead of leaving boundaries for the client to fill in after a mismatch.
 * React puts the <title> a page renders first in the markup; the prerenderer moves it to <head>.
 */
export async function render(url: string): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <CatalogProvider catalog={bundledCatalog}>
        <StaticRouter location={url} basename={basePath}>
          <App />
        </StaticRouter>
      </CatalogProvider>
    </StrictMode>,
    // React outlines large Suspense boundaries behind inline scripts that reveal them in stages,
    // for streaming. A static page has it all at once, and the policy forbids inline scripts.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
