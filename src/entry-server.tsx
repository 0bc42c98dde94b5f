// The build's server entry: scripts/prerender renders every route with it into static HTML that
// src/main.tsx then hydrates. Built with `vite build --ssr`, so it sees the same dataset, aliases
// and environment as the client bundle.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { App } from './app';

export { bundledCatalog as catalog } from './catalog/catalog-data';

/**
 * The app's markup at `url` (a path that includes the basename, as a browser would request it).
 * `prerender` rather than `renderToString`: it waits for lazy components and suspended data, so
 * the page is complete instead of leaving boundaries for the client to fill in after a mismatch.
 */
export async function render(url: string, basename: string): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={url} basename={basename}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
  return new Response(prelude).text();
}
