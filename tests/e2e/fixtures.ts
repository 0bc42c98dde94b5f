// Every end-to-end test fails on a page error, a console error, or a request that leaves
// localhost: the catalog must work without reaching any third party until the reader asks.
import { test as base, expect } from '@playwright/test';

type Fixtures = { problems: string[] };

export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      // Tests never reach the internet: anything not served by the preview server is refused.
      await page.route(/^(?!http:\/\/(127\.0\.0\.1|localhost)[:/])/, async (route) => {
        problems.push(`external request: ${route.request().url()}`);
        await route.abort();
      });
      await use(problems);
      expect(problems, 'page errors, console errors or external requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
