import { readFile } from 'node:fs/promises';
import { front } from './catalog-facts';
import { expect, test } from './fixtures';

const card = (page: import('@playwright/test').Page, name: string | RegExp) => page.getByRole('article', { name });

test('the language switch opens the same page and query in the other language, which is remembered', async ({ page }) => {
  await page.goto('/talks/long-term-storage?from=archive');
  await expect(page).toHaveTitle(/Integrating Long-Term Storage with Prometheus/);
  await page.getByRole('link', { name: /中文/ }).click();
  await expect(page).toHaveURL('/zh/talks/long-term-storage?from=archive');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('为 Prometheus 集成长期存储');
  await expect(page).toHaveTitle(/为 Prometheus 集成长期存储 · KubeCon 演讲档案/);
  await expect(page.getByText('Integrating Long-Term Storage with Prometheus')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('2017年3月30日')).toBeVisible();
  // In-app links stay in Chinese.
  await page.getByRole('link', { name: '全部演讲' }).first().click();
  await expect(page).toHaveURL(/\/zh\/talks(\?|$)/);
  // Remembered: an English URL opened afresh leads to Chinese.
  await page.goto('/events');
  await expect(page).toHaveURL('/zh/events');
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL('/events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
});

test.describe('a Chinese browser on its first visit', () => {
  test.use({ locale: 'zh-CN' });
  test('gets the Chinese UI and Tencent Video first', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/zh/');
    await expect(page.getByRole('searchbox', { name: '搜索演讲' })).toBeVisible();
    const links = card(page, '用 Prometheus 计数').getByRole('link', { name: /腾讯视频|YouTube/ });
    await expect(links.first()).toContainText('腾讯视频');
  });
});

test('the video source preference is remembered and nothing loads from a video host before play', async ({ page }) => {
  const videoRequests: string[] = [];
  page.on('request', (request) => {
    if (/youtube|qq\.com/.test(request.url())) videoRequests.push(request.url());
  });
  await page.route(/youtube-nocookie\.com|v\.qq\.com/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>player</title>' }));
  await page.goto('/talks/configuring-prometheus-for-high-performance');
  await expect(page.getByRole('button', { name: 'Play here from YouTube' })).toBeVisible();
  await page.getByRole('radio', { name: /Tencent Video mirror/ }).check();
  await page.reload();
  await expect(page.getByRole('radio', { name: /Tencent Video mirror/ })).toBeChecked();
  expect(videoRequests).toEqual([]);
  await page.getByRole('button', { name: 'Play here from Tencent Video' }).click();
  await expect(page.locator('iframe')).toHaveAttribute('src', 'https://v.qq.com/txp/iframe/player.html?vid=e0748ks3mua&autoplay=1');
  await expect.poll(() => videoRequests.length).toBeGreaterThan(0);
  await page.goto('/');
  await expect(card(page, 'Counting with Prometheus').getByRole('link', { name: /Tencent Video|YouTube/ }).first()).toContainText('Tencent Video');
});

test('a saved talk is still saved after a reload and in a new tab, and the filters find it', async ({ page, context }) => {
  await page.goto('/');
  await card(page, 'Counting with Prometheus').getByRole('button', { name: 'Save for later' }).click();
  await card(page, 'Prometheus: The Unsung Heroes').getByRole('button', { name: 'Save for later' }).click();
  await card(page, 'Prometheus: The Unsung Heroes').getByRole('button', { name: 'Watched' }).click();
  await page.reload();
  await expect(card(page, 'Counting with Prometheus').getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  const tab = await context.newPage();
  await tab.goto('/?saved=1&unwatched=1');
  await expect(tab.getByRole('article')).toHaveCount(1);
  await expect(tab.getByRole('article')).toHaveAccessibleName('Counting with Prometheus');
  await tab.close();
});

test('export then import round-trips the list', async ({ page }, testInfo) => {
  await page.goto('/');
  await card(page, 'Counting with Prometheus').getByRole('button', { name: 'Save for later' }).click();
  await card(page, 'Integrating Long-Term Storage with Prometheus').getByRole('button', { name: 'Watched' }).click();
  await page.getByRole('button', { name: /My list: export/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const download = await downloading;
  const file = testInfo.outputPath('talk-list.json');
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
    format: 'talk-catalog/reader-list',
    version: 1,
    saved: ['counting-with-prometheus'],
    watched: ['long-term-storage'],
  });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(card(page, 'Counting with Prometheus').getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: /My list: export/ }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a list…' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByRole('status')).toContainText('Imported: 1 new saved, 1 new watched.');
  await expect(card(page, 'Counting with Prometheus').getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page, /Long-Term Storage/).getByRole('button', { name: 'Watched' })).toHaveAttribute('aria-pressed', 'true');
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('a shared list URL opens read-only for someone else', async ({ page, browser }) => {
    await page.goto('/');
    // A click before the app has taken the page over does nothing: the archive's data takes a
    // moment to arrive on a busy machine. Click until the first save holds.
    const first = card(page, 'Counting with Prometheus').getByRole('button', { name: 'Save for later' });
    await expect(async () => {
      if ((await first.getAttribute('aria-pressed')) !== 'true') await first.click();
      await expect(first).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
    }).toPass({ timeout: 20_000 });
    await card(page, /Monitor My Socks/).getByRole('button', { name: 'Save for later' }).click();
    await page.getByRole('button', { name: /My list: export/ }).click();
    await page.getByRole('button', { name: 'Copy a link to my saved talks' }).click();
    await expect(page.getByRole('status')).toContainText('Link copied');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/\/shared\?ids=counting-with-prometheus,monitor-my-socks$/);

    const someoneElse = await browser.newContext({ baseURL: page.url() });
    const other = await someoneElse.newPage();
    await other.goto(url);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('A shared list of talks');
    await expect(other.getByRole('article')).toHaveCount(2);
    await expect(other.getByRole('button', { name: 'Save for later' }).first()).toHaveAttribute('aria-pressed', 'false');
    await someoneElse.close();
  });
});

test('a speaker page lists the speaker’s talks', async ({ page }) => {
  await page.goto('/');
  await card(page, 'Counting with Prometheus').getByRole('link', { name: 'Brian Brazil' }).click();
  await expect(page).toHaveURL(/\/speakers\/brian-brazil$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brian Brazil');
  // His talks are grouped by event; both of the front page's are under Berlin's.
  await expect(page.getByText(/^\d+ talks? at \d+ events?\.$/)).toBeVisible();
  const berlin = page.getByRole('region', { name: front.event.name.en });
  await expect(berlin.getByRole('link', { name: 'Counting with Prometheus' })).toBeVisible();
  await page.getByRole('link', { name: 'Keynote: Prometheus: From Berlin to Bonanza' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keynote: Prometheus: From Berlin to Bonanza');
});

test('the dark theme follows the system and can be chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(18, 20, 23)');
  await page.getByRole('combobox', { name: 'Colour scheme' }).selectOption('light');
  await expect.poll(background).toBe('rgb(247, 247, 244)');
  await page.reload();
  await expect.poll(background).toBe('rgb(247, 247, 244)');
  await page.getByRole('combobox', { name: 'Colour scheme' }).selectOption('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe('rgb(18, 20, 23)');
});

test('keys: / searches, Esc clears, j/k move between talks, Enter opens', async ({ page }) => {
  await page.goto('/');
  // The shortcut listener is attached by an effect, which may run just after the load event.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search talks' })).toBeFocused({ timeout: 200 });
  }).toPass();
  await page.keyboard.type('alert');
  await expect(page.getByRole('article')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox', { name: 'Search talks' })).toHaveValue('');
  await expect(page.getByRole('article')).toHaveCount(11);
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect(page.getByRole('link', { name: 'Keynote: Prometheus: From Berlin to Bonanza' })).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: 'Alertmanager on Its Way to High Availability' })).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.getByRole('link', { name: 'Counting with Prometheus' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Counting with Prometheus');
});
