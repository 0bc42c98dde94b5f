import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { usePreferencesStore } from '../../src/preferences/preferences-store';
import { useReaderListStore } from '../../src/reader-list/reader-list-store';
import { loadSearch } from '../../src/talks/use-talk-search';

// jsdom renders a whole page per test, and the two cores are shared with other work: a page that
// takes one second alone can take several, so a test gets more than vitest's default 5 seconds.
vi.setConfig({ testTimeout: 15_000 });
// Likewise findBy…/waitFor: a split-off page's code is transformed on first use, which on a busy
// machine takes longer than Testing Library's default of one second.
configure({ asyncUtilTimeout: 5_000 });

// The app fetches its search code while the browser is idle, long before a reader types; here it
// is in before any test renders. (A render that suspends on it is covered in a real browser:
// React retries a suspended render outside act(), which Testing Library's renders are inside.)
await loadSearch();

// jsdom has no media queries (nor layout): every query is false, as on a wide screen, so the
// phone-only behaviours (search-box.tsx) stay out of the way; the real ones are tested in Chromium.
Object.defineProperty(window, 'matchMedia', {
  value: (media: string): MediaQueryList =>
    Object.assign(new EventTarget(), { matches: false, media, onchange: null, addListener: () => undefined, removeListener: () => undefined }),
});

// Each test starts from a fresh reader: nothing saved, English UI (renderApp gives the fixture catalog).
beforeEach(() => {
  localStorage.clear();
  usePreferencesStore.setState({ ...usePreferencesStore.getInitialState(), language: 'en' }, true);
  useReaderListStore.setState(useReaderListStore.getInitialState(), true);
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  cleanup();
});
