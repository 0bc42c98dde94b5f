// Layout defects only a real browser shows (issue 15, point 11), measured on the built pages at a
// phone's and a desktop's width, in both languages.
import type { Locator, Page } from '@playwright/test';
import { PREFERENCES_KEY, preferencesValue } from './catalog-facts';
import { expect, test } from './fixtures';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

async function open(page: Page, url: string, language: 'en' | 'zh') {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PREFERENCES_KEY, preferencesValue({ language })] as const);
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? 'zh-Hans' : 'en');
}

type BarRow = { label: string; value: string; track: number; fill: number };

/** Each row of a summary figure: its label, its value as shown, and its bar's track and fill in pixels. */
const barRows = (figure: Locator): Promise<BarRow[]> =>
  figure.locator('li').evaluateAll((rows) =>
    rows.map((row) => ({
      label: row.querySelector('.summary-label')?.textContent ?? '',
      value: row.querySelector('.summary-value')?.textContent ?? '',
      track: row.querySelector('.bar-track')?.getBoundingClientRect().width ?? 0,
      fill: row.querySelector('.bar-fill')?.getBoundingClientRect().width ?? 0,
    })),
  );

/** The first number a value shows ("1,234 of 2,000" → 1234). */
const firstNumber = (text: string) => Number(/[\d,]+/.exec(text)?.[0].replace(/,/g, '') ?? Number.NaN);

for (const viewport of VIEWPORTS) {
  for (const language of ['en', 'zh'] as const) {
    test.describe(`on a ${viewport.name} in ${language}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test('a summary bar’s length follows its value alone, whatever its label', async ({ page }) => {
        await open(page, '/', language);
        const figures = page.locator('.catalog-summary figure');
        await expect(figures).toHaveCount(2);
        for (const figure of await figures.all()) {
          const rows = await barRows(figure);
          expect(rows.length).toBeGreaterThan(1);
          // One scale per figure: every track as long as the first, so the fills compare.
          const track = rows[0]?.track ?? 0;
          expect(track).toBeGreaterThan(40);
          for (const row of rows) expect(row.track, `the bar of “${row.label}”`).toBeCloseTo(track, 0);
          // And a longer fill means a larger value.
          const byValue = [...rows].sort((a, b) => firstNumber(a.value) - firstNumber(b.value));
          for (let i = 1; i < byValue.length; i += 1) {
            expect(byValue[i]?.fill ?? 0, `“${byValue[i]?.label ?? ''}” against “${byValue[i - 1]?.label ?? ''}”`).toBeGreaterThanOrEqual(
              (byValue[i - 1]?.fill ?? 0) - 0.5,
            );
          }
        }
      });

      test('the chips of a talk sit on one baseline', async ({ page }) => {
        await open(page, '/', language);
        await expect(page.getByRole('article').first()).toBeVisible();
        // A zero-size inline block's bottom edge is its line's baseline.
        const rows = await page.locator('.tags').evaluateAll((lists) =>
          lists.map((list) =>
            [...list.children].map((chip) => {
              const probe = document.createElement('span');
              probe.style.display = 'inline-block';
              chip.prepend(probe);
              const box = chip.getBoundingClientRect();
              const baseline = probe.getBoundingClientRect().bottom;
              probe.remove();
              return { text: chip.textContent, row: Math.round(box.top / 4), baseline, height: box.height };
            }),
          ),
        );
        expect(rows.some((chips) => chips.length > 2)).toBe(true);
        for (const chips of rows) {
          for (const chip of chips) {
            const first = chips.find((other) => Math.abs(other.row - chip.row) <= 2) ?? chip;
            expect(chip.baseline, `“${chip.text}” beside “${first.text}”`).toBeCloseTo(first.baseline, 0);
            expect(chip.height, `“${chip.text}” beside “${first.text}”`).toBeCloseTo(first.height, 0);
          }
        }
      });

      test('a cover banner’s words are shown whole', async ({ page }) => {
        await open(page, '/', language);
        await expect(page.getByRole('article').first()).toBeVisible();
        const clipped = await page.locator('.talk-cover *:not(svg, svg *)').evaluateAll((elements) =>
          elements
            .filter((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)
            .map((element) => element.textContent),
        );
        expect(clipped).toEqual([]);
      });
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the summary’s topics promise no filtered view the page cannot show', async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('figure', { name: 'Talks per topic' });
    await expect(chart.getByText('Storage', { exact: true })).toBeVisible();
    await expect(chart.getByRole('link')).toHaveCount(0);
    await expect(chart.getByRole('button', { name: 'Storage' })).toBeDisabled();
  });
});
