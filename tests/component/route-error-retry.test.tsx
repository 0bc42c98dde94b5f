// A page that throws while rendering, after the catalog has arrived: the reader gets words in
// their language and a way on (try again, or the front page) inside the site's frame, and what
// they saved stays where it was.
import { pathInLanguage } from '../../src/i18n/language-path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-schema';
import { RouteErrorBoundary } from '../../src/components/route-error-boundary';
import { READER_LIST_KEY, useReaderListStore } from '../../src/reader-list/reader-list-store';
import { fixtureCatalog, renderApp } from './render-app';

/**
 * counting-things with a date that is no date: formatting it throws, on its own page only (the
 * schema refuses it, so only a bug or a bad deploy could do this).
 */
const broken: Catalog = {
  ...fixtureCatalog,
  talks: fixtureCatalog.talks.map((talk) => (talk.id === 'counting-things' ? { ...talk, date: 'not a date' } : talk)),
};

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a page that throws after its data arrived', () => {
  it.each([
    { language: 'en', title: 'Something went wrong on this page', retry: 'Try again', home: 'Go to the front page' },
    { language: 'zh', title: '这个页面出错了', retry: '重试', home: '回到首页' },
  ] as const)('shows an error view in $language with a way on, inside the layout', async ({ language, title, retry, home }) => {
    useReaderListStore.getState().toggleSaved('storage-deep-dive');
    const storedBefore = localStorage.getItem(READER_LIST_KEY);
    expect(storedBefore).toContain('storage-deep-dive');

    const { user } = await renderApp(pathInLanguage('/talks/counting-things', language), broken);
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toBeInTheDocument();
    expect(screen.getByRole('link', { name: home })).toBeInTheDocument();
    // The site's frame is still there: the header's name links home, the footer credits.
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();

    // Trying again renders the page afresh; it fails the same way, and still says so.
    await user.click(screen.getByRole('button', { name: retry }));
    expect(screen.getByRole('heading', { level: 1, name: title }), 'focus does not fall to the body').toHaveFocus();

    expect(localStorage.getItem(READER_LIST_KEY), 'the saved list is untouched').toBe(storedBefore);
    expect(useReaderListStore.getState().saved).toEqual(['storage-deep-dive']);
  });

  it('"Try again" shows the page once what broke it is gone', async () => {
    // A failure that goes away (a chunk that failed to load, a race): the second render succeeds.
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('flaky');
      return <h1>The page</h1>;
    }
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <RouteErrorBoundary>
          <Flaky />
        </RouteErrorBoundary>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The page' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
