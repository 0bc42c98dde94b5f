import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    // A talk whose date is not a date, which only its own page shows: only a bug or a bad deploy
    // could do this (the schema refuses it), and formatting it throws.
    const broken = { ...bundledCatalog.talks[0], date: 'not a date' } as unknown as Talk;
    const { user } = await renderApp(`/talks/${broken.id}`, { ...bundledCatalog, talks: [broken, ...bundledCatalog.talks.slice(1)] });
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your saved talks and settings are safe');
    expect(screen.getByRole('button', { name: /中文/ })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the catalog' }));
    expect(screen.getAllByRole('article')).toHaveLength(11);
  });
});
