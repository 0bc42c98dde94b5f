// A page of a long list carries its first screen only (src/catalog/page-data.ts): it shows the
// list's real length and counts at once, and fetches the rest when the reader searches.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogStoreOptions } from '../../src/catalog/catalog-store';
import { catalogFrom, outlineOf } from '../../src/catalog/page-data';
import { pageRoutes } from '../../scripts/prerender/page-routes';
import { pageSlice } from '../../scripts/prerender/page-slices';
import { longCatalog } from '../unit/long-catalog';
import { cardTitles, filterWithCount, renderApp } from './render-app';

const long = longCatalog();
const WHOLE_URL = '/assets/catalog-test.json';

/** What the archive's prerendered page gives the app: the outline and the page's slice. */
function archivePageStore(): CatalogStoreOptions {
  const route = pageRoutes(long).find((r) => r.kind === 'archive');
  if (route === undefined) throw new Error('no archive route');
  const outline = outlineOf(long);
  return {
    catalog: catalogFrom(outline, [], []),
    totals: outline.totals,
    slice: pageSlice(long, route),
    path: route.path,
    sources: { wholeUrl: WHOLE_URL, basePath: '/' },
  };
}

function serveWhole(response: () => Promise<Response>) {
  const fetch = vi.fn((url: string) => (url === WHOLE_URL ? response() : Promise.reject(new Error(`unexpected fetch of ${url}`))));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('a long list from its first screen', () => {
  it('states the whole list’s length and counts without fetching anything', async () => {
    const fetch = serveWhole(() => Promise.resolve(Response.json(long)));
    await renderApp('/talks', archivePageStore());
    expect(screen.getByRole('heading', { name: `Showing ${long.talks.length} of ${long.talks.length} talks` })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(40);
    const prometheus = long.talks.filter((talk) => talk.topics.includes('prometheus')).length;
    expect(filterWithCount('Prometheus', prometheus)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fetches every talk when the reader searches, and then searches them all', async () => {
    const fetch = serveWhole(() => Promise.resolve(Response.json(long)));
    const { user } = await renderApp('/talks', archivePageStore());
    await user.type(screen.getByRole('searchbox'), 'generated talk 059');
    await waitFor(() => expect(cardTitles()).toEqual(['Generated Talk 059']));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: `Showing 1 of ${long.talks.length} talks` })).toBeInTheDocument();
  });

  it('says so, in the reader’s words, when the rest cannot be fetched, and tries again on request', async () => {
    let fail = true;
    serveWhole(() => (fail ? Promise.resolve(new Response('', { status: 503 })) : Promise.resolve(Response.json(long))));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderApp('/talks', archivePageStore());
    await user.type(screen.getByRole('searchbox'), 'generated talk 059');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The rest of the talks could not be loaded');
    expect(screen.getAllByRole('article')).toHaveLength(40);
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(cardTitles()).toEqual(['Generated Talk 059']));
  });
});
