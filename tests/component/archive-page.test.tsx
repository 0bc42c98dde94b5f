import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-schema';
import { card, cardTitles, filter, filterWithCount, fixtureCatalog, fixtureVariant, renderApp } from './render-app';

const NEWEST_FIRST = [
  'Panel: The Future of Kubernetes',
  'Storage Deep Dive',
  '生产环境中的 Envoy',
  'Counting Things with Prometheus',
  'Keynote: Opening the Conference',
  'Alerting at Scale',
];

const searchBox = () => screen.getByRole('searchbox', { name: 'Search talks' });

describe('the archive', () => {
  it('lists all 6 talks under one h1, newest event first, each card naming its event', async () => {
    await renderApp('/talks');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('All talks');
    expect(screen.getByText('Every talk of the catalog: 6 talks from 3 events.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Showing 6 of 6 talks' })).toBeInTheDocument();
    expect(cardTitles()).toEqual(NEWEST_FIRST);
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Newest event first');
    expect(within(card('Storage Deep Dive')).getByRole('link', { name: 'Conf China 2019' })).toHaveAttribute(
      'href',
      '/events/conf-2019-shanghai',
    );
    expect(screen.getByRole('link', { name: 'All talks' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows on each card the speakers with the affiliation given for the talk, its kind, level, topics and links', async () => {
    await renderApp('/talks');
    const alerting = card('Alerting at Scale');
    expect(within(alerting).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/speakers/ada-lovelace');
    expect(within(alerting).getByRole('link', { name: 'Łukasz Nowak' })).toHaveAttribute('href', '/speakers/lukasz-nowak');
    expect(within(alerting).getByText('(Example Sp. z o.o.)')).toBeInTheDocument();
    // Ada gave no affiliation for this talk: no empty parentheses.
    expect(within(alerting).getByRole('link', { name: 'Ada Lovelace' }).closest('li')).toHaveTextContent(/^Ada Lovelace$/);
    expect(within(alerting).getByText('Advanced')).toBeInTheDocument();
    expect(within(alerting).getByText('Alerting')).toBeInTheDocument();
    // Outside the collection, no talk is anybody's pick.
    expect(within(alerting).queryByText(/Pick of the list/)).not.toBeInTheDocument();
    const keynote = card('Keynote: Opening the Conference');
    expect(within(keynote).getByText('Keynote')).toBeInTheDocument();
    expect(within(keynote).getByRole('link', { name: /^YouTube/ })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=bbbbbbbbbbb');
    expect(within(keynote).getByText('No slides published')).toBeInTheDocument();
    const panel = card('Panel: The Future of Kubernetes');
    expect(within(panel).queryByRole('link', { name: /speakers/ })).not.toBeInTheDocument();
    for (const list of within(panel).getAllByRole('list')) expect(within(list).queryAllByRole('listitem')).not.toHaveLength(0);
    expect(within(panel).getByRole('link', { name: /^Vimeo/ })).toHaveAttribute('href', 'https://vimeo.com/123456');
  });

  it('opens external links in a new tab, safely', async () => {
    await renderApp('/talks');
    const links = screen.getAllByRole('link', { name: /opens in a new tab/ });
    expect(links.length).toBeGreaterThanOrEqual(9);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('sorts by oldest event, title and speaker, and keeps the order in the URL', async () => {
    const { user, location } = await renderApp('/talks');
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    expect(within(sort).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Newest event first',
      'Oldest event first',
      'Title',
      'Speaker',
    ]);
    await user.selectOptions(sort, 'Oldest event first');
    await waitFor(() => expect(location()).toBe('/talks?sort=oldest'));
    expect(cardTitles()).toEqual([
      'Counting Things with Prometheus',
      'Keynote: Opening the Conference',
      'Alerting at Scale',
      'Storage Deep Dive',
      '生产环境中的 Envoy',
      'Panel: The Future of Kubernetes',
    ]);
    await user.selectOptions(sort, 'Title');
    await waitFor(() => expect(location()).toBe('/talks?sort=title'));
    // By the titles as shown, "Keynote:" and "Panel:" included.
    expect(cardTitles()).toEqual([
      'Alerting at Scale',
      'Counting Things with Prometheus',
      'Keynote: Opening the Conference',
      'Panel: The Future of Kubernetes',
      'Storage Deep Dive',
      '生产环境中的 Envoy',
    ]);
    await user.selectOptions(sort, 'Speaker');
    await waitFor(() => expect(location()).toBe('/talks?sort=speaker'));
    // By the first speaker's name; a talk without speakers comes last.
    expect(cardTitles()).toEqual([
      'Alerting at Scale',
      'Counting Things with Prometheus',
      'Keynote: Opening the Conference',
      'Storage Deep Dive',
      '生产环境中的 Envoy',
      'Panel: The Future of Kubernetes',
    ]);
    await user.selectOptions(sort, 'Newest event first');
    await waitFor(() => expect(location()).toBe('/talks'));
    expect(cardTitles()).toEqual(NEWEST_FIRST);
  });

  it('offers every filter the archive’s talks differ in, each with its count', async () => {
    await renderApp('/talks');
    const legends = within(screen.getByRole('region', { name: 'Filters' }))
      .getAllByRole('group')
      .map((group) => group.querySelector('legend')?.textContent);
    expect(legends).toEqual(['Event', 'Year', 'Project', 'Topic', 'Kind of talk', 'Level', 'Video and slides', 'My list']);
    const event = within(screen.getByRole('group', { name: 'Event' })).getAllByRole('checkbox');
    expect(event.map((box) => box.closest('label')?.textContent)).toEqual(['Conf Virtual 20201', 'Conf China 20192', 'Conf Europe 20173']);
    const year = within(screen.getByRole('group', { name: 'Year' })).getAllByRole('checkbox');
    expect(year.map((box) => box.closest('label')?.textContent)).toEqual(['20201', '20192', '20173']);
    expect(filterWithCount('Prometheus', 3)).toBeInTheDocument();
    expect(filterWithCount('Kubernetes', 1)).toBeInTheDocument();
    expect(filterWithCount('Envoy', 1)).toBeInTheDocument();
    expect(filterWithCount('Storage', 1)).toBeInTheDocument();
    expect(filterWithCount('Keynote', 1)).toBeInTheDocument();
    expect(filterWithCount('Talk', 3)).toBeInTheDocument();
    expect(filterWithCount('Panel', 1)).toBeInTheDocument();
    expect(filterWithCount('Lightning talk', 1)).toBeInTheDocument();
    expect(filterWithCount('Beginner', 1)).toBeInTheDocument();
    // Tencent Video only: a WeChat article is not a Tencent Video mirror.
    expect(filterWithCount('Tencent Video mirror (loads in mainland China)', 3)).toBeInTheDocument();
    // Slides of its own (1) or a collection's short link (1); "no slides" is not slides.
    expect(filterWithCount('Has slides', 2)).toBeInTheDocument();
  });

  it('filters by event and project, with counts, and writes the filters to the URL', async () => {
    const { user, location } = await renderApp('/talks');
    await user.click(filter('Conf China 2019'));
    expect(cardTitles()).toEqual(['Storage Deep Dive', '生产环境中的 Envoy']);
    await waitFor(() => expect(location()).toBe('/talks?event=conf-2019-shanghai'));
    // Counts say what each option would show given the other filters.
    expect(filterWithCount('Prometheus', 1)).toBeInTheDocument();
    expect(filterWithCount('Kubernetes', 0)).toBeInTheDocument();
    expect(filterWithCount('Conf Europe 2017', 3)).toBeInTheDocument();
    await user.click(filter('Envoy'));
    expect(cardTitles()).toEqual(['生产环境中的 Envoy']);
    await waitFor(() => expect(location()).toBe('/talks?event=conf-2019-shanghai&project=envoy'));
    await user.click(filter('Conf China 2019'));
    expect(cardTitles()).toEqual(['生产环境中的 Envoy']);
    await waitFor(() => expect(location()).toBe('/talks?project=envoy'));
  });

  it('filters by year and topic', async () => {
    const { user, location } = await renderApp('/talks');
    await user.click(filter('2017'));
    expect(cardTitles()).toEqual(['Counting Things with Prometheus', 'Keynote: Opening the Conference', 'Alerting at Scale']);
    expect(filterWithCount('Alerting', 1)).toBeInTheDocument();
    expect(filterWithCount('Storage', 0)).toBeInTheDocument();
    await user.click(filter('Alerting'));
    expect(cardTitles()).toEqual(['Alerting at Scale']);
    await waitFor(() => expect(location()).toBe('/talks?year=2017&topic=alerting'));
  });

  it('filters by kind and level', async () => {
    const { user, location } = await renderApp('/talks?level=beginner');
    expect(cardTitles()).toEqual(['Storage Deep Dive']);
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(location()).toBe('/talks'));
    await user.click(filter('Panel'));
    await user.click(filter('Lightning talk'));
    expect(cardTitles()).toEqual(['Panel: The Future of Kubernetes', '生产环境中的 Envoy']);
    await waitFor(() => expect(location()).toBe('/talks?kind=panel&kind=lightning'));
  });

  it('filters by the Tencent Video mirror and by slides, and reads the whole view back from the URL', async () => {
    const { user, location } = await renderApp('/talks');
    await user.click(filter('Tencent Video mirror (loads in mainland China)'));
    expect(cardTitles()).toEqual(['Storage Deep Dive', 'Counting Things with Prometheus', 'Alerting at Scale']);
    await user.click(filter('Has slides'));
    expect(cardTitles()).toEqual(['Counting Things with Prometheus', 'Alerting at Scale']);
    await waitFor(() => expect(location()).toBe('/talks?video=tencent&slides=1'));
  });

  it('restores a view from the URL, in the archive’s own order of parameters', async () => {
    await renderApp('/talks?sort=title&slides=1&video=tencent&project=prometheus&event=conf-2017-berlin');
    expect(filter('Conf Europe 2017')).toBeChecked();
    expect(filter('Prometheus')).toBeChecked();
    expect(filter('Tencent Video mirror (loads in mainland China)')).toBeChecked();
    expect(filter('Has slides')).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Title');
    expect(cardTitles()).toEqual(['Alerting at Scale', 'Counting Things with Prometheus']);
    expect(screen.getByRole('heading', { level: 2, name: 'Showing 2 of 6 talks' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alerting at Scale' })).toHaveAttribute(
      'href',
      '/talks/alerting-at-scale?event=conf-2017-berlin&project=prometheus&video=tencent&slides=1&sort=title&from=archive',
    );
  });

  it('ignores what it does not know in the URL', async () => {
    await renderApp('/talks?topic=alerting&topic=bogus&level=advanced&level=wizard&event=nowhere&sort=list&slides=1');
    expect(filter('Alerting')).toBeChecked();
    expect(filter('Advanced')).toBeChecked();
    expect(filter('Has slides')).toBeChecked();
    // "As listed" is not an order of the archive.
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Newest event first');
    expect(cardTitles()).toEqual(['Alerting at Scale']);
  });

  it('writes each change of filters to the URL once it is on screen, as a step of its own in the history', async () => {
    const { user, location, back } = await renderApp('/talks');
    await user.click(filter('Conf Europe 2017'));
    expect(cardTitles()).toHaveLength(3);
    await waitFor(() => expect(location()).toBe('/talks?event=conf-2017-berlin'));
    // Two changes quicker than a frame, before the first could reach the URL.
    fireEvent.click(filter('Prometheus'));
    fireEvent.click(filter('Has slides'));
    await waitFor(() => expect(location()).toBe('/talks?event=conf-2017-berlin&project=prometheus&slides=1'));
    expect(cardTitles()).toEqual(['Counting Things with Prometheus', 'Alerting at Scale']);
    await back();
    expect(location()).toBe('/talks?event=conf-2017-berlin&project=prometheus');
    expect(filter('Has slides')).not.toBeChecked();
    await back();
    expect(location()).toBe('/talks?event=conf-2017-berlin');
    expect(filter('Prometheus')).not.toBeChecked();
    expect(cardTitles()).toHaveLength(3);
  });

  it('shows an empty state with a one-click reset', async () => {
    const { user, location } = await renderApp('/talks?q=kafka&topic=alerting');
    expect(screen.getByText('No talk matches these filters.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Showing 0 of 6 talks' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(cardTitles()).toEqual(NEWEST_FIRST));
    expect(location()).toBe('/talks');
    expect(searchBox()).toHaveValue('');
  });
});

describe('search', () => {
  const searchFor = async (text: string) => {
    const { user } = await renderApp('/talks');
    await user.type(searchBox(), text);
    return cardTitles();
  };

  it('finds a talk by its Chinese title', async () => {
    // Shown by its English title in the English interface, found by its Chinese one.
    expect(await searchFor('存储深度')).toEqual(['Storage Deep Dive']);
  });

  it('finds a talk by its English title, whatever the case', async () => {
    expect(await searchFor('deep DIVE')).toEqual(['Storage Deep Dive']);
  });

  it('finds a talk by a speaker whose name has letters typed without their accents', async () => {
    expect(await searchFor('lukasz')).toEqual(['Alerting at Scale']);
  });

  it('finds every talk of a speaker, “bjorn” finding Björn', async () => {
    // Both match on the speaker alone, so they keep the archive's order among themselves.
    expect(await searchFor('bjorn')).toEqual(['Keynote: Opening the Conference', 'Storage Deep Dive']);
  });

  it('finds talks by the event’s name', async () => {
    expect(await searchFor('conf virtual')).toEqual(['Panel: The Future of Kubernetes']);
  });

  it('finds talks by a project’s label, not only by their titles, the title match first', async () => {
    expect(await searchFor('prometheus')).toEqual(['Counting Things with Prometheus', 'Alerting at Scale', 'Storage Deep Dive']);
  });

  it('needs every word to match', async () => {
    expect(await searchFor('bjorn keynote')).toEqual(['Keynote: Opening the Conference']);
  });

  it('puts the search in the URL as it is typed, one history entry for a run of keystrokes', async () => {
    const { user, location, back } = await renderApp('/talks');
    await user.type(searchBox(), 'bjorn');
    expect(cardTitles()).toHaveLength(2);
    expect(location()).toBe('/talks?q=bjorn');
    await back();
    expect(location()).toBe('/talks');
    expect(searchBox()).toHaveValue('');
  });

  it('keeps the search with any filter chosen after it', async () => {
    const { user, location } = await renderApp('/talks');
    await user.type(searchBox(), 'alerting');
    expect(location()).toBe('/talks?q=alerting');
    await user.type(searchBox(), ' scale');
    await user.click(filter('Advanced'));
    await waitFor(() => expect(location()).toBe('/talks?q=alerting+scale&level=advanced'));
    expect(cardTitles()).toEqual(['Alerting at Scale']);
  });
});

describe('keyboard', () => {
  const scrolled = vi.fn<(element: Element) => void>();
  beforeEach(() => {
    scrolled.mockClear();
    // jsdom lays nothing out, so it has no scrollIntoView.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled(this);
    };
  });
  afterEach(() => {
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });

  it('“/” focuses the search, Esc clears it and then leaves it', async () => {
    const { user } = await renderApp('/talks');
    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    await user.keyboard('envoy');
    expect(cardTitles()).toEqual(['生产环境中的 Envoy']);
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('');
    expect(searchBox()).toHaveFocus();
    expect(cardTitles()).toHaveLength(6);
    await user.keyboard('{Escape}');
    expect(searchBox()).not.toHaveFocus();
  });

  it('j/k and ↓/↑ move between the talks, and Enter opens one', async () => {
    const { user, location } = await renderApp('/talks');
    const link = (title: string) => within(card(title)).getByRole('link', { name: title });
    await user.keyboard('j');
    expect(link('Panel: The Future of Kubernetes')).toHaveFocus();
    expect(scrolled).toHaveBeenLastCalledWith(card('Panel: The Future of Kubernetes'));
    await user.keyboard('j');
    expect(link('Storage Deep Dive')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(link('生产环境中的 Envoy')).toHaveFocus();
    await user.keyboard('k');
    await user.keyboard('{ArrowUp}');
    expect(link('Panel: The Future of Kubernetes')).toHaveFocus();
    await user.keyboard('k'); // the first stays the first
    expect(link('Panel: The Future of Kubernetes')).toHaveFocus();
    await user.keyboard('j{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Storage Deep Dive' })).toBeInTheDocument();
    expect(location()).toBe('/talks/storage-deep-dive?from=archive');
  });
});

describe('the archive and the talk pages', () => {
  it('gives each talk link the archive and its filters, and the talk page leads back to them', async () => {
    const { user, location } = await renderApp('/talks?project=prometheus&sort=title');
    const link = screen.getByRole('link', { name: 'Counting Things with Prometheus' });
    expect(link).toHaveAttribute('href', '/talks/counting-things?project=prometheus&sort=title&from=archive');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Counting Things with Prometheus' })).toBeInTheDocument();
    const backLink = screen.getByRole('link', { name: '← Back to all talks' });
    expect(backLink).toHaveAttribute('href', '/talks?project=prometheus&sort=title');
    await user.click(backLink);
    expect(await screen.findByRole('heading', { level: 1, name: 'All talks' })).toBeInTheDocument();
    expect(location()).toBe('/talks?project=prometheus&sort=title');
    expect(filter('Prometheus')).toBeChecked();
    expect(cardTitles()).toEqual(['Alerting at Scale', 'Counting Things with Prometheus', 'Storage Deep Dive']);
  });

  it('walks previous/next in the archive’s order', async () => {
    await renderApp('/talks/counting-things?from=archive');
    const nav = screen.getByRole('navigation', { name: 'More talks' });
    expect(within(nav).getByRole('link', { name: /Previous talk/ })).toHaveAttribute('href', '/talks/envoy-in-production?from=archive');
    expect(within(nav).getByRole('link', { name: /Previous talk/ })).toHaveTextContent('生产环境中的 Envoy');
    expect(within(nav).getByRole('link', { name: /Next talk/ })).toHaveAttribute('href', '/talks/keynote-opening?from=archive');
  });

  it('walks previous/next within the archive’s filters and order', async () => {
    const { user } = await renderApp('/talks/counting-things?video=tencent&from=archive');
    const nav = () => screen.getByRole('navigation', { name: 'More talks' });
    expect(within(nav()).getByRole('link', { name: /Previous talk/ })).toHaveAttribute(
      'href',
      '/talks/storage-deep-dive?video=tencent&from=archive',
    );
    const next = within(nav()).getByRole('link', { name: /Next talk/ });
    expect(next).toHaveAttribute('href', '/talks/alerting-at-scale?video=tencent&from=archive');
    await user.click(next);
    expect(await screen.findByRole('heading', { level: 1, name: 'Alerting at Scale' })).toBeInTheDocument();
    // The last talk the filters leave.
    expect(within(nav()).queryByRole('link', { name: /Next talk/ })).not.toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: /Previous talk/ })).toHaveAttribute(
      'href',
      '/talks/counting-things?video=tencent&from=archive',
    );
  });

  it('walks previous/next in the order the reader sorted the archive by', async () => {
    await renderApp('/talks/counting-things?sort=title&from=archive');
    const nav = screen.getByRole('navigation', { name: 'More talks' });
    expect(within(nav).getByRole('link', { name: /Previous talk/ })).toHaveAttribute('href', '/talks/alerting-at-scale?sort=title&from=archive');
    expect(within(nav).getByRole('link', { name: /Next talk/ })).toHaveAttribute('href', '/talks/keynote-opening?sort=title&from=archive');
  });
});

describe('a filter with many options', () => {
  // Ten more events, one talk each, listed before the fixture's own: 13 events in all.
  const manyEvents = () =>
    fixtureVariant((input) => {
      const years = Array.from({ length: 10 }, (_, i) => 2021 + i);
      input.events.unshift(...years.map((year) => ({ id: `extra-${year}`, name: { en: `Extra Conf ${year}` }, year, source: 'fixture-source' })));
      input.talks.push(...years.map((year) => ({ id: `extra-talk-${year}`, event: `extra-${year}`, title: { en: `Extra talk ${year}` } })));
    });
  const eventOptions = () => within(screen.getByRole('group', { name: 'Event' })).getAllByRole('checkbox');

  it('shows ten options and a button for the rest', async () => {
    const { user } = await renderApp('/talks', manyEvents());
    expect(eventOptions()).toHaveLength(10);
    const more = within(screen.getByRole('group', { name: 'Event' })).getByRole('button', { name: 'Show all 13' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(eventOptions()).toHaveLength(13);
    const fewer = within(screen.getByRole('group', { name: 'Event' })).getByRole('button', { name: 'Show fewer' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(fewer);
    expect(eventOptions()).toHaveLength(10);
  });

  it('never hides a checked option behind “show all”', async () => {
    await renderApp('/talks?event=conf-2017-berlin', manyEvents());
    expect(eventOptions()).toHaveLength(13);
    expect(filter('Conf Europe 2017')).toBeChecked();
  });
});

/** The fixture's talks fifteen times over, under new ids: 90 talks, 45 of them about Prometheus. */
function largeCatalog(): Catalog {
  const talks = Array.from({ length: 15 }, (_, i) => fixtureCatalog.talks.map((talk) => ({ ...talk, id: `${talk.id}-${i + 1}` }))).flat();
  return { ...fixtureCatalog, talks, collections: [] };
}

describe('a long list', () => {
  it('shows 20 cards and a “show more” button for the rest', async () => {
    const { user } = await renderApp('/talks', largeCatalog());
    expect(screen.getByRole('heading', { level: 2, name: 'Showing 90 of 90 talks' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Show 20 more (70 not shown)' }));
    expect(screen.getAllByRole('article')).toHaveLength(40);
    await user.click(screen.getByRole('button', { name: 'Show 20 more (50 not shown)' }));
    await user.click(screen.getByRole('button', { name: 'Show 20 more (30 not shown)' }));
    expect(screen.getAllByRole('article')).toHaveLength(80);
    await user.click(screen.getByRole('button', { name: 'Show 10 more (10 not shown)' }));
    expect(screen.getAllByRole('article')).toHaveLength(90);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  }, 30_000); // jsdom renders a hundred cards here: seconds when other tests share the CPU

  it('starts again from 20 cards when the view changes, showing the matches in order', async () => {
    const catalog = largeCatalog();
    const { user } = await renderApp('/talks', catalog);
    await user.click(screen.getByRole('button', { name: 'Show 20 more (70 not shown)' }));
    await user.type(searchBox(), 'prometheus');
    await screen.findByText('Showing 45 of 90 talks', {}, { timeout: 5000 });
    const titles = cardTitles();
    expect(titles).toHaveLength(20);
    expect(new Set(titles)).toEqual(new Set(['Storage Deep Dive', 'Counting Things with Prometheus', 'Alerting at Scale']));
    expect(screen.getByRole('button', { name: 'Show 20 more (25 not shown)' })).toBeInTheDocument();
  }, 30_000);
});
