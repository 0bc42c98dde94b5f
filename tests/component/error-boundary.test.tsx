import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-schema';
import { cardTitles, fixtureCatalog, renderApp } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a page that fails to render', () => {
  it('shows a friendly message and a way back, and the rest of the app keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A talk whose date is not a date, which only its own page shows: only a bug or a bad deploy
    // could do this (the schema refuses it), and formatting it throws.
    const broken: Catalog = {
      ...fixtureCatalog,
      talks: fixtureCatalog.talks.map((talk) => (talk.id === 'counting-things' ? { ...talk, date: 'not a date' } : talk)),
    };
    const { user } = await renderApp('/talks/counting-things', broken);
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your saved talks and settings are safe');
    expect(warn).toHaveBeenCalledWith('A page failed to render:', expect.any(RangeError), expect.any(String));
    // The header and the footer are still there.
    expect(screen.getByRole('link', { name: /中文/ })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Fixture source list');
    await user.click(screen.getByRole('link', { name: 'Go to the front page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Prometheus picks' })).toBeInTheDocument();
    expect(cardTitles()).toHaveLength(3);
  });
});
