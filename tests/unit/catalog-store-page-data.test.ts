// A page's slice, fetched on the way to it (usePageData suspends on the promise; a rejection goes
// to the page's error view). A request that fails is kept only until that view goes ("Try
// again", or leaving the page): then the next try asks again, so a flaky network does not break a
// page for the whole visit. A path the build wrote no page for is asked for once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCatalogStore, PageDataError } from '../../src/catalog/catalog-store';
import { catalogFrom, outlineOf, pageDataFile, type PageSlice } from '../../src/catalog/page-data';
import { fixtureCatalog } from './fixture-catalog';

const PATH = '/talks/storage-deep-dive';
const URL = `/${pageDataFile(PATH)}`;
const talk = fixtureCatalog.talks.find((t) => t.id === 'storage-deep-dive');
const slice: PageSlice = { talks: talk === undefined ? [] : [talk], positions: [3], speakers: fixtureCatalog.speakers };

/** The front page's store: the outline, nothing of the talk. */
function frontStore() {
  const outline = outlineOf(fixtureCatalog);
  return createCatalogStore({
    catalog: catalogFrom(outline, [], []),
    totals: outline.totals,
    slice: { talks: [], positions: [], speakers: [] },
    path: '/',
    sources: { indexUrl: '/archive-index/test/', basePath: '/' },
  });
}

/** A host that answers the page's data with `answers` in turn. */
function serve(...answers: (() => Promise<Response>)[]) {
  const fetch = vi.fn((url: string) => (url === URL ? (answers.shift() ?? answers.at(-1) ?? offline)() : offline()));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const offline = () => Promise.reject(new TypeError('Failed to fetch'));
const ok = () => Promise.resolve(Response.json(slice));
const status = (code: number) => () => Promise.resolve(new Response('', { status: code }));
const hasTalk = (store: ReturnType<typeof frontStore>) => store.getState().catalog.talks.some((t) => t.id === 'storage-deep-dive');

afterEach(() => vi.unstubAllGlobals());

describe('a page’s data', () => {
  it.each([
    ['no answer', offline],
    ['a server error', status(503)],
    ['data that is no slice', () => Promise.resolve(Response.json({ talks: 'none' }))],
  ])('after %s, fails this visit and is asked for again on the next', async (_, failure) => {
    const fetch = serve(failure, ok);
    const store = frontStore();
    const failed = store.getState().pageData(PATH);
    const error: unknown = await failed?.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(PageDataError);
    expect(hasTalk(store)).toBe(false);
    // React renders a failed page again before it shows its error view: that is not a new try.
    expect(store.getState().pageData(PATH), 'the same failure until its error view goes').toBe(failed);

    // The error view's "Try again", or leaving the page.
    if (error instanceof PageDataError) error.forget();
    const again = store.getState().pageData(PATH);
    expect(again, 'a new request, not the failed one').not.toBe(failed);
    await again;
    expect(hasTalk(store)).toBe(true);
    expect(store.getState().pageData(PATH), 'once in, never asked for again').toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['404', status(404)],
    ['a page instead of JSON', () => Promise.resolve(new Response('<!doctype html>', { status: 200 }))],
  ])('when the host answers %s, is asked for once and the page shows what the app has', async (_, answer) => {
    const fetch = serve(answer);
    const store = frontStore();
    await expect(store.getState().pageData(PATH)).resolves.toBeUndefined();
    expect(store.getState().pageData(PATH)).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a failure forgotten again once a new try is on its way leaves that try alone', async () => {
    // React hides the error view while the retried page suspends, which runs its cleanup a second time.
    const fetch = serve(offline, ok);
    const store = frontStore();
    const error: unknown = await store.getState().pageData(PATH)?.catch((reason: unknown) => reason);
    if (!(error instanceof PageDataError)) throw new Error('expected a PageDataError');
    error.forget();
    const again = store.getState().pageData(PATH);
    error.forget();
    expect(store.getState().pageData(PATH)).toBe(again);
    await again;
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('while on its way, is one request however many renders ask', () => {
    const fetch = serve(ok);
    const store = frontStore();
    expect(store.getState().pageData(PATH)).toBe(store.getState().pageData(`${PATH}/`));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
