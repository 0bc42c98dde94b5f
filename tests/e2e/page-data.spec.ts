// A page carries what it shows (src/catalog/page-data.ts): a visit downloads the page, the code
// and the small outline, never the whole catalog. A search of the archive fetches pieces of its
// index and the cards it shows (src/archive-index/).
import type { Page, Request } from '@playwright/test';
import { lookups } from '../../src/catalog/catalog-lookups';
import { archive } from './catalog-facts';
import { FIRST_SCREEN } from '../../src/catalog/page-data';
import { expect, test } from './fixtures';

const { talksBySpeaker } = lookups(archive);

/** The data files the page asks for, by their kind: outline, whole catalog, page data, event list. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (/\/assets\/outline-[^/]+\.json$/.test(path)) seen.push('outline');
    else if (/\/assets\/catalog-[^/]+\.json$/.test(path)) seen.push('whole');
    else if (path.includes('/archive-index/')) seen.push(`index ${path.replace(/^.*\/archive-index\/[^/]+\//, '')}`);
    else if (path.endsWith('/page-data.json')) seen.push(`page-data ${path}`);
    else if (path.endsWith('/list.json')) seen.push(`list ${path}`);
  });
  return seen;
}

/** Holds the app's entry script back; the page is its prerendered HTML until the returned call. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

const resultCount = (page: Page) => page.getByRole('heading', { level: 2, name: /^Showing/ });
const thousands = (n: number) => n.toLocaleString('en');

test('a talk page and the archive load the outline, not the catalog', async ({ page }) => {
  const seen = dataRequests(page);
  const talk = archive.talks.at(-1);
  if (talk === undefined) throw new Error('the archive has no talks');
  await page.goto(`/talks/${talk.id}`, { waitUntil: 'networkidle' });
  await page.goto('/talks', { waitUntil: 'networkidle' });
  await expect(resultCount(page)).toHaveText(`Showing ${thousands(archive.talks.length)} of ${thousands(archive.talks.length)} talks`);
  expect(seen).toEqual(['outline', 'outline']);
});

test('searching the archive fetches pieces of its index and the cards shown, never the catalog', async ({ page }) => {
  const seen = dataRequests(page);
  await page.goto('/talks', { waitUntil: 'networkidle' });
  await page.getByRole('searchbox', { name: 'Search talks' }).fill('prometheus');
  await expect(resultCount(page)).not.toHaveText(/of .* of/);
  await expect(resultCount(page)).not.toHaveText(`Showing ${thousands(archive.talks.length)} of ${thousands(archive.talks.length)} talks`);
  // Best match first: a talk with the word in its title.
  await expect(page.getByRole('article').first().getByRole('heading', { level: 3 })).toContainText(/prometheus/i);
  expect(seen).not.toContain('whole');
  const index = seen.filter((kind) => kind.startsWith('index '));
  // The facets, the terms of "pr" (once), and at most one screen of cards.
  expect(index.filter((kind) => kind === 'index facets.json')).toHaveLength(1);
  expect(index.filter((kind) => kind.startsWith('index terms/'))).toEqual(['index terms/70-72.json']);
  const cards = index.filter((kind) => kind.startsWith('index cards/'));
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.length).toBeLessThanOrEqual(FIRST_SCREEN);
  expect(new Set(cards).size).toBe(cards.length);
});

test('what a reader types before the app has started is searched once it starts', async ({ page }) => {
  // Hold the app's code back until the reader has typed into the prerendered box.
  const release = await holdAppCode(page);
  await page.goto('/talks', { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Search talks' });
  await box.fill('prometheus');
  release();
  await expect(page.getByRole('article').first().getByRole('heading', { level: 3 })).toContainText(/prometheus/i);
  await expect(box).toHaveValue('prometheus');
  await expect(page).toHaveURL(/\?q=prometheus/);
});

test('moving to a speaker inside the app fetches that page’s data only', async ({ page }) => {
  const seen = dataRequests(page);
  const [speakerId, talks] = [...talksBySpeaker].find(([, list]) => list.length >= 2) ?? [];
  const first = talks?.[0];
  if (speakerId === undefined || first === undefined) throw new Error('no speaker with two talks');
  await page.goto(`/talks/${first.id}`, { waitUntil: 'networkidle' });
  const name = archive.speakers.find((s) => s.id === speakerId)?.name ?? '';
  await page.getByRole('link', { name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  expect(seen).toEqual(['outline', `page-data /speakers/${encodeURIComponent(speakerId)}/page-data.json`]);
});

test('controls that need the app are disabled until it has started; the search box is not', async ({ page }) => {
  const release = await holdAppCode(page);
  await page.goto('/', { waitUntil: 'commit' });
  const filter = page.getByRole('checkbox').first();
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  await expect(filter).toBeDisabled();
  await expect(sort).toBeDisabled();
  await expect(page.getByRole('button', { name: /Save for later/ }).first()).toBeDisabled();
  await expect(page.getByRole('searchbox', { name: 'Search talks' })).toBeEnabled();
  release();
  await expect(filter).toBeEnabled();
  await expect(sort).toBeEnabled();
});
