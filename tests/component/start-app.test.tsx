// Everything between a prerendered page and a running app can fail: the outline's request, the
// page's embedded data, building the app, its first render. Each ends in the notice in the page's
// language, above the page, which still reads; none is left as an unhandled error.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogProvider } from '../../src/catalog/catalog-store';
import { CatalogLoadError } from '../../src/catalog/fetch-catalog';
import { catalogFrom, outlineOf, type PageSlice } from '../../src/catalog/page-data';
import type { Language } from '../../src/i18n/messages';
import { reportLoadFailure } from '../../src/load-failure-notice';
import { startApp } from '../../src/start-app';
import { fixtureCatalog } from './render-app';

const NOTICE = {
  en: 'The talk data could not be loaded. This page still reads and its links work; filters, search and your list need a reload.',
  zh: '演讲数据未能加载。本页仍可阅读，链接也可用；筛选、搜索和你的清单需要重新加载页面。',
} as const;

/** A root as the prerenderer leaves it: a page that reads, with a link. */
function prerenderedRoot(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = '<main><h1>Counting things</h1><p><a href="/">The Prometheus talks</a></p></main>';
  document.body.append(root);
  return root;
}

/** The outline and a slice as the page's JSON gave them, however wrong. */
const storeWith = (slice: unknown) => ({
  catalog: catalogFrom(outlineOf(fixtureCatalog), [], []),
  totals: outlineOf(fixtureCatalog).totals,
  slice: slice as PageSlice,
  path: '/talks/counting-things',
});

function start(root: HTMLElement, language: Language, load: () => Promise<ReturnType<typeof storeWith>>, hydrate = true) {
  return startApp({
    root,
    load,
    app: (options) => (
      <CatalogProvider {...options}>
        <main>
          <h1>The app</h1>
        </main>
      </CatalogProvider>
    ),
    hydrate,
    fail: (error) => reportLoadFailure(root, error, language),
  });
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** The page still reads: its heading and its link, with the notice above them. */
function expectPageWithNotice(language: Language) {
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(NOTICE[language]);
  expect(screen.getByRole('heading', { level: 1, name: 'Counting things' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'The Prometheus talks' })).toHaveAttribute('href', '/');
  return alert;
}

describe('starting the app', () => {
  it('says a file did not arrive, with the file as a secondary line', async () => {
    const root = prerenderedRoot();
    await start(root, 'en', () => Promise.reject(new CatalogLoadError('/assets/outline.json: HTTP 503')));
    const alert = expectPageWithNotice('en');
    expect(within(alert).getByText('/assets/outline.json: HTTP 503')).toBeInTheDocument();
  });

  it.each(['en', 'zh'] as const)('says so in %s when the page’s data is of the wrong shape and its first render throws', async (language) => {
    const root = prerenderedRoot();
    await start(root, language, () => Promise.resolve(storeWith({})));
    // React gives up on the render only after trying it again without hydrating.
    await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
    expectPageWithNotice(language);
    expect(screen.queryByRole('heading', { name: 'The app' })).not.toBeInTheDocument();
  });

  it('says so when the render of a page prerendered for another address throws', async () => {
    const root = prerenderedRoot();
    await start(root, 'zh', () => Promise.resolve(storeWith({ talks: 'not a list' })), false);
    await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
    expectPageWithNotice('zh');
  });

  it('says so when building the app throws', async () => {
    const root = prerenderedRoot();
    await startApp({
      root,
      load: () => Promise.resolve(undefined),
      app: () => {
        throw new TypeError('no app today');
      },
      hydrate: true,
      fail: (error) => reportLoadFailure(root, error, 'en'),
    });
    expectPageWithNotice('en');
  });

  it('starts the app, with no notice, when everything arrives', async () => {
    const root = prerenderedRoot();
    await start(root, 'en', () => Promise.resolve(storeWith({ talks: [], positions: [], speakers: [] })), false);
    expect(await screen.findByRole('heading', { level: 1, name: 'The app' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
