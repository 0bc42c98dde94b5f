// A page whose data did not come (the network): the error view says so in the reader's language,
// names the file on a secondary line, and lets the next try ask again only once the view goes:
// on "Try again", or when the reader leaves the page.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageDataError } from '../../src/catalog/catalog-store';
import { CatalogLoadError } from '../../src/catalog/fetch-catalog';
import { RouteErrorBoundary } from '../../src/components/route-error-boundary';
import { LanguageProvider } from '../../src/i18n/language-context';
import type { Language } from '../../src/i18n/messages';

const DETAIL = '/events/page-data.json: Failed to fetch';

function renderFailingPage(language: Language) {
  const forget = vi.fn();
  let fail = true;
  function Page() {
    if (fail) throw new PageDataError(new CatalogLoadError(DETAIL), forget);
    return <h1>Events</h1>;
  }
  const view = render(
    <LanguageProvider language={language}>
      <MemoryRouter>
        <RouteErrorBoundary>
          <Page />
        </RouteErrorBoundary>
      </MemoryRouter>
    </LanguageProvider>,
  );
  return { ...view, forget, networkBack: () => (fail = false) };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('a page whose data did not come', () => {
  it.each([
    { language: 'en', body: 'This page’s talks could not be loaded', retry: 'Try again' },
    { language: 'zh', body: '这个页面的演讲未能加载', retry: '重试' },
  ] as const)('says so in $language, and "Try again" asks again and shows the page', async ({ language, body, retry }) => {
    const { forget, networkBack } = renderFailingPage(language);
    expect(screen.getByRole('alert')).toHaveTextContent(body);
    expect(screen.getByText(DETAIL)).toBeInTheDocument();
    expect(forget, 'not forgotten while its error view shows').not.toHaveBeenCalled();
    networkBack();
    await userEvent.setup().click(screen.getByRole('button', { name: retry }));
    expect(forget).toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'Events' })).toBeInTheDocument();
  });

  it('is asked for again on the next visit once the reader leaves the page', () => {
    const { forget, unmount } = renderFailingPage('en');
    unmount();
    expect(forget).toHaveBeenCalled();
  });
});
