import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { card, cardTitles, filter, filterWithCount, fixtureVariant, renderApp } from './render-app';

describe('the front page of a catalog with a collection', () => {
  it('is the collection: its title as the one h1, its description and where it comes from', async () => {
    await renderApp('/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Prometheus picks');
    expect(document.title).toBe('Prometheus picks · Fixture talks');
    expect(screen.getByText('Three talks a blog post recommended.')).toBeInTheDocument();
    expect(screen.getByText('From “推荐文章”, published August 18, 2017.')).toBeInTheDocument();
  });

  it('lists the entries in the collection’s order, numbered from #1, as an ordered list', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 2, name: 'Showing 3 of 3 talks' })).toBeInTheDocument();
    expect(cardTitles()).toEqual(['Keynote: Opening the Conference', 'Alerting at Scale', 'Counting Things with Prometheus']);
    const list = screen.getAllByRole('article')[0]?.closest('ol');
    expect(list).not.toBeNull();
    expect(within(card('Keynote: Opening the Conference')).getByText('#1')).toBeInTheDocument();
    expect(within(card('Alerting at Scale')).getByText('#2')).toBeInTheDocument();
    expect(within(card('Counting Things with Prometheus')).getByText('#3')).toBeInTheDocument();
  });

  it('shows the pick badge on the picked talk only', async () => {
    await renderApp('/');
    expect(within(card('Alerting at Scale')).getByText(/Pick of the list/)).toHaveAttribute(
      'title',
      'The author of “推荐文章” singled this talk out as most worth watching.',
    );
    expect(within(card('Keynote: Opening the Conference')).queryByText(/Pick of the list/)).not.toBeInTheDocument();
    expect(within(card('Counting Things with Prometheus')).queryByText(/Pick of the list/)).not.toBeInTheDocument();
    expect(screen.getAllByText(/Pick of the list/)).toHaveLength(1);
  });

  it('counts the collection’s own slides short link as slides', async () => {
    const { user } = await renderApp('/');
    // alerting-at-scale has no slides of its own; the collection gave a short link for them.
    expect(within(card('Alerting at Scale')).getByRole('link', { name: /^t\.cn/ })).toHaveAttribute('href', 'http://t.cn/CCCC');
    expect(within(card('Keynote: Opening the Conference')).getByText('No slides published')).toBeInTheDocument();
    expect(filterWithCount('Has slides', 2)).toBeInTheDocument();
    await user.click(filter('Has slides'));
    expect(cardTitles()).toEqual(['Alerting at Scale', 'Counting Things with Prometheus']);
  });

  it('leads to the whole archive and to the archive of the project the collection is about', async () => {
    const { user, location } = await renderApp('/');
    expect(screen.getByRole('link', { name: 'Browse all 6 talks in the archive' })).toHaveAttribute('href', '/talks');
    const project = screen.getByRole('link', { name: 'Prometheus: 3 talks in the archive' });
    expect(project).toHaveAttribute('href', '/talks?project=prometheus');
    await user.click(project);
    expect(await screen.findByRole('heading', { level: 1, name: 'All talks' })).toBeInTheDocument();
    expect(location()).toBe('/talks?project=prometheus');
    expect(filter('Prometheus')).toBeChecked();
    expect(cardTitles()).toEqual(['Storage Deep Dive', 'Counting Things with Prometheus', 'Alerting at Scale']);
  });

  it('offers only the filters and orders that make sense for the collection', async () => {
    await renderApp('/');
    // All three talks are at one event: an event or year filter would change nothing.
    expect(screen.queryByRole('group', { name: 'Event' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Year' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Project' })).getAllByRole('checkbox')).toHaveLength(1);
    expect(filterWithCount('Prometheus', 2)).toBeInTheDocument();
    const sorts = within(screen.getByRole('combobox', { name: 'Sort by' })).getAllByRole('option');
    expect(sorts.map((option) => option.textContent)).toEqual(['As listed', 'Title', 'Speaker', 'Level']);
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('As listed');
  });

  it('shows talks per topic and coverage, each topic a button that filters the collection', async () => {
    const { user, location } = await renderApp('/');
    const chart = await screen.findByRole('figure', { name: 'Talks per topic' });
    const coverage = screen.getByRole('figure', { name: 'Coverage' });
    expect(within(coverage).getByText('3 of 3')).toBeInTheDocument(); // recordings
    expect(within(coverage).getByText('2 of 3')).toBeInTheDocument(); // slides, the short link included
    await user.click(within(chart).getByRole('button', { name: 'Alerting' }));
    await waitFor(() => expect(location()).toBe('/?topic=alerting'));
    expect(cardTitles()).toEqual(['Alerting at Scale']);
  });
});

describe('the front page of a catalog without collections', () => {
  // The archive alone, and about another project: nothing on the page may come from the collection.
  const archiveOnly = () =>
    fixtureVariant((input) => {
      input.collections = [];
      for (const topic of input.topics) if (topic.id === 'prometheus') topic.label = { en: 'Graphite' };
      for (const talk of input.talks) {
        if (talk.title.en !== undefined) talk.title.en = talk.title.en.replace('Prometheus', 'Graphite');
        if (talk.title.zh !== undefined) talk.title.zh = talk.title.zh.replace('Prometheus', 'Graphite');
      }
    });

  it('is the archive, under the site’s name', async () => {
    await renderApp('/', archiveOnly());
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fixture talks');
    expect(document.title).toBe('Fixture talks');
    expect(screen.getByText(/A small catalog for the tests\. Every talk of the catalog: 6 talks from 3 events\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Showing 6 of 6 talks' })).toBeInTheDocument();
    expect(cardTitles()).toEqual([
      'Panel: The Future of Kubernetes',
      'Storage Deep Dive',
      '生产环境中的 Envoy',
      'Counting Things with Graphite',
      'Keynote: Opening the Conference',
      'Alerting at Scale',
    ]);
    expect(screen.getByRole('group', { name: 'Event' })).toBeInTheDocument();
    expect(screen.queryByText(/^#\d/)).not.toBeInTheDocument();
  });

  it('says nothing about Prometheus, a post or a blog, and has no curated lists', async () => {
    await renderApp('/', archiveOnly());
    const text = document.body.textContent;
    expect(text).not.toMatch(/prometheus/i);
    expect(text).not.toMatch(/\bposts?\b/i);
    expect(text).not.toMatch(/blog/i);
    expect(text).not.toMatch(/Pick of the list|Curated lists/);
    expect(screen.queryByRole('link', { name: /in the archive/ })).not.toBeInTheDocument();
  });

  it('leads back to itself from a talk, under the site’s name', async () => {
    const { user } = await renderApp('/', archiveOnly());
    const link = screen.getByRole('link', { name: 'Storage Deep Dive' });
    expect(link).toHaveAttribute('href', '/talks/storage-deep-dive');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Storage Deep Dive' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Back to Fixture talks' })).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'More talks' });
    expect(within(nav).getByRole('link', { name: /Previous talk/ })).toHaveAttribute('href', '/talks/panel-on-kubernetes');
    expect(within(nav).getByRole('link', { name: /Next talk/ })).toHaveAttribute('href', '/talks/envoy-in-production');
  });
});
