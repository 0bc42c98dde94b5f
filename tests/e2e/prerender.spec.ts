// The built pages carry their content before any JavaScript runs, and the app takes them over
// (hydrates) without a mismatch. The fixture fails a test on any console error or page error,
// which is how React reports a hydration mismatch in a production build.
import type { ConsoleMessage, Page } from '@playwright/test';
import { contentSecurityPolicy, hashSource } from '../../scripts/prerender/content-security-policy';
import { languageEntryScript } from '../../scripts/prerender/language-entry-script';
import { inlineStyleHashSources } from '../../scripts/prerender/inline-stylesheets';
import { sharedListMessages } from '../../src/reader-list/shared-list-messages';
import { front, READER_LIST_KEY } from './catalog-facts';
import { expect, test } from './fixtures';
import { layoutShifts, recordLayoutShifts } from './layout-shifts';

const GRAFANA = { path: '/talks/grafana-is-not-enough', title: 'Grafana is Not Enough: DIY User Interfaces for Prometheus' };
const talks = (page: Page) => page.getByRole('article');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Console warnings too: the fixture only fails on errors. */
function collectWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalog, a talk and a speaker are readable, and links lead to pages', async ({ page }) => {
    await page.goto('/');
    await expect(heading(page)).toContainText('Prometheus talks');
    await expect(talks(page)).toHaveCount(11);

    await page.getByRole('link', { name: GRAFANA.title, exact: true }).first().click();
    await expect(page).toHaveURL(GRAFANA.path);
    await expect(heading(page)).toHaveText(GRAFANA.title);
    await expect(page.getByText(/looks at using Grafana together with Prometheus/)).toBeVisible();

    await page.getByRole('link', { name: 'David Kaltschmidt', exact: true }).first().click();
    await expect(page).toHaveURL('/speakers/david-kaltschmidt');
    await expect(heading(page)).toHaveText('David Kaltschmidt');
    await expect(page.getByRole('link', { name: GRAFANA.title })).toBeVisible();
  });

  test('an unknown talk gets the not-found page', async ({ page }) => {
    await page.goto('/talks/nope');
    await expect(heading(page)).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the front page' }).click();
    await expect(talks(page)).toHaveCount(11);
  });

  test('a shared list says it needs JavaScript, in the page’s language, instead of “not found”', async ({ page }) => {
    await page.goto('/shared?ids=grafana-is-not-enough');
    await expect(heading(page)).toHaveText(sharedListMessages.en.sharedTitle);
    await expect(page.getByText(sharedListMessages.en.sharedNeedsScript)).toBeVisible();
    // Someone's own list: not for search engines.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await page.goto('/zh/shared?ids=grafana-is-not-enough');
    await expect(heading(page)).toHaveText(sharedListMessages.zh.sharedTitle);
    await expect(page.getByText(sharedListMessages.zh.sharedNeedsScript)).toBeVisible();
  });

  test('every in-app link of the pages a reader starts from leads to a prerendered page', async ({ page, request }) => {
    // The archive has thousands of pages: open the first pages of each kind a reader meets, and
    // ask the server for every in-app page they link to.
    const opened = ['/', '/talks', '/events'];
    const linked = new Set<string>();
    const collect = async () => {
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      for (const href of hrefs) linked.add(href.replace(/[?#].*$/, ''));
    };
    for (const url of opened) {
      const response = await page.goto(url);
      expect(response?.status(), `${url} is served`).toBe(200);
      await expect(heading(page), `${url} has a heading`).toBeVisible();
      await collect();
    }
    // One event, one talk and one speaker page, reached by their links.
    for (const prefix of ['/events/', '/talks/', '/speakers/']) {
      const first = [...linked].find((href) => href.startsWith(prefix) && href.length > prefix.length);
      expect(first, `a link to a page under ${prefix}`).toBeDefined();
      await page.goto(first ?? '/');
      await expect(heading(page), `${first ?? ''} has a heading`).toBeVisible();
      await collect();
    }
    for (const href of linked) {
      const response = await request.get(href);
      expect(response.status(), `${href} is served`).toBe(200);
      expect(await response.text(), `${href} is prerendered, not the not-found page`).not.toContain('<h1 class="page-heading" tabindex="-1">Page not found</h1>');
    }
    expect(linked.size).toBeGreaterThan(50);
  });
});

test('a talk page is served complete: title, heading, Open Graph, JSON-LD and the policy', async ({ request }) => {
  for (const url of [GRAFANA.path, `${GRAFANA.path}?topic=visualisation`, `${GRAFANA.path}/`]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expect(html.match(/<title>[^<]*<\/title>/g), url).toEqual([`<title>${GRAFANA.title} · KubeCon talk archive</title>`]);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${GRAFANA.title}</h1>`));
    expect(html).toContain(`<meta property="og:title" content="${GRAFANA.title}" />`);
    const styleHashes = inlineStyleHashSources(html);
    expect(styleHashes, url).toHaveLength(1);
    const scripts = [hashSource(languageEntryScript('/'))];
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ styles: styleHashes, scripts })}" />`);

    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(jsonLd ?? 'null')).toMatchObject({
      '@context': 'https://schema.org',
      name: GRAFANA.title,
      performer: [{ '@type': 'Person', name: 'David Kaltschmidt', affiliation: { name: 'Weaveworks' } }],
      recordedIn: { '@type': 'VideoObject', embedUrl: 'https://www.youtube-nocookie.com/embed/bfSMDERvkZY' },
    });
  }
});

test('the stylesheet comes inside the page: styled without a stylesheet request, and the policy lets it apply', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
  });
  for (const url of ['/', GRAFANA.path]) {
    await page.goto(url);
    await expect(heading(page)).toBeVisible();
    // The stylesheet sets the body's margin to 0; a blocked <style> leaves the browser's 8px.
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop), url).toBe('0px');
  }
  expect(stylesheets).toEqual([]);
});

test('the policy is the first thing in <head>, and pages need nothing inline but the language entry script', async ({ request }) => {
  const entryScript = `<script>${languageEntryScript('/')}</script>`;
  for (const url of ['/', GRAFANA.path, '/speakers/david-kaltschmidt', '/no/such/page', '/zh/', `/zh${GRAFANA.path}`, '/zh/no/such/page']) {
    const html = await (await request.get(url)).text();
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head.indexOf('Content-Security-Policy'), url).toBeLessThan(head.indexOf('<script'));
    // English pages can be entered by a reader who reads Chinese: the script, first after the
    // policy, sends them on before anything is painted. Chinese pages need none.
    const english = !url.startsWith('/zh/');
    expect(html.includes(entryScript), url).toBe(english);
    // Data scripts (JSON-LD, the page's slice of the catalog) are never executed.
    expect(html.replace(entryScript, ''), url).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/(ld\+)?json)[^>]*>/);
    expect(html, url).not.toMatch(/<[^>]+\sstyle=/);
  }
});

/**
 * Opens `url` with the app's scripts held back, notes the prerendered heading element, then lets
 * the app start. Hydration keeps that element; rendering afresh would replace it.
 */
async function openAndHydrate(page: Page, url: string): Promise<() => Promise<boolean>> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await expect(heading(page)).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { prerendered?: Element | null }).prerendered = document.querySelector('h1');
  });
  release();
  // Like every other test, act once the page has loaded; a click before the app has taken the
  // page over is the browser's alone and React resets the controlled checkbox when it hydrates.
  await page.waitForLoadState('load');
  return () => page.evaluate(() => document.querySelector('h1') === (window as unknown as { prerendered?: Element }).prerendered);
}

test('the catalog hydrates without a warning and its filters work', async ({ page }) => {
  const warnings = collectWarnings(page);
  const keptPrerenderedHeading = await openAndHydrate(page, '/');
  await expect(talks(page)).toHaveCount(11);
  await page.getByRole('checkbox', { name: /Alerting/ }).check();
  await expect(talks(page)).toHaveCount(3);
  await expect(page).toHaveURL(/\?topic=alerting$/);
  expect(await keptPrerenderedHeading()).toBe(true);
  expect(warnings).toEqual([]);
});

test('a talk page hydrates without a warning and its links work in the app', async ({ page }) => {
  const warnings = collectWarnings(page);
  const keptPrerenderedHeading = await openAndHydrate(page, GRAFANA.path);
  await expect(heading(page)).toHaveText(GRAFANA.title);
  expect(await keptPrerenderedHeading()).toBe(true);
  await page.getByRole('link', { name: /^← Back to The Prometheus talks/ }).click();
  await page.getByRole('checkbox', { name: /Alerting/ }).check();
  await expect(talks(page)).toHaveCount(3);
  expect(warnings).toEqual([]);
});

test('a page served for another URL is rendered afresh, not hydrated', async ({ page }) => {
  const warnings = collectWarnings(page);
  // Prerendered without a query: the list it holds is not the filtered one.
  await page.goto('/?topic=alerting');
  await expect(talks(page)).toHaveCount(3);
  await expect(page).toHaveTitle(/^The Prometheus talks/);
  await page.goto('/talks/nope');
  await expect(page.getByText('There is no talk with the id “nope”.')).toBeVisible();
  await expect(page).toHaveTitle('Page not found · KubeCon talk archive');
  expect(await page.locator('head title').count()).toBe(1);
  expect(warnings).toEqual([]);
});

test.describe('a reader whose browser is in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('is sent from an English URL to the Chinese page, which hydrates without a warning', async ({ page }) => {
    const warnings = collectWarnings(page);
    await page.goto('/');
    await expect(page).toHaveURL('/zh/');
    await expect(heading(page)).toContainText('Prometheus 演讲');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page).toHaveTitle(/KubeCon 演讲档案$/);
    await page.goto(`${GRAFANA.path}?topic=visualisation#video`);
    await expect(page).toHaveURL(`/zh${GRAFANA.path}?topic=visualisation#video`);
    await expect(heading(page)).toHaveText('Grafana 还不够：为 Prometheus 自制用户界面');
    expect(warnings).toEqual([]);
  });
});

test('a reader who chose Chinese is sent to the Chinese page; one who chose English is not', async ({ page, browser }) => {
  const warnings = collectWarnings(page);
  await page.addInitScript(() => {
    localStorage.setItem('talk-catalog:preferences', JSON.stringify({ state: { language: 'zh' }, version: 1 }));
  });
  await page.goto(GRAFANA.path);
  await expect(page).toHaveURL(`/zh${GRAFANA.path}`);
  await expect(heading(page)).toHaveText('Grafana 还不够：为 Prometheus 自制用户界面');
  expect(warnings).toEqual([]);

  const chinese = await browser.newContext({ locale: 'zh-CN', baseURL: test.info().project.use.baseURL });
  const english = await chinese.newPage();
  await english.addInitScript(() => {
    localStorage.setItem('talk-catalog:preferences', JSON.stringify({ state: { language: 'en' }, version: 1 }));
  });
  await english.goto(GRAFANA.path);
  await expect(heading(english)).toHaveText(GRAFANA.title);
  await expect(english).toHaveURL(GRAFANA.path);
  await chinese.close();
});

test.describe('the outline, fetched beside the bundle', () => {
  const OUTLINE_FILE = /\/assets\/outline-[\w-]+\.json$/;
  const CATALOG_FILE = /\/assets\/catalog-[\w-]+\.json$/;

  test('is requested once: the preloaded response is the one the app reads; the collection needs no more', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (OUTLINE_FILE.test(request.url()) || CATALOG_FILE.test(request.url())) requests.push(request.url());
    });
    await page.goto('/');
    await page.getByRole('checkbox', { name: /Alerting/ }).check();
    await expect(talks(page)).toHaveCount(3);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(OUTLINE_FILE);
  });

  test('when it fails, the page still reads, says what went wrong, and its links work', async ({ page, problems }) => {
    await page.route(OUTLINE_FILE, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(GRAFANA.path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The talk data could not be loaded');
    await expect(alert).toContainText('HTTP 503');
    await expect(heading(page)).toHaveText(GRAFANA.title);
    await page.getByRole('link', { name: /^← Back to The Prometheus talks/ }).click();
    await expect(page).toHaveURL('/');
    await expect(talks(page)).toHaveCount(11);
    // The failures this test caused, logged by the browser and the app; nothing else.
    const unexpected = problems.splice(0).filter((problem) => !/503|could not be loaded/.test(problem));
    expect(unexpected).toEqual([]);
  });
});

test('the prerendered summary stays in place while the page hydrates, also with a saved list', async ({ page }) => {
  await recordLayoutShifts(page);
  await page.addInitScript((key) => {
    localStorage.setItem(key, JSON.stringify({ state: { saved: ['grafana-is-not-enough'], watched: [] }, version: 2 }));
    const seen = { removed: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) if (node instanceof Element && node.matches('.catalog-summary')) seen.removed += 1;
      }
    }).observe(document, { childList: true, subtree: true });
  }, READER_LIST_KEY);
  await page.goto('/');
  const card = page.getByRole('article', { name: GRAFANA.title });
  // Hydrated, with the saved list read from storage after the prerendered (empty) one.
  await expect(card.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  const removed = () => page.evaluate(() => (window as unknown as { seen: { removed: number } }).seen.removed);
  // Read before the click: the filtered list that follows it moves the page, as it should, and on
  // a loaded machine it can land more than CLS's 500 ms after the input, so it would be counted.
  expect(await layoutShifts(page)).toEqual([]);
  expect(await removed()).toBe(0);
  // The summary's own code has arrived and enabled its topic buttons, without replacing the summary.
  await page.getByRole('figure', { name: 'Talks per topic' }).getByRole('button', { name: 'Storage' }).click();
  await expect(page).toHaveURL(/\?topic=storage$/);
  expect(await removed()).toBe(0);
});

test.describe('a page that arrives in pieces over a slow network', () => {
  // A page the browser painted before all of it had arrived moved as the rest came in (a result
  // count beside a button still on its way, the header's controls). index.html holds the first
  // paint until the parser reaches the footer; the pieces here are the ones the network gives.
  for (const viewport of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 800 },
  ]) {
    for (const url of ['/', '/zh/', '/talks', `/events/${front.event.id}`]) {
      test(`${url} on a ${viewport.name} is painted once and does not move`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await recordLayoutShifts(page);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 60 * 1024, uploadThroughput: 60 * 1024 });
        await page.goto(url);
        await expect(page.getByRole('searchbox')).toBeEnabled({ timeout: 20_000 });
        await page.waitForLoadState('networkidle');
        expect(await layoutShifts(page)).toEqual([]);
      });
    }
  }
});
