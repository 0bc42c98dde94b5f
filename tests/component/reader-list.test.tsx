import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { READER_LIST_KEY, useReaderListStore } from '../../src/reader-list/reader-list-store';
import { renderApp } from './render-app';

const card = (title: string) => screen.getByRole('article', { name: title });
const titles = () => screen.getAllByRole('article').map((a) => within(a).getByRole('heading', { level: 3 }).textContent);
const stored = () => JSON.parse(localStorage.getItem(READER_LIST_KEY) ?? 'null') as unknown;

describe('the reader list', () => {
  it('saves a talk from its card and keeps it in localStorage with a version', async () => {
    const { user } = await renderApp('/');
    const save = within(card('Counting with Prometheus')).getByRole('button', { name: 'Save for later' });
    expect(save).toHaveAttribute('aria-pressed', 'false');
    await user.click(save);
    expect(save).toHaveAttribute('aria-pressed', 'true');
    expect(stored()).toEqual({ state: { saved: ['counting-with-prometheus'], watched: [] }, version: 2 });
    await user.click(save);
    expect(save).toHaveAttribute('aria-pressed', 'false');
  });

  it('marks a talk watched from its page', async () => {
    const { user } = await renderApp('/talks/long-term-storage');
    await user.click(screen.getByRole('button', { name: 'Watched' }));
    expect(screen.getByRole('button', { name: 'Watched' })).toHaveAttribute('aria-pressed', 'true');
    expect(useReaderListStore.getState().watched).toEqual(['long-term-storage']);
  });

  it('filters by saved and by not watched yet, with counts', async () => {
    useReaderListStore.setState({ saved: ['counting-with-prometheus', 'long-term-storage'], watched: ['long-term-storage'] });
    const { user, location } = await renderApp('/');
    expect(screen.getByRole('checkbox', { name: /Saved for later\s*2/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Not watched yet\s*10/ })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Saved for later/ }));
    expect(titles()).toEqual(['Counting with Prometheus', 'Integrating Long-Term Storage with Prometheus']);
    expect(screen.getByRole('checkbox', { name: /Not watched yet\s*1/ })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Not watched yet/ }));
    expect(titles()).toEqual(['Counting with Prometheus']);
    await waitFor(() => expect(location()).toBe('/?saved=1&unwatched=1'));
  });

  it('restores a list stored by version 1 of the app', async () => {
    localStorage.setItem(
      READER_LIST_KEY,
      JSON.stringify({ state: { later: { 'monitor-my-socks': true }, seen: { 'counting-with-prometheus': true } }, version: 1 }),
    );
    await useReaderListStore.persist.rehydrate();
    expect(useReaderListStore.getState()).toMatchObject({ saved: ['monitor-my-socks'], watched: ['counting-with-prometheus'] });
  });

  it('keeps the valid part of a damaged stored list and the unreadable text aside', async () => {
    localStorage.setItem(READER_LIST_KEY, JSON.stringify({ state: { saved: ['long-term-storage', 5, '<x>'], watched: 'no' }, version: 2 }));
    await useReaderListStore.persist.rehydrate();
    expect(useReaderListStore.getState()).toMatchObject({ saved: ['long-term-storage'], watched: [] });

    localStorage.setItem(READER_LIST_KEY, '{not json');
    await useReaderListStore.persist.rehydrate();
    expect(localStorage.getItem(`${READER_LIST_KEY}:unreadable`)).toBe('{not json');
  });

  it('copies the current view as Markdown from the list tools', async () => {
    const { user } = await renderApp('/?topic=storage');
    await user.click(screen.getByRole('button', { name: /My list: export, import, share, copy/ }));
    await user.click(await screen.findByRole('button', { name: 'Copy this view as Markdown' }));
    expect(await screen.findByText('Copied 2 talks as Markdown.')).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(text).toContain('- **Integrating Long-Term Storage with Prometheus** — Julius Volz (Prometheus)');
    expect(text).not.toContain('Counting with Prometheus');
  });

  it('imports a list by merging it, and says what it did', async () => {
    useReaderListStore.setState({ saved: ['long-term-storage'], watched: [] });
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: /My list/ }));
    await screen.findByRole('heading', { name: 'My list' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const file = new File(
      [JSON.stringify({ format: 'talk-catalog/reader-list', version: 1, saved: ['monitor-my-socks', 'long-term-storage', 'future-talk', 3], watched: ['monitor-my-socks'] })],
      'list.json',
      { type: 'application/json' },
    );
    await user.upload(input, file);
    expect(await screen.findByText(/Imported: 2 new saved, 1 new watched\. 1 entries were not talk ids/)).toBeInTheDocument();
    expect(screen.getByText(/1 refer to talks not in this catalog and were kept/)).toBeInTheDocument();
    expect(useReaderListStore.getState().saved).toEqual(['long-term-storage', 'monitor-my-socks', 'future-talk']);
  });

  it('refuses a file that is not an export, leaving the list as it was', async () => {
    useReaderListStore.setState({ saved: ['long-term-storage'], watched: [] });
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: /My list/ }));
    await screen.findByRole('heading', { name: 'My list' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['{"hello": 1}'], 'other.json', { type: 'application/json' }));
    expect(await screen.findByText(/Could not import other\.json: format: this is not a talk list/)).toBeInTheDocument();
    expect(useReaderListStore.getState().saved).toEqual(['long-term-storage']);
  });

  it('opens a shared list read-only and saves it only when asked', async () => {
    useReaderListStore.setState({ saved: ['long-term-storage'], watched: [] });
    const { user } = await renderApp('/shared?ids=monitor-my-socks,counting-with-prometheus,nope-nope');
    expect(screen.getByRole('heading', { level: 1, name: 'A shared list of talks' })).toBeInTheDocument();
    expect(titles()).toEqual([
      'Monitor My Socks: Using Prometheus in a Polyglot Open Source Microservices Reference Architecture',
      'Counting with Prometheus',
    ]);
    expect(screen.getByText('1 talks in the link are not in this catalog.')).toBeInTheDocument();
    expect(useReaderListStore.getState().saved).toEqual(['long-term-storage']);
    await user.click(screen.getByRole('button', { name: 'Save all to my list' }));
    expect(useReaderListStore.getState().saved).toEqual(['long-term-storage', 'monitor-my-socks', 'counting-with-prometheus']);
  });
});
