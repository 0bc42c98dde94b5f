// Keyboard only: every control is reached with Tab in reading order, works with Space or Enter,
// and shows where focus is. The shortcuts (/, Esc, j/k, ↓/↑) move focus as the hint promises.
// Nothing is clicked: page.keyboard is the only input.
import type { Locator, Page } from '@playwright/test';
import { facetOptions } from '../../src/talks/filter-options';
import { frontScope } from '../../src/talks/list-scope';
import { archive, front, TALK_COUNT, talkTitle } from './catalog-facts';
import { FIRST_SCREEN } from '../../src/catalog/page-data';
import { expect, test } from './fixtures';

type Focused = { description: string; indicator: boolean };

/** What has focus, and whether it is drawn: an outline that is not none/zero/transparent, or a box shadow. */
function focusedElement(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    // Focus inside the video player belongs to the player's own page (YouTube, Tencent), which draws it.
    if (element instanceof HTMLIFrameElement) return { description: `<iframe> ${element.title}`, indicator: true };
    const style = getComputedStyle(element);
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name = (element.getAttribute('aria-label') ?? (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : element.textContent) ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
    return { description: `<${element.tagName.toLowerCase()}${element.getAttribute('type') ? ` type=${element.getAttribute('type') ?? ''}` : ''}> ${name}`, indicator: outline || shadow };
  });
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab until `target` has focus, checking that every element focused on the way shows a
 * focus indicator. Fails if the target is not reached within `limit` presses.
 */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  const passed: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (focused !== null) {
      passed.push(focused.description);
      expect(focused.indicator, `a visible focus indicator on ${focused.description}`).toBe(true);
    }
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab did not reach ${target.toString()} within ${limit} presses; focus went through:\n  ${passed.join('\n  ')}`);
}

const card = (page: Page, id: string) => page.getByRole('article', { name: talkTitle(id), exact: true });
const resultCount = (page: Page, shown: number) =>
  page.getByRole('heading', { level: 2, name: `Showing ${shown} of ${TALK_COUNT} talks`, exact: true });
const VIDEO_HOST = /^https:\/\/(www\.youtube-nocookie\.com|v\.qq\.com)\//;

test('Tab reaches every control of the catalog in order, and Space and Enter work them', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');

  // The skip link comes first, shows itself, and takes focus to the main content.
  const skipLink = page.getByRole('link', { name: 'Skip to content' });
  await page.keyboard.press('Tab');
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  expect((await focusedElement(page))?.indicator, 'the skip link shows focus').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // From the top again: the header's controls, then the search and the filters.
  await page.goto('/');
  await tabTo(page, skipLink, 1);
  await tabTo(page, page.getByRole('combobox', { name: 'Colour scheme' }));
  await tabTo(page, page.getByRole('link', { name: /English|中文/ }));
  await tabTo(page, page.getByRole('searchbox', { name: 'Search talks' }));
  await tabTo(page, page.getByRole('combobox', { name: 'Sort by' }));

  const checkboxes = page.getByRole('checkbox');
  const filterCount = await checkboxes.count();
  const scope = frontScope(archive);
  const offered = facetOptions(archive, scope.talks, scope.without).reduce((n, options) => n + options.values.length, 0);
  expect(filterCount, 'every option the front page offers').toBe(offered);
  for (let i = 0; i < filterCount; i += 1) {
    const checkbox = checkboxes.nth(i);
    await tabTo(page, checkbox);
    const label = (await checkbox.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '')).trim();
    const matching = Number(/(\d+)$/.exec(label)?.[1] ?? Number.NaN);
    await page.keyboard.press('Space');
    await expect(checkbox, label).toBeChecked();
    await expect(resultCount(page, matching), `checking "${label}" shows its ${matching} talks`).toBeVisible();
    await expect(checkbox, 'focus stays on the checkbox as the list changes').toBeFocused();
    await page.keyboard.press('Space');
    await expect(checkbox, label).not.toBeChecked();
    await expect(resultCount(page, TALK_COUNT)).toBeVisible();
  }

  const listTools = page.getByRole('button', { name: 'My list: export, import, share, copy' });
  await tabTo(page, listTools);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Close my list tools' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'My list', exact: true })).toBeVisible();

  for (const talk of front.talks) {
    const talkCard = card(page, talk.id);
    await tabTo(page, talkCard.getByRole('link', { name: talk.title.en, exact: true }));
    for (const speaker of talk.speakers) await tabTo(page, talkCard.getByRole('link', { name: speaker.name, exact: true }));
    await tabTo(page, talkCard.getByRole('link', { name: /^YouTube/ }));
    await tabTo(page, talkCard.getByRole('link', { name: /^Tencent Video/ }));
    for (const name of ['Save for later', 'Watched']) {
      const toggle = talkCard.getByRole('button', { name, exact: true });
      await tabTo(page, toggle);
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await page.keyboard.press('Space');
      await expect(toggle, `Space presses "${name}" on ${talk.id}`).toHaveAttribute('aria-pressed', 'true');
      await page.keyboard.press('Space');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    }
  }

  // Every talk fits on the first page (FIRST_SCREEN a page), so there is nothing more to show.
  const showMore = page.getByRole('button', { name: /^Show \d+ more/ });
  if (TALK_COUNT <= FIRST_SCREEN) await expect(showMore).toHaveCount(0);
  else await tabTo(page, showMore);
});

test('/ focuses the search from anywhere, Esc clears it, j/k and ↓/↑ walk the cards, Enter opens one', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search talks' });
  const titleLink = (id: string) => card(page, id).getByRole('link', { name: talkTitle(id), exact: true });
  const [first, second, third] = front.talks.map((talk) => talk.id);
  const last = front.talks.at(-1)?.id;
  if (first === undefined || second === undefined || third === undefined || last === undefined) throw new Error('need three talks');

  // The shortcuts listen once the app has taken over the prerendered page: retry the first press until then.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(search).toBeFocused({ timeout: 250 });
  }).toPass();
  await page.keyboard.type('brazil');
  await expect(search).toHaveValue('brazil');
  await expect(resultCount(page, 2)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(resultCount(page, TALK_COUNT)).toBeVisible();
  await expect(search, 'the first Esc only clears').toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search, 'a second Esc leaves the empty search').not.toBeFocused();

  await page.keyboard.press('j');
  await expect(titleLink(first)).toBeFocused();
  expect((await focusedElement(page))?.indicator, 'a card link reached by j shows focus').toBe(true);
  await page.keyboard.press('j');
  await expect(titleLink(second)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(titleLink(third)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(titleLink(second)).toBeFocused();
  await page.keyboard.press('k');
  await expect(titleLink(first)).toBeFocused();
  await page.keyboard.press('k');
  await expect(titleLink(first), 'k on the first card stays there').toBeFocused();

  // From a button inside a card, "/" still finds the search, and j moves on from that card.
  await page.keyboard.press('Tab');
  await expect(card(page, first).getByRole('link', { name: front.talks[0]?.speakers[0]?.name ?? '', exact: true })).toBeFocused();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await expect(search, 'the "/" is not typed into the search').toHaveValue('');
  await page.keyboard.press('Escape');
  await page.keyboard.press('k');
  await expect(titleLink(last), 'k from outside the list starts at the last card').toBeFocused();

  await page.keyboard.press('k');
  await expect(titleLink(front.talks.at(-2)?.id ?? '')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/talks/${front.talks.at(-2)?.id ?? ''}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(talkTitle(front.talks.at(-2)?.id ?? ''));
  await expect(page.getByRole('heading', { level: 1 }), 'the new page announces itself').toBeFocused();
});

test('the talk page: back link, play on request, source radios with arrows, previous and next', async ({ page }) => {
  const index = 1;
  const talk = front.talks[index];
  const previous = front.talks[index - 1];
  const next = front.talks[index + 1];
  if (!talk || !previous || !next) throw new Error('need a talk with neighbours');

  // The video hosts are stubbed for this test (most recent route wins over the fixture's refusal).
  const videoRequests: string[] = [];
  page.on('request', (request) => {
    if (VIDEO_HOST.test(request.url())) videoRequests.push(request.url());
  });
  await page.route(VIDEO_HOST, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title>' }));

  await page.goto(`/talks/${talk.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(talk.title.en);
  await tabTo(page, page.getByRole('link', { name: 'Skip to content' }), 1);
  await tabTo(page, page.getByRole('link', { name: /^← Back to The Prometheus talks/ }));
  await tabTo(page, page.getByRole('button', { name: 'Save for later', exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Save for later', exact: true })).toHaveAttribute('aria-pressed', 'true');

  const play = page.getByRole('button', { name: 'Play here from YouTube' });
  await tabTo(page, play);
  expect(videoRequests, 'no video host is contacted before the reader presses play').toEqual([]);
  await page.keyboard.press('Enter');
  const player = page.locator('iframe');
  await expect(player).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?/);
  await expect(player).toHaveAttribute('title', `YouTube player: ${talk.title.en}`);
  await expect(play).toHaveCount(0);

  const youtube = page.getByRole('radio', { name: 'YouTube' });
  const tencent = page.getByRole('radio', { name: /^Tencent Video mirror/ });
  await tabTo(page, youtube);
  await expect(youtube).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(tencent).toBeChecked();
  await expect(tencent, 'focus follows the arrow key').toBeFocused();
  await expect(player).toHaveAttribute('src', /^https:\/\/v\.qq\.com\/txp\/iframe\/player\.html\?vid=\w+/);
  await page.keyboard.press('ArrowUp');
  await expect(youtube).toBeChecked();
  await expect(youtube).toBeFocused();
  await expect(player).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\//);

  await tabTo(page, page.getByRole('link', { name: new RegExp(`Previous talk.*${escapeRegExp(previous.title.en)}`) }));
  const nextLink = page.getByRole('link', { name: new RegExp(`Next talk.*${escapeRegExp(next.title.en)}`) });
  await tabTo(page, nextLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/talks/${next.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.title.en);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(videoRequests.every((url) => /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|v\.qq\.com\/txp\/iframe\/)/.test(url)), videoRequests.join('\n')).toBe(true);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
