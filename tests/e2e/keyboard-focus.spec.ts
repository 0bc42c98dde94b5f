// Where focus goes for a keyboard reader: it stays on screen in a short window, the j/k cursor
// picks up where the reader left off after Back, and "Play here" hands focus to the player.
// Only page.keyboard drives the page.
import type { Page } from '@playwright/test';
import { front, talkTitle } from './catalog-facts';
import { expect, test } from './fixtures';

const search = (page: Page) => page.getByRole('searchbox', { name: 'Search talks' });
const titleLink = (page: Page, id: string) =>
  page.getByRole('article', { name: talkTitle(id), exact: true }).getByRole('link', { name: talkTitle(id), exact: true });

/** Waits until the app has taken over the prerendered page (its shortcut listener is attached). */
async function shortcutsReady(page: Page): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(search(page)).toBeFocused({ timeout: 250 });
  }).toPass();
  await page.keyboard.press('Escape');
  await expect(search(page)).not.toBeFocused();
}

test('in a window shorter than the filters, every filter Tab reaches is on screen', async ({ page }) => {
  // Wide enough for the two-column layout, where the filter column is sticky.
  await page.setViewportSize({ width: 1200, height: 480 });
  await page.goto('/');
  await shortcutsReady(page);
  const controls = page.locator('.catalog-controls');
  const { content, window } = await controls.evaluate((element) => ({ content: element.scrollHeight, window: innerHeight }));
  expect(content, 'the filters are taller than the window (else this test proves nothing)').toBeGreaterThan(window);

  await search(page).focus();
  const checkboxes = await page.getByRole('checkbox').count();
  let seen = 0;
  for (let presses = 0; presses < 80 && seen < checkboxes; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const inFilters = await focused.evaluate((element) => element.closest('.catalog-controls') !== null);
    if (!inFilters) break;
    const name = await focused.evaluate((element) => (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : element.textContent)?.trim());
    await expect(focused, `"${name ?? ''}" is in view when it has focus`).toBeInViewport({ ratio: 1 });
    if ((await focused.getAttribute('type')) === 'checkbox') seen += 1;
  }
  expect(seen, 'Tab went through every filter').toBe(checkboxes);
});

test('after Back, j moves on from the talk the reader opened', async ({ page }) => {
  const [first, second, third, fourth] = front.talks.map((talk) => talk.id);
  if (first === undefined || second === undefined || third === undefined || fourth === undefined) throw new Error('need four talks');
  await page.goto('/');
  await shortcutsReady(page);
  for (const id of [first, second, third]) {
    await page.keyboard.press('j');
    await expect(titleLink(page, id)).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(talkTitle(third));

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(front.title.en);
  await page.keyboard.press('j');
  await expect(titleLink(page, fourth), 'j goes on to the talk after the one opened').toBeFocused();
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(titleLink(page, second)).toBeFocused();
});

test('"Play here" puts focus on the player, not on the page body', async ({ page }) => {
  const talk = front.talks[0];
  if (talk === undefined) throw new Error('need a talk');
  // The video hosts are stubbed (the most recent route wins over the fixture's refusal).
  await page.route(/^https:\/\/(www\.youtube-nocookie\.com|v\.qq\.com)\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title><button>pause</button>' }),
  );
  await page.goto(`/talks/${talk.id}`);
  const play = page.getByRole('button', { name: 'Play here from YouTube' });
  await expect(play).toBeEnabled();
  await play.focus();
  await page.keyboard.press('Enter');
  const player = page.locator('iframe');
  await expect(player).toHaveAttribute('title', `YouTube player: ${talk.title.en}`);
  await expect(player, 'focus lands on the player').toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});
