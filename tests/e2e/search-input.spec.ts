// Typing Chinese with a pinyin input method, as Chromium receives it: a composition of Latin
// letters, then the committed characters. Driven through the DevTools protocol's IME calls, the
// same events a real input method produces.
import { archive } from './catalog-facts';
import { expect, test } from './fixtures';

const total = archive.talks.length.toLocaleString('en');
const alerting = archive.talks.filter((talk) => talk.title.zh?.includes('告警')).length;

test('pinyin being composed filters nothing; the chosen characters do', async ({ page }) => {
  await page.goto('/talks');
  const box = page.getByRole('searchbox', { name: 'Search talks' });
  await box.click();
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['g', 'gao', "gao'jing"]) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await expect(box).toHaveValue("gao'jing");
  await expect(page.getByRole('heading', { level: 2, name: /^Showing/ })).toHaveText(`Showing ${total} of ${total} talks`);
  await expect(page).toHaveURL('/talks');

  await cdp.send('Input.insertText', { text: '告警' });
  await expect(box).toHaveValue('告警');
  expect(alerting).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 2, name: /^Showing/ })).not.toHaveText(`Showing ${total} of ${total} talks`);
  await expect(page).toHaveURL(/q=%E5%91%8A%E8%AD%A6/);
});

test('↓ in the search box goes to the first result, and Enter opens it', async ({ page }) => {
  await page.goto('/talks?q=prometheus');
  const box = page.getByRole('searchbox', { name: 'Search talks' });
  // The archive's talks arrive with the first search; the reader sees the results, then presses ↓.
  await expect(page.getByRole('heading', { level: 2, name: /^Showing \d+ of/ })).toBeVisible();
  await box.focus();
  await page.keyboard.press('ArrowDown');
  const first = page.getByRole('article').first().getByRole('heading', { level: 3 }).getByRole('link');
  await expect(first).toBeFocused();
  const title = (await first.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});
