// Failures on the way to a page, in a real browser. A prerendered page whose embedded data is broken (cut short, or JSON of the wrong shape): the
// app cannot start, and says so in the page's language above the page, which still reads. No
// page error: every failure on the way to a started app ends in that notice (src/start-app.tsx).
import { expect, test } from './fixtures';
import { PAGE_DATA_ELEMENT_ID } from '../../src/catalog/page-data';

const TALK = '/talks/grafana-is-not-enough';
const NOTICE = { en: 'The talk data could not be loaded', zh: '演讲数据未能加载' } as const;
const PAGE_DATA = new RegExp(`(<script type="application/json" id="${PAGE_DATA_ELEMENT_ID}">)[^<]*(</script>)`);

for (const [language, path] of [
  ['en', TALK],
  ['zh', `/zh${TALK}`],
] as const) {
  for (const [broken, data] of [
    ['cut short', '{"talks":['],
    ['of the wrong shape', '{"talks":"none"}'],
  ] as const) {
    test(`${path} with its embedded data ${broken} says so in ${language} and still reads`, async ({ page, problems }) => {
      await page.route(path, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        expect(html, 'the page carries its data').toMatch(PAGE_DATA);
        await route.fulfill({ response, body: html.replace(PAGE_DATA, `$1${data}$2`) });
      });
      await page.goto(path);
      await expect(page.getByRole('alert')).toContainText(NOTICE[language]);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language === 'en' ? 'en' : 'zh-Hans');
      // The app logs what went wrong for whoever opens the console; nothing else may go wrong.
      const unexpected = problems.splice(0).filter((problem) => !problem.startsWith('console error:'));
      expect(unexpected).toEqual([]);
    });
  }
}

test('a page whose data fails once says so, and "Try again" shows it once the network is back', async ({ page, problems }) => {
  let requests = 0;
  await page.route('**/events/page-data.json', async (route) => {
    requests += 1;
    if (requests === 1) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong on this page');
  await expect(page.getByRole('alert')).toContainText('This page’s talks could not be loaded');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  expect(requests, 'one failed request, one on "Try again": no request per render while it fails').toBe(2);
  // The browser logs the aborted request; nothing else may go wrong.
  expect(problems.splice(0).filter((problem) => !problem.startsWith('console error:'))).toEqual([]);
});
