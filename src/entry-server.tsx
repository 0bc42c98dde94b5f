// The build's server entry: scripts/prerender renders every route with it into static HTML that
// src/main.tsx then hydrates. Built with `vite build --ssr`, so it sees the same aliases and base
// path as the client bundle. Each page is rendered from exactly what the browser will have when
// it hydrates it: the outline and the page's own slice (src/catalog/page-data.ts).
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { App } from './app';
import { CatalogProvider } from './catalog/catalog-store';
import { catalogFrom, type CatalogOutline, type PageSlice } from './catalog/page-data';
import { LanguageProvider } from './i18n/language-context';
import { routerBasename } from './i18n/language-path';
import type { Language } from './i18n/messages';

/** The deploy base ("/" or e.g. "/talks/"), the same value main.tsx gives the browser's router. */
export const basePath: string = import.meta.env.BASE_URL;

/** `path`: the page's language-neutral in-app path (its slice's); `language`: the URL's. */
export type RenderData = { outline: CatalogOutline; slice: PageSlice; path: string; language: Language };

/**
 * The app's markup at `url`, a path that includes the base path as a browser would request it.
 * `prerender` rather than `renderToString`: it waits for lazy components and suspended data, so
 * the page is complete instead of leaving boundaries for the client to fill in after a mismatch.
 * React puts the <title> a page renders first in the markup; the prerenderer moves it to <head>.
 */
export async function render(url: string, { outline, slice, path, language }: RenderData): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <LanguageProvider language={language}>
        <CatalogProvider catalog={catalogFrom(outline, [], [])} totals={outline.totals} slice={slice} path={path}>
          <StaticRouter location={url} basename={routerBasename(basePath, language)}>
            <App />
          </StaticRouter>
        </CatalogProvider>
      </LanguageProvider>
    </StrictMode>,
    // React outlines large Suspense boundaries behind inline scripts that reveal them in stages,
    // for streaming. A static page has it all at once, and the policy forbids inline scripts.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
