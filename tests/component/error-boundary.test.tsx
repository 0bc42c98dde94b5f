import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCatalogStore } from '../../src/catalog/catalog-store';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import type { Talk } from '../../src/catalog/catalog-schema';
import { renderApp } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a page that fails to render', () => {
  it('shows a friendly message and a way back, and the rest of the app keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A talk whose speakers list is broken: only a bug or a bad deploy could do this.
    const broken = { ...bundledCatalog.talks[0], speakers: null } as unknown as Talk;
    useCatalogStore.setState({ catalog: { ...bundledCatalog, talks: [broken, ...bundledCatalog.talks.slice(1)] } });
    const { user } = await renderApp(`/talks/${broken.id}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your saved talks and settings are safe');
    expect(screen.getByRole('button', { name: /中文/ })).toBeInTheDocument();
    useCatalogStore.setState({ catalog: bundledCatalog });
    await user.click(screen.getByRole('link', { name: 'Go to the catalog' }));
    expect(screen.getAllByRole('article')).toHaveLength(11);
  });
});
