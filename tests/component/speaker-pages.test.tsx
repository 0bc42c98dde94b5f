// A speaker with more talks than one page holds: a hundred to a page, newest event first, with
// the counts over all of them, from the whole catalog or from the page's own slice.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogFrom, outlineOf } from '../../src/catalog/page-data';
import { SPEAKER_PAGE_SIZE } from '../../src/speakers/speaker-pages';
import { pageRoutes } from '../../scripts/prerender/page-routes';
import { pageSlice } from '../../scripts/prerender/page-slices';
import { longCatalog } from '../unit/long-catalog';
import { renderApp } from './render-app';

const long = longCatalog(120);
const bjornTalks = long.talks.filter((talk) => talk.speakers.some((s) => s.id === 'bjorn-rabenstein'));
/** The links to the talks the page lists. */
const talkLinks = () => screen.getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/talks/'));

describe('a speaker with more than a page of talks', () => {
  it('lists the first hundred, says how many there are in all, and leads to the next page', async () => {
    const { user } = await renderApp('/speakers/bjorn-rabenstein', long);
    expect(talkLinks()).toHaveLength(SPEAKER_PAGE_SIZE);
    expect(screen.getByText(new RegExp(`^${String(bjornTalks.length)} talks at`))).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Pages of talks' });
    expect(within(pages).getByText('Page 1 of 2')).toBeInTheDocument();
    await user.click(within(pages).getByRole('link', { name: 'Older talks →' }));
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(talkLinks()).toHaveLength(bjornTalks.length - SPEAKER_PAGE_SIZE);
    expect(screen.getByRole('link', { name: '← Newer talks' })).toBeInTheDocument();
  });

  it('shows its second page from that page’s own slice', async () => {
    const route = pageRoutes(long).find((r) => r.kind === 'speaker' && r.path === '/speakers/bjorn-rabenstein/page/2');
    if (route === undefined) throw new Error('no second page was prerendered');
    const slice = pageSlice(long, route);
    expect(slice.talks).toHaveLength(bjornTalks.length - SPEAKER_PAGE_SIZE);
    const outline = outlineOf(long);
    await renderApp(route.path, { catalog: catalogFrom(outline, [], []), totals: outline.totals, slice, path: route.path });
    expect(talkLinks()).toHaveLength(bjornTalks.length - SPEAKER_PAGE_SIZE);
    expect(screen.getByText(new RegExp(`^${String(bjornTalks.length)} talks at`))).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Björn Rabenstein');
  });

  it('has no page past its last', async () => {
    await renderApp('/speakers/bjorn-rabenstein/page/3', long);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  });
});
