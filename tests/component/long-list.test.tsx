// A page of a long list carries its first screen only (src/catalog/page-data.ts): it shows the
// list's real length and counts at once. The archive's searches are answered from its index
// (src/archive-index/), which fetches the files the search needs and the cards it shows.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogStoreOptions } from '../../src/catalog/catalog-store';
import { catalogFrom, FIRST_SCREEN, outlineOf } from '../../src/catalog/page-data';
import { pageRoutes } from '../../scripts/prerender/page-routes';
import { pageSlice } from '../../scripts/prerender/page-slices';
import { archiveIndexFiles } from '../../scripts/archive-index/build-archive-index';
import { longCatalog } from '../unit/long-catalog';
import { cardTitles, filterWithCount, renderApp } from './render-app';

const long = longCatalog();
const INDEX_URL = '/archive-index/test/';
const files = archiveIndexFiles(long);
// The app keeps what it fetched of an index for the visit, by the index's folder: each test's
// app gets a folder of its own, so no test starts with what another fetched.
let folder = 0;
let indexUrl = INDEX_URL;
const indexFiles = new Map<string, string>();
function newIndexFolder(): string {
  folder += 1;
  indexUrl = `${INDEX_URL}${String(folder)}/`;
  indexFiles.clear();
  for (const { file, json } of files) indexFiles.set(`${indexUrl}${file}`, json);
  return indexUrl;
}

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
    sources: { indexUrl: newIndexFolder(), basePath: '/' },
  };
}

/** A host with the index's files; `answer` may answer instead (e.g. fail). */
function serveIndex(answer: (url: string) => Promise<Response> | undefined = () => undefined) {
  const fetch = vi.fn((url: string) => {
    const json = indexFiles.get(url);
    return answer(url) ?? Promise.resolve(json === undefined ? new Response('', { status: 404 }) : new Response(json));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
const fetchedUrls = (fetch: ReturnType<typeof serveIndex>) => fetch.mock.calls.map(([url]) => url);

afterEach(() => vi.unstubAllGlobals());

describe('a long list from its first screen', () => {
  it('states the whole list’s length and counts without fetching anything', async () => {
    const fetch = serveIndex();
    await renderApp('/talks', archivePageStore());
    expect(screen.getByRole('heading', { name: `Showing ${long.talks.length} of ${long.talks.length} talks` })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(FIRST_SCREEN);
    const prometheus = long.talks.filter((talk) => talk.topics.includes('prometheus')).length;
    expect(filterWithCount('Prometheus', prometheus)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('searches every talk from the index, fetching only the files the words need and the cards shown', async () => {
    const fetch = serveIndex();
    const { user } = await renderApp('/talks', archivePageStore());
    await user.type(screen.getByRole('searchbox'), 'generated talk 059');
    await waitFor(() => expect(cardTitles()).toEqual(['Generated Talk 059']));
    expect(screen.getByRole('heading', { name: `Showing 1 of ${long.talks.length} talks` })).toBeInTheDocument();
    const urls = fetchedUrls(fetch);
    expect(urls.every((url) => url.startsWith(indexUrl))).toBe(true);
    // The facets, the terms files of "ge", "ta", "05" and the shorter prefixes typed on the way, one card.
    expect(urls.filter((url) => url.includes('/cards/')).length).toBeLessThanOrEqual(3 * FIRST_SCREEN);
    expect(urls).toContain(`${indexUrl}facets.json`);
  });

  it('counts each filter over the whole result, not only the cards fetched', async () => {
    serveIndex();
    const { user } = await renderApp('/talks', archivePageStore());
    await user.type(screen.getByRole('searchbox'), 'generated');
    const generated = long.talks.filter((talk) => talk.title.en?.startsWith('Generated'));
    await waitFor(() => expect(screen.getByRole('heading', { name: `Showing ${generated.length} of ${long.talks.length} talks` })).toBeInTheDocument());
    expect(screen.getAllByRole('article')).toHaveLength(FIRST_SCREEN);
    const prometheus = generated.filter((talk) => talk.topics.includes('prometheus')).length;
    expect(filterWithCount('Prometheus', prometheus)).toBeInTheDocument();
    await user.click(filterWithCount('Prometheus', prometheus));
    await waitFor(() => expect(screen.getByRole('heading', { name: `Showing ${prometheus} of ${long.talks.length} talks` })).toBeInTheDocument());
    expect(screen.getAllByRole('article')).toHaveLength(Math.min(FIRST_SCREEN, prometheus));
  });

  it('says so, in the reader’s words, when the rest cannot be fetched, and tries again on request', async () => {
    let fail = true;
    serveIndex(() => (fail ? Promise.resolve(new Response('', { status: 503 })) : undefined));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderApp('/talks', archivePageStore());
    await user.type(screen.getByRole('searchbox'), 'generated talk 059');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The rest of the talks could not be loaded');
    expect(screen.getAllByRole('article')).toHaveLength(FIRST_SCREEN);
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(cardTitles()).toEqual(['Generated Talk 059']));
  });
});
