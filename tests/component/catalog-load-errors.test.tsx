// The rest of a long list can fail after it has arrived: JSON that is no slice, which merging
// throws on. The list says so in the reader's words with "Try again", as for a failed request,
// instead of waiting on "loading" for ever.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-schema';
import type { CatalogStoreOptions } from '../../src/catalog/catalog-store';
import { catalogFrom, outlineOf, type PageSlice } from '../../src/catalog/page-data';
import { pageRoutes } from '../../scripts/prerender/page-routes';
import { eventListFile, pageSlice } from '../../scripts/prerender/page-slices';
import { longCatalog } from '../unit/long-catalog';
import { cardTitles, renderApp } from './render-app';

const long = longCatalog();
const EVENT = 'conf-2017-berlin';
const EVENT_PATH = `/events/${EVENT}`;
const LIST_URL = `/${eventListFile(EVENT)}`;

/** What the event's prerendered page gives the app: the outline and its first screen. */
function eventPageStore(catalog: Catalog): CatalogStoreOptions {
  const route = pageRoutes(catalog).find((r) => r.path === EVENT_PATH);
  if (route === undefined) throw new Error(`the build writes no page at ${EVENT_PATH}`);
  const outline = outlineOf(catalog);
  return {
    catalog: catalogFrom(outline, [], []),
    totals: outline.totals,
    slice: pageSlice(catalog, route),
    path: EVENT_PATH,
    sources: { indexUrl: '/archive-index/test/', basePath: '/' },
  };
}

/** The event's list file as the build writes it: every talk of the event. */
function eventList(catalog: Catalog): PageSlice {
  const talks = catalog.talks.filter((talk) => talk.event === EVENT);
  return { talks, positions: talks.map((talk) => catalog.talks.indexOf(talk)), speakers: catalog.speakers };
}

/** A host that answers the list's file with `answers` in turn, and anything else with 404. */
function serveList(answers: (() => Response)[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => Promise.resolve((url === LIST_URL ? answers.shift() : undefined)?.() ?? new Response('not found', { status: 404 }))),
  );
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the rest of a long list', () => {
  it.each([
    { language: 'en', prefix: '', failed: 'The rest of the talks could not be loaded', retry: 'Try again' },
    { language: 'zh', prefix: '/zh', failed: '其余的演讲未能加载', retry: '重试' },
  ] as const)('says so in $language when what arrives cannot be merged, and a retry loads it', async ({ prefix, failed, retry }) => {
    serveList([() => Response.json({ talks: 'none' }), () => Response.json(eventList(long))]);
    const { user } = await renderApp(`${prefix}${EVENT_PATH}`, eventPageStore(long));
    await user.type(screen.getByRole('searchbox'), 'generated talk 059');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(failed);
    await user.click(within(alert).getByRole('button', { name: retry }));
    await waitFor(() => expect(cardTitles()).toEqual(['Generated Talk 059']));
  });
});
