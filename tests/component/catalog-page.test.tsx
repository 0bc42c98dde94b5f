import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, URGENT_CARDS } from '../../src/talks/catalog-page';
import { filterTalks } from '../../src/talks/filter-talks';
import { EMPTY_QUERY } from '../../src/talks/talk-query';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import { renderApp } from './render-app';

const talkTitles = () =>
  screen.getAllByRole('article').map((article) => within(article).getByRole('heading', { level: 3 }).textContent);

describe('the catalog page', () => {
  it('lists all 11 talks in the post’s order under one h1', async () => {
    await renderApp('/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Showing 11 of 11 talks' })).toBeInTheDocument();
    const titles = talkTitles();
    expect(titles).toHaveLength(11);
    expect(titles[0]).toBe('Keynote: Prometheus: From Berlin to Bonanza');
    expect(titles[8]).toBe('Configuring Prometheus for High Performance');
  });

  it('shows on each card the speakers, level, topics, picks and links', async () => {
    await renderApp('/');
    const card = screen.getByRole('article', { name: 'Configuring Prometheus for High Performance' });
    expect(within(card).getByRole('link', { name: 'Björn Rabenstein' })).toHaveAttribute('href', '/speakers/bjorn-rabenstein');
    expect(within(card).getByText('(SoundCloud)')).toBeInTheDocument();
    expect(within(card).getByText('Advanced')).toBeInTheDocument();
    expect(within(card).getByText(/Pick of the post/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /YouTube/ })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=hPC60ldCGm8',
    );
    expect(within(card).getByRole('link', { name: /Slides/ })).toHaveAttribute(
      'href',
      'http://schd.ws/hosted_files/cloudnativeeu2017/ce/Slides.pdf',
    );
    const noSlides = screen.getByRole('article', { name: 'Prometheus: The Unsung Heroes' });
    expect(within(noSlides).getByText('No slides')).toBeInTheDocument();
    expect(within(noSlides).queryByRole('link', { name: /Slides/ })).not.toBeInTheDocument();
  });

  it('opens external links in a new tab, safely', async () => {
    await renderApp('/');
    const links = screen.getAllByRole('link', { name: /opens in a new tab/ });
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('filters by topic, with counts, and writes the filter to the URL', async () => {
    const { user, location } = await renderApp('/');
    await user.click(screen.getByRole('checkbox', { name: /Storage/ }));
    expect(talkTitles()).toEqual([
      'Integrating Long-Term Storage with Prometheus',
      'Configuring Prometheus for High Performance',
    ]);
    // The address follows once the frame showing the change is painted.
    await waitFor(() => expect(location()).toBe('/?topic=storage'));
    await user.click(screen.getByRole('checkbox', { name: /Visualisation/ }));
    expect(talkTitles()).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: /Alerting\s*3/ })).not.toBeChecked();
  });

  it('writes each change of filters to the URL once it is on screen, as a step of its own in the history', async () => {
    const { user, location, back } = await renderApp('/');
    await user.click(screen.getByRole('checkbox', { name: /Storage/ }));
    expect(talkTitles()).toHaveLength(2);
    await waitFor(() => expect(location()).toBe('/?topic=storage'));
    // Two changes quicker than a frame, before the first could reach the URL.
    fireEvent.click(screen.getByRole('checkbox', { name: /Visualisation/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Advanced/ }));
    await waitFor(() => expect(location()).toBe('/?topic=storage&topic=visualisation&level=advanced'));
    await back();
    expect(location()).toBe('/?topic=storage&topic=visualisation');
    await back();
    expect(location()).toBe('/?topic=storage');
    expect(screen.getByRole('checkbox', { name: /Visualisation/ })).not.toBeChecked();
  });

  it('searches titles, speakers and summaries as the reader types, and puts the search in the URL', async () => {
    const { user, location } = await renderApp('/');
    await user.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'bjorn');
    expect(talkTitles()).toEqual(['Configuring Prometheus for High Performance']);
    // The address follows once typing pauses, not on every keystroke.
    expect(location()).toBe('/');
    await waitFor(() => expect(location()).toBe('/?q=bjorn'));
  });

  it('puts the search in the URL at once on Enter, on leaving the box, and with any filter', async () => {
    const { user, location } = await renderApp('/');
    const box = screen.getByRole('searchbox', { name: 'Search talks' });
    await user.type(box, 'alert{Enter}');
    expect(location()).toBe('/?q=alert');
    await user.type(box, 'manager');
    await user.tab();
    expect(location()).toBe('/?q=alertmanager');
    await user.type(box, ' high');
    await user.click(screen.getByRole('checkbox', { name: /Advanced/ }));
    await waitFor(() => expect(location()).toBe('/?q=alertmanager+high&level=advanced'));
    expect(talkTitles()).toEqual(['Alertmanager on Its Way to High Availability']);
  });

  it('shows an empty state with a one-click reset', async () => {
    const { user, location } = await renderApp('/?q=kafka&topic=alerting');
    expect(screen.getByText('No talk matches these filters.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Showing 0 of 11 talks' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    // The first screenful comes with the click, the rest once it is painted.
    expect(talkTitles()).toHaveLength(URGENT_CARDS);
    await waitFor(() => expect(talkTitles()).toHaveLength(11));
    expect(location()).toBe('/');
    expect(screen.getByRole('searchbox', { name: 'Search talks' })).toHaveValue('');
  });

  it('restores a view from the URL and ignores what it does not know', async () => {
    await renderApp('/?topic=alerting&topic=bogus&level=advanced&level=wizard&slides=1');
    expect(screen.getByRole('checkbox', { name: /Alerting/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Advanced/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Has slides/ })).toBeChecked();
    expect(talkTitles()).toEqual(['Alertmanager on Its Way to High Availability']);
  });

  it('carries the filters into a talk’s link', async () => {
    await renderApp('/?topic=storage');
    expect(screen.getByRole('link', { name: 'Integrating Long-Term Storage with Prometheus' })).toHaveAttribute(
      'href',
      '/talks/long-term-storage?topic=storage',
    );
  });

  it('in a large catalog, answers a keystroke with its first matches, then the whole answer', async () => {
    // The post's talks over and over, under new ids (the generator reads files, which jsdom cannot).
    const talks = Array.from({ length: 120 }, (_, i) => {
      const talk = bundledCatalog.talks[i % bundledCatalog.talks.length];
      if (talk === undefined) throw new Error('no talks in the dataset');
      return { ...talk, id: `${talk.id}-${i}` };
    });
    const catalog = { ...bundledCatalog, talks };
    const answer = filterTalks(catalog, { ...EMPTY_QUERY, q: 'prom' });
    expect(answer.length).toBeGreaterThan(PAGE_SIZE); // the test needs a long answer
    const { user } = await renderApp('/', catalog);
    await user.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'prom');
    // Whatever the frame shows first are matches, in order, never talks the search left out.
    const titles = answer.map((talk) => talk.title.en);
    const first = talkTitles();
    expect(first.length).toBeGreaterThanOrEqual(URGENT_CARDS);
    expect(first).toEqual(titles.slice(0, first.length));
    // A text query, not a role query: those take tens of milliseconds on this page in jsdom, and
    // polling with one every 50 ms starves the render it waits for.
    await screen.findByText(`Showing ${answer.length} of 120 talks`, {}, { timeout: 5000 });
    expect(talkTitles()).toEqual(titles.slice(0, PAGE_SIZE));
    expect(screen.getByText(`Show ${PAGE_SIZE} more (${answer.length - PAGE_SIZE} not shown)`)).toBeInstanceOf(HTMLButtonElement);
  }, 15_000); // jsdom renders a few hundred cards here: seconds when other tests share the CPU
});
