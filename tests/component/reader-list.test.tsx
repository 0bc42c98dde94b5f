import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { READER_LIST_KEY, useReaderListStore } from '../../src/reader-list/reader-list-store';
import { card, cardTitles, filter, filterWithCount, renderApp } from './render-app';

const stored = () => JSON.parse(localStorage.getItem(READER_LIST_KEY) ?? 'null') as unknown;

async function openListTools(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(screen.getByRole('button', { name: 'My list: export, import, share, copy' }));
  await screen.findByRole('heading', { name: 'My list' });
}

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

describe('the reader list', () => {
  it('saves a talk from its card and keeps it in localStorage with a version', async () => {
    const { user } = await renderApp('/');
    const save = within(card('Counting Things with Prometheus')).getByRole('button', { name: 'Save for later' });
    expect(save).toHaveAttribute('aria-pressed', 'false');
    await user.click(save);
    expect(save).toHaveAttribute('aria-pressed', 'true');
    expect(stored()).toEqual({ state: { saved: ['counting-things'], watched: [] }, version: 2 });
    await user.click(save);
    expect(save).toHaveAttribute('aria-pressed', 'false');
    expect(stored()).toEqual({ state: { saved: [], watched: [] }, version: 2 });
  });

  it('marks a talk watched from its page', async () => {
    const { user } = await renderApp('/talks/storage-deep-dive');
    await user.click(screen.getByRole('button', { name: 'Watched' }));
    expect(screen.getByRole('button', { name: 'Watched' })).toHaveAttribute('aria-pressed', 'true');
    expect(useReaderListStore.getState().watched).toEqual(['storage-deep-dive']);
  });

  it('filters by saved and by not watched yet, with counts', async () => {
    useReaderListStore.setState({ saved: ['counting-things', 'alerting-at-scale'], watched: ['alerting-at-scale'] });
    const { user, location } = await renderApp('/');
    expect(filterWithCount('Saved for later', 2)).toBeInTheDocument();
    expect(filterWithCount('Not watched yet', 2)).toBeInTheDocument();
    await user.click(filter('Saved for later'));
    expect(cardTitles()).toEqual(['Alerting at Scale', 'Counting Things with Prometheus']);
    expect(filterWithCount('Not watched yet', 1)).toBeInTheDocument();
    await user.click(filter('Not watched yet'));
    expect(cardTitles()).toEqual(['Counting Things with Prometheus']);
    await waitFor(() => expect(location()).toBe('/?saved=1&unwatched=1'));
  });

  it('filters the archive by the reader’s list too', async () => {
    useReaderListStore.setState({ saved: ['envoy-in-production', 'keynote-opening'], watched: [] });
    await renderApp('/talks?saved=1');
    expect(cardTitles()).toEqual(['生产环境中的 Envoy', 'Keynote: Opening the Conference']);
    expect(filterWithCount('Not watched yet', 2)).toBeInTheDocument();
  });

  it('restores a list stored by version 1 of the app', async () => {
    localStorage.setItem(
      READER_LIST_KEY,
      JSON.stringify({ state: { later: { 'envoy-in-production': true }, seen: { 'counting-things': true } }, version: 1 }),
    );
    await useReaderListStore.persist.rehydrate();
    expect(useReaderListStore.getState()).toMatchObject({ saved: ['envoy-in-production'], watched: ['counting-things'] });
  });

  it('keeps the valid part of a damaged stored list and the unreadable text aside', async () => {
    localStorage.setItem(READER_LIST_KEY, JSON.stringify({ state: { saved: ['storage-deep-dive', 5, '<x>'], watched: 'no' }, version: 2 }));
    await useReaderListStore.persist.rehydrate();
    expect(useReaderListStore.getState()).toMatchObject({ saved: ['storage-deep-dive'], watched: [] });

    localStorage.setItem(READER_LIST_KEY, '{not json');
    await useReaderListStore.persist.rehydrate();
    expect(localStorage.getItem(`${READER_LIST_KEY}:unreadable`)).toBe('{not json');
  });

  it('copies the current view as Markdown from the list tools', async () => {
    const { user } = await renderApp('/talks?topic=storage');
    await openListTools(user);
    await user.click(screen.getByRole('button', { name: 'Copy the 1 talk of the current view as Markdown' }));
    expect(await screen.findByText('Copied 1 talk as Markdown.')).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(text).toMatch(/^## All talks\n/);
    expect(text).toContain('- **Storage Deep Dive** — Björn Rabenstein (Grafana Labs)');
    expect(text).toContain('[YouTube](<https://www.youtube.com/watch?v=ddddddddddd>)');
    expect(text).not.toContain('Counting Things');
  });

  it('imports a list by merging it, and says what it did', async () => {
    useReaderListStore.setState({ saved: ['storage-deep-dive'], watched: [] });
    const { user } = await renderApp('/');
    await openListTools(user);
    const file = new File(
      [
        JSON.stringify({
          format: 'talk-catalog/reader-list',
          version: 1,
          saved: ['envoy-in-production', 'storage-deep-dive', 'future-talk', 3],
          watched: ['envoy-in-production'],
        }),
      ],
      'list.json',
      { type: 'application/json' },
    );
    await user.upload(fileInput(), file);
    expect(await screen.findByText(/Imported: 2 new saved, 1 new watched\. 1 entry was not a talk id and was skipped\./)).toBeInTheDocument();
    expect(screen.getByText(/1 refers to a talk not in this catalog and was kept\./)).toBeInTheDocument();
    expect(useReaderListStore.getState().saved).toEqual(['storage-deep-dive', 'envoy-in-production', 'future-talk']);
  });

  it('refuses a file that is not an export, leaving the list as it was', async () => {
    useReaderListStore.setState({ saved: ['storage-deep-dive'], watched: [] });
    const { user } = await renderApp('/');
    await openListTools(user);
    await user.upload(fileInput(), new File(['{"hello": 1}'], 'other.json', { type: 'application/json' }));
    expect(await screen.findByText(/Could not import other\.json: its “format” field does not say “talk-catalog\/reader-list”/)).toBeInTheDocument();
    expect(useReaderListStore.getState().saved).toEqual(['storage-deep-dive']);
  });

  it('opens a shared list read-only and saves it only when asked', async () => {
    useReaderListStore.setState({ saved: ['storage-deep-dive'], watched: [] });
    const { user } = await renderApp('/shared?ids=envoy-in-production,counting-things,nope-nope');
    expect(screen.getByRole('heading', { level: 1, name: 'A shared list of talks' })).toBeInTheDocument();
    expect(cardTitles()).toEqual(['生产环境中的 Envoy', 'Counting Things with Prometheus']);
    // The talks come from two events: each card names its own.
    expect(within(card('生产环境中的 Envoy')).getByRole('link', { name: 'Conf China 2019' })).toBeInTheDocument();
    expect(screen.getByText('1 talk in the link is not in this catalog.')).toBeInTheDocument();
    expect(useReaderListStore.getState().saved).toEqual(['storage-deep-dive']);
    await user.click(screen.getByRole('button', { name: 'Save all to my list' }));
    expect(useReaderListStore.getState().saved).toEqual(['storage-deep-dive', 'envoy-in-production', 'counting-things']);
    expect(screen.getByRole('status')).toHaveTextContent('Saved to your list.');
  });
});
