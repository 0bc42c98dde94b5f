// What the archive's index sends can fail after it has arrived: a card that is no talk's. The
// list says so in the reader's words with "Try again", as for a failed request, instead of
// waiting on "loading" for ever, and the retry asks for the card again.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-schema';
import type { CatalogStoreOptions } from '../../src/catalog/catalog-store';
import { catalogFrom, outlineOf } from '../../src/catalog/page-data';
import { archiveIndexFiles } from '../../scripts/archive-index/build-archive-index';
import { pageRoutes } from '../../scripts/prerender/page-routes';
import { pageSlice } from '../../scripts/prerender/page-slices';
import { longCatalog } from '../unit/long-catalog';
import { cardTitles, renderApp } from './render-app';

const long = longCatalog();
const EVENT = 'conf-2017-berlin';
const EVENT_PATH = `/events/${EVENT}`;
const files = archiveIndexFiles(long);
const WANTED = long.talks.findIndex((talk) => talk.title.en === 'Generated Talk 059');

/** What the event's prerendered page gives the app: the outline and its first screen. */
function eventPageStore(catalog: Catalog, indexUrl: string): CatalogStoreOptions {
  const route = pageRoutes(catalog).find((r) => r.path === EVENT_PATH);
  if (route === undefined) throw new Error(`the build writes no page at ${EVENT_PATH}`);
  const outline = outlineOf(catalog);
  return {
    catalog: catalogFrom(outline, [], []),
    totals: outline.totals,
    slice: pageSlice(catalog, route),
    path: EVENT_PATH,
    sources: { indexUrl, basePath: '/' },
  };
}

/** A host with the index under `indexUrl`, whose card of the wanted talk is broken while `broken()`. */
function serveIndex(indexUrl: string, broken: () => boolean) {
  const byUrl = new Map(files.map(({ file, json }) => [`${indexUrl}${file}`, json]));
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      if (url === `${indexUrl}cards/${String(WANTED)}.json` && broken()) return Promise.resolve(Response.json({ talks: 'none' }));
      const json = byUrl.get(url);
      return Promise.resolve(json === undefined ? new Response('not found', { status: 404 }) : new Response(json));
    }),
  );
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a long list answered from the index', () => {
  it.each([
    { language: 'en', prefix: '', failed: 'The rest of the talks could not be loaded', retry: 'Try again' },
    { language: 'zh', prefix: '/zh', failed: '其余的演讲未能加载', retry: '重试' },
  ] as const)('says so in $language when a card that arrives is no talk’s, and a retry loads it', async ({ language, prefix, failed, retry }) => {
    const indexUrl = `/archive-index/errors-${language}/`;
    let broken = true;
    serveIndex(indexUrl, () => broken);
    const { user } = await renderApp(`${prefix}${EVENT_PATH}`, eventPageStore(long, indexUrl));
    await user.type(screen.getByRole('searchbox'), 'generated talk 059');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(failed);
    broken = false;
    await user.click(within(alert).getByRole('button', { name: retry }));
    await waitFor(() => expect(cardTitles()).toEqual(['Generated Talk 059']));
  });
});
