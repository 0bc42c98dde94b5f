// The folds a phone shows around the filters and the summary (laid out in Chromium:
// tests/e2e/phone-layout.spec.ts); here, what their toggles say.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { filter, renderApp } from './render-app';

const toggle = (text: string) => screen.getByText(text, { selector: 'summary' });

describe('the fold around the order and the filters', () => {
  it('says how many filters are on, and follows them', async () => {
    const { user } = await renderApp('/talks?project=prometheus&slides=1');
    expect(toggle('Filter and sort (2)')).toBeInTheDocument();
    await user.click(filter('Has slides'));
    expect(toggle('Filter and sort (1)')).toBeInTheDocument();
    await user.click(filter('Prometheus'));
    expect(toggle('Filter and sort')).toBeInTheDocument();
  });

  it('says it in Chinese, with Chinese parentheses', async () => {
    await renderApp('/zh/talks?project=prometheus&video=tencent&slides=1');
    expect(toggle('筛选与排序（3）')).toBeInTheDocument();
  });

  it('does not count the search or the order', async () => {
    await renderApp('/talks?q=alert&sort=title');
    expect(toggle('Filter and sort')).toBeInTheDocument();
  });
});

describe('the front page’s summary', () => {
  it.each([
    ['/', 'The catalog at a glance'],
    ['/zh/', '目录概览'],
  ])('%s folds behind a toggle named for it', async (url, name) => {
    await renderApp(url);
    expect(toggle(name)).toBeInTheDocument();
  });
});

it('the list tools keep their whole name, whatever part of it a phone shows', async () => {
  await renderApp('/');
  expect(screen.getByRole('button', { name: 'My list: export, import, share, copy' })).toHaveAttribute('aria-expanded', 'false');
});
