// Without JavaScript, links that promise a filtered view deliver it or are not links (issue 15,
// point 9). The archive is prerendered unfiltered, so the front page's "Prometheus: 69 talks in the
// archive" is words until the app runs; the link to the whole archive stays a link.
import { expect, test } from './fixtures';

for (const { url, project, browse, archiveHeading } of [
  { url: '/', project: /^Prometheus: [\d,]+ talks in the archive$/, browse: /^Browse all [\d,]+ talks in the archive$/, archiveHeading: 'All talks' },
  { url: '/zh/', project: /^Prometheus：档案中共 [\d,]+ 场演讲$/, browse: /^浏览档案中的全部 [\d,]+ 场演讲$/, archiveHeading: '全部演讲' },
] as const) {
  test.describe(`the front page ${url}`, () => {
    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('links to no filtered view of the archive, and says how many talks a project has', async ({ page }) => {
        await page.goto(url);
        await expect(page.getByText(project)).toBeVisible();
        await expect(page.getByRole('link', { name: project })).toHaveCount(0);
        // No link anywhere on the page leads to a view of the archive its static page cannot show.
        await expect(page.locator('a[href*="/talks?"]')).toHaveCount(0);
        await page.getByRole('link', { name: browse }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(archiveHeading);
      });
    });

    test('once the app runs, the project is a link to the archive filtered by it', async ({ page }) => {
      await page.goto(url);
      const link = page.getByRole('link', { name: project });
      await expect(link).toHaveAttribute('href', /\/talks\?project=prometheus$/);
      await link.click();
      await expect(page).toHaveURL(/\/talks\?project=prometheus$/);
      await expect(page.getByRole('checkbox', { name: /^Prometheus\s*[\d,]+$/ })).toBeChecked();
    });
  });
}
