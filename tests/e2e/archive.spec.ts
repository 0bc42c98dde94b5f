// The archive as a reader uses it: finding a talk in either language, narrowing by event and
// project, and following a speaker across events. The facts come from the data the app was built
// with (catalog-facts.ts), so a corrected title does not break a test.
import type { Page } from '@playwright/test';
import { lookups } from '../../src/catalog/catalog-lookups';
import { archive } from './catalog-facts';
import { FIRST_SCREEN } from '../../src/catalog/page-data';
import { expect, test } from './fixtures';

const { talksByEvent, talksBySpeaker, eventById } = lookups(archive);

const cards = (page: Page) => page.getByRole('article');
const resultCount = (page: Page) => page.getByRole('heading', { level: 2, name: /^Showing/ });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search talks' });
const thousands = (n: number) => n.toLocaleString('en');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A talk of a 2019 event with a title in both languages, each found nowhere else in the archive.
const talk2019 = archive.talks.find((talk) => {
  const { en, zh } = talk.title;
  if (eventById.get(talk.event)?.year !== 2019 || en === undefined || zh === undefined) return false;
  return archive.talks.filter((other) => other.title.en === en || other.title.zh === zh).length === 1;
});
if (talk2019 === undefined) throw new Error('the archive has no 2019 talk with a title in both languages');

// The speaker who spoke at the most events.
const [traveller] = [...talksBySpeaker]
  .map(([id, talks]) => ({ id, talks, events: new Set(talks.map((t) => t.event)) }))
  .sort((a, b) => b.events.size - a.events.size || a.id.localeCompare(b.id));
if (traveller === undefined || traveller.events.size < 3) throw new Error('no speaker in the archive spoke at three events');

test('a reader finds a 2019 talk by its Chinese title and by its English title', async ({ page }) => {
  await page.goto('/talks');
  await expect(resultCount(page)).toHaveText(`Showing ${thousands(archive.talks.length)} of ${thousands(archive.talks.length)} talks`);
  for (const title of [talk2019.title.zh ?? '', talk2019.title.en ?? '']) {
    await searchBox(page).fill(title);
    await expect(page.getByRole('link', { name: talk2019.title.en, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: talk2019.title.en, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/talks/${talk2019.id}\\?`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(talk2019.title.en ?? '');
  await page.getByRole('link', { name: 'Back to all talks' }).click();
  await expect(searchBox(page)).toHaveValue(talk2019.title.en ?? '');
});

test('a reader narrows the archive to one event, then to one project, and the URL keeps the view', async ({ page }) => {
  const event = eventById.get(talk2019.event);
  if (event === undefined) throw new Error('the talk has no event');
  const atEvent = talksByEvent.get(event.id) ?? [];
  const prometheusAtEvent = atEvent.filter((talk) => talk.topics.includes('prometheus'));
  await page.goto('/talks');
  await page.getByRole('group', { name: 'Event' }).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(event.name.en ?? '')}`) }).check();
  await expect(resultCount(page)).toHaveText(`Showing ${thousands(atEvent.length)} of ${thousands(archive.talks.length)} talks`);
  await expect(page).toHaveURL(`/talks?event=${event.id}`);
  await page.getByRole('group', { name: 'Project' }).getByRole('checkbox', { name: /^Prometheus/ }).check();
  await expect(resultCount(page)).toHaveText(`Showing ${thousands(prometheusAtEvent.length)} of ${thousands(archive.talks.length)} talks`);
  await expect(page).toHaveURL(`/talks?event=${event.id}&project=prometheus`);
  await expect(cards(page)).toHaveCount(Math.min(FIRST_SCREEN, prometheusAtEvent.length));
  await page.reload();
  await expect(resultCount(page)).toHaveText(`Showing ${thousands(prometheusAtEvent.length)} of ${thousands(archive.talks.length)} talks`);
});

test('a speaker who spoke at several events has one page listing each of them', async ({ page }) => {
  const name = archive.speakers.find((speaker) => speaker.id === traveller.id)?.name ?? '';
  await page.goto(`/speakers/${encodeURIComponent(traveller.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  // One section per event, each headed by the event's name.
  for (const eventId of traveller.events) {
    await expect(page.getByRole('heading', { level: 2, name: eventById.get(eventId)?.name.en ?? eventId })).toBeVisible();
  }
  await expect(page.locator('.speaker-talks > li')).toHaveCount(traveller.talks.length);
});

test('the events index leads to each event, whose list has its own filters', async ({ page }) => {
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(archive.events.length + 1);
  const event = eventById.get(talk2019.event);
  await page.getByRole('link', { name: event?.name.en ?? '' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event?.name.en ?? '');
  const atEvent = talksByEvent.get(talk2019.event) ?? [];
  await expect(resultCount(page)).toHaveText(`Showing ${thousands(atEvent.length)} of ${thousands(atEvent.length)} talks`);
  await expect(page.getByRole('group', { name: 'Event' })).toHaveCount(0);
});

test('the front page leads to the archive and its main project in one click', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Prometheus: \d+ talks in the archive$/ }).click();
  await expect(page).toHaveURL('/talks?project=prometheus');
  const prometheus = archive.talks.filter((talk) => talk.topics.includes('prometheus')).length;
  await expect(resultCount(page)).toHaveText(`Showing ${thousands(prometheus)} of ${thousands(archive.talks.length)} talks`);
});
