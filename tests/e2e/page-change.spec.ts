// Moving to another page never shows an empty main area: the page the reader is on stays until the
// next one can show, even while the next page's code is still on its way.
import type { Page } from '@playwright/test';
import { front } from './catalog-facts';
import { expect, test } from './fixtures';

/**
 * Waits until the app has taken the page over: before that a click on a link is the browser's
 * own navigation to the next prerendered page. Saving a talk only works once it has.
 */
async function untilHydrated(page: Page): Promise<void> {
  const save = page.getByRole('button', { name: /Save for later/ }).first();
  await expect(async () => {
    if ((await save.getAttribute('aria-pressed')) !== 'true') await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
}

/** Counts the moments main holds no text, from now on. */
async function watchForBlankMain(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const main = document.querySelector('main');
    const record = window as unknown as { blankMoments: number };
    record.blankMoments = 0;
    if (main === null) return;
    new MutationObserver(() => {
      if (main.textContent.trim() === '') record.blankMoments += 1;
    }).observe(main, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { blankMoments: number }).blankMoments);
}

test('opening a talk whose page code is still loading keeps the list on screen until the talk shows', async ({ page }) => {
  // Hold the talk page's code back, as a slow network would.
  await page.route(/\/assets\/talk-page-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 6000));
    await route.continue();
  });
  await page.goto('/');
  await untilHydrated(page);
  const talk = front.talks[1];
  if (talk === undefined) throw new Error('the front page has fewer than two talks');
  const blankMoments = await watchForBlankMain(page);
  await page.getByRole('link', { name: talk.title.en, exact: true }).click();
  // While the code loads, the front page is still there.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(front.title.en);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(talk.title.en, { timeout: 15_000 });
  expect(await blankMoments()).toBe(0);
});

test('going back from a talk shows the list at once, with nothing blank in between', async ({ page }) => {
  await page.goto('/');
  await untilHydrated(page);
  const talk = front.talks[0];
  if (talk === undefined) throw new Error('the front page has no talk');
  await page.getByRole('link', { name: talk.title.en, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(talk.title.en);
  const blankMoments = await watchForBlankMain(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(front.title.en);
  expect(await blankMoments()).toBe(0);
});
