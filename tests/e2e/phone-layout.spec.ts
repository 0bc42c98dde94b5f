// A phone shows talks on its first screen (issue 15, point 2): on the front page and the archive,
// in both languages, the summary and the filters fold away, the search box sits right above the
// results, and a topic tapped in the summary shows its talks. The desktop keeps its open filters.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { layoutShifts, recordLayoutShifts } from './layout-shifts';

const PHONE = { width: 390, height: 844 };
const KEYBOARD_TOP = PHONE.height / 2;

const PAGES = [
  { url: '/', language: 'en' },
  { url: '/talks', language: 'en' },
  { url: '/zh/', language: 'zh' },
  { url: '/zh/talks', language: 'zh' },
] as const;

const WORDS = {
  en: { fold: /^Filter and sort/, folded: 'Filter and sort', two: 'Filter and sort (2)', slides: /^Has slides/, group: 'Video and slides', count: /^Showing \d+ of /, empty: 'No talk matches these filters.' },
  zh: { fold: /^筛选与排序/, folded: '筛选与排序', two: '筛选与排序（2）', slides: /^有幻灯片/, group: '视频与幻灯片', count: /^共 [\d,]+ 场，显示/, empty: '没有符合这些条件的演讲。' },
} as const;

const filterToggle = (page: Page, language: 'en' | 'zh') => page.locator('summary').filter({ hasText: WORDS[language].fold });
const firstTitle = (page: Page) => page.getByRole('article').first().getByRole('heading', { level: 3 });
const resultCount = (page: Page) => page.getByRole('heading', { level: 2, name: /^Showing|^共/ });

/** Waits until the app runs: its controls are disabled until then. */
async function hydrated(page: Page) {
  await expect(page.getByRole('searchbox')).toBeEnabled();
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  for (const { url, language } of PAGES) {
    test.describe(url, () => {
      test('the first talk’s title is on the first screen', async ({ page }) => {
        await page.goto(url);
        await hydrated(page);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        await expect(firstTitle(page)).toBeInViewport({ ratio: 1 });
        await expect(resultCount(page)).toBeInViewport({ ratio: 1 });
      });

      test('the filters fold into a control, closed, that the keyboard opens and closes', async ({ page }) => {
        await page.goto(url);
        await hydrated(page);
        const toggle = filterToggle(page, language);
        await expect(toggle).toHaveText(WORDS[language].folded);
        const slides = page.getByRole('checkbox', { name: WORDS[language].slides });
        await expect(slides).toBeHidden();
        // Right after the search box in the keyboard's order, as on screen.
        await page.getByRole('searchbox').focus();
        await page.keyboard.press('Tab');
        await expect(toggle).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(slides).toBeVisible();
        await expect(page.getByRole('group', { name: WORDS[language].group })).toBeVisible();
        await page.keyboard.press('Space');
        await expect(slides).toBeHidden();
      });

      test('the folded control says how many filters are on', async ({ page }) => {
        await page.goto(`${url}?project=prometheus&slides=1`);
        await hydrated(page);
        const toggle = filterToggle(page, language);
        await expect(toggle).toHaveText(WORDS[language].two);
        await toggle.click();
        await page.getByRole('checkbox', { name: WORDS[language].slides }).uncheck();
        await expect(toggle).toContainText(/[(（]1[)）]$/);
      });

      test('the search box sits right above the results, which stay above the keyboard while typing', async ({ page }) => {
        await page.goto(url);
        await hydrated(page);
        const box = page.getByRole('searchbox');
        const boxTop = (await box.boundingBox())?.y ?? Number.NaN;
        const countTop = (await resultCount(page).boundingBox())?.y ?? Number.NaN;
        // The fold's toggle between them, nothing taller.
        expect(countTop - boxTop).toBeGreaterThan(0);
        expect(countTop - boxTop).toBeLessThan(150);
        await box.click();
        await box.pressSequentially('prometheus');
        await expect(resultCount(page)).toHaveText(WORDS[language].count);
        // A phone's keyboard covers the lower half of the screen: the box, the count and the first
        // result's title must be in the upper half.
        for (const target of [box, resultCount(page), firstTitle(page)]) {
          await expect(target).toBeInViewport({ ratio: 1 });
          const bottom = await target.evaluate((element) => element.getBoundingClientRect().bottom);
          expect(bottom).toBeLessThanOrEqual(KEYBOARD_TOP);
        }
        // A search that finds nothing leaves a short page: the box stays where it was all the same.
        const topWhileTyping = await box.evaluate((element) => element.getBoundingClientRect().top);
        await box.pressSequentially('qqxqq');
        await expect(page.getByText(WORDS[language].empty)).toBeVisible();
        expect(await box.evaluate((element) => element.getBoundingClientRect().top)).toBe(topWhileTyping);
      });

      test('nothing moves while the page loads and the app takes it over', async ({ page }) => {
        await recordLayoutShifts(page);
        await page.goto(url);
        await hydrated(page);
        // Long enough for the summary's code and the idle prefetches to have arrived.
        await page.waitForLoadState('networkidle');
        expect(await layoutShifts(page)).toEqual([]);
      });
    });
  }

  test.describe('the summary', () => {
    test.use({ hasTouch: true });

    for (const { url, language, topic, shown } of [
      { url: '/', language: 'en', topic: 'Storage', shown: /^Showing 2 of 11 talks$/ },
      { url: '/zh/', language: 'zh', topic: '存储', shown: /^共 11 场，显示 2 场$/ },
    ] as const) {
      test(`is folded too, and a topic tapped in it shows its talks (${language})`, async ({ page }) => {
        await page.goto(url);
        await hydrated(page);
        const fold = page.locator('summary').filter({ hasText: language === 'en' ? 'The catalog at a glance' : '目录概览' });
        const topicButton = page.getByRole('button', { name: topic, exact: true });
        await expect(topicButton).toBeHidden();
        await fold.tap();
        await topicButton.tap();
        await expect(page).toHaveURL(/\?topic=storage$/);
        // The summary folds away and the filtered list is on screen, the count saying so.
        await expect(topicButton).toBeHidden();
        await expect(fold).toBeFocused();
        await expect(resultCount(page)).toHaveText(shown);
        await expect(resultCount(page)).toBeInViewport({ ratio: 1 });
        await expect(firstTitle(page)).toBeInViewport();
        await expect(filterToggle(page, language)).toContainText(/[(（]1[)）]$/);
      });
    }
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const { url, language } of PAGES) {
    test(`${url} shows its filters and order open, with no fold to open`, async ({ page }) => {
      await page.goto(url);
      await hydrated(page);
      await expect(page.getByRole('checkbox', { name: WORDS[language].slides })).toBeVisible();
      await expect(page.getByRole('combobox', { name: language === 'en' ? 'Sort by' : '排序' })).toBeVisible();
      await expect(filterToggle(page, language)).toBeHidden();
      if (url === '/' || url === '/zh/') await expect(page.getByRole('figure', { name: language === 'en' ? 'Talks per topic' : '各话题演讲数' })).toBeVisible();
    });
  }
});
