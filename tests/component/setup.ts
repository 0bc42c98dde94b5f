import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { usePreferencesStore } from '../../src/preferences/preferences-store';
import { useReaderListStore } from '../../src/reader-list/reader-list-store';

// Each test starts from a fresh reader: nothing saved, English UI (renderApp gives the real catalog).
beforeEach(() => {
  localStorage.clear();
  usePreferencesStore.setState({ ...usePreferencesStore.getInitialState(), language: 'en' }, true);
  useReaderListStore.setState(useReaderListStore.getInitialState(), true);
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  cleanup();
});
