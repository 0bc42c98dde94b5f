import { expect, test } from './fixtures';

const results = (page: import('@playwright/test').Page) => page.getByRole('article');

test('a reader filters, searches, opens a talk and comes back to the same view', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Prometheus talks');
  await expect(results(page)).toHaveCount(11);

  await page.getByRole('checkbox', { name: /Alerting/ }).check();
  await expect(results(page)).toHaveCount(3);
  await expect(page).toHaveURL(/\?topic=alerting$/);

  await page.getByRole('searchbox', { name: 'Search talks' }).fill('calcote');
  await expect(results(page)).toHaveCount(1);
  await expect(page).toHaveURL(/q=calcote/);

  await page.getByRole('link', { name: 'Understanding and Extending Prometheus AlertManager' }).click();
  await expect(page).toHaveURL(/\/talks\/understanding-and-extending-alertmanager\?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Understanding and Extending Prometheus AlertManager');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  const youtube = page.getByRole('link', { name: /^YouTube/ });
  await expect(youtube).toHaveAttribute('href', 'https://www.youtube.com/watch?v=jpb6fLQOgn4');
  await expect(youtube).toHaveAttribute('target', '_blank');
  await expect(youtube).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByRole('link', { name: /Tencent Video mirror/ })).toHaveAttribute(
    'href',
    'https://v.qq.com/x/page/o0745baq6vf.html',
  );
  await expect(page.getByRole('region', { name: 'Slides' }).getByRole('link', { name: /^SlideShare/ })).toHaveAttribute(
    'href',
    'https://www.slideshare.net/leecalcote/understanding-and-extending-prometheus-alertmanager',
  );

  await page.getByRole('link', { name: /^← Back to The Prometheus talks/ }).click();
  await expect(page.getByRole('checkbox', { name: /Alerting/ })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search talks' })).toHaveValue('calcote');
  await expect(results(page)).toHaveCount(1);
});

test('back and forward walk through filter changes, and typing makes one entry', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: /Storage/ }).check();
  await page.getByRole('checkbox', { name: /Advanced/ }).check();
  await expect(page).toHaveURL(/\?topic=storage&level=advanced$/);
  await page.getByRole('searchbox', { name: 'Search talks' }).pressSequentially('long', { delay: 20 });
  await expect(page).toHaveURL(/q=long/);
  await expect(results(page)).toHaveCount(1);

  await page.goBack();
  await expect(page).toHaveURL(/\?topic=storage&level=advanced$/);
  await expect(page.getByRole('searchbox', { name: 'Search talks' })).toHaveValue('');
  await page.goBack();
  await expect(page).toHaveURL(/\?topic=storage$/);
  await expect(page.getByRole('checkbox', { name: /Advanced/ })).not.toBeChecked();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /Advanced/ })).toBeChecked();
});

test('a deep link reloads to the same page', async ({ page }) => {
  await page.goto('/talks/long-term-storage?topic=storage');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integrating Long-Term Storage with Prometheus');
  await page.goto('/?q=brazil&level=keynote');
  await page.reload();
  await expect(results(page)).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Search talks' })).toHaveValue('brazil');
});

test('an unknown address shows the not-found page with a way home', async ({ page }) => {
  for (const url of ['/talks/not-a-talk', '/no/such/page', '/?topic=bogus&level=%E0%A4%A']) {
    await page.goto(url);
    if (url.startsWith('/?')) {
      await expect(results(page)).toHaveCount(11);
      continue;
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  }
  await page.goto('/no/such/page');
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(results(page)).toHaveCount(11);
});

test('the empty state resets every filter in one click', async ({ page }) => {
  await page.goto('/?q=kafka');
  await expect(page.getByText('No talk matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(results(page)).toHaveCount(11);
  await expect(page).toHaveURL(/\/$/);
});
