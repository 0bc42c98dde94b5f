import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureVariant, renderApp, wholeText } from './render-app';

const footer = () => screen.getByRole('contentinfo');

describe('the header', () => {
  it('names the site, links to the front page, and leads to every talk and to the events', async () => {
    const { user, location } = await renderApp('/events');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Fixture talks' })).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Events' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(nav).getByRole('link', { name: 'All talks' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'All talks' })).toBeInTheDocument();
    expect(location()).toBe('/talks');
    // After moving to another page, focus is on its heading so a screen reader announces it.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});

describe('the footer', () => {
  it('credits the data’s source, its author and licence, and the collection with its date', async () => {
    await renderApp('/');
    const credit = within(footer()).getByText(wholeText('Data: The tests, Fixture source list (opens in a new tab) (CC0-1.0).'));
    expect(within(credit).getByRole('link', { name: /^Fixture source list/ })).toHaveAttribute('href', 'https://example.org/list');
    const lists = within(footer()).getByText(wholeText('Curated lists: “推荐文章” (August 18, 2017).'));
    expect(within(lists).getByText('“推荐文章”')).toHaveAttribute('lang', 'zh');
  });

  it('credits whatever sources the data names, linked only where the data gives a link', async () => {
    const catalog = fixtureVariant((input) => {
      input.sources.push({ id: 'second-source', title: 'A second list' });
      for (const event of input.events) if (event.id === 'conf-2020-virtual') event.source = 'second-source';
      input.collections = [];
    });
    await renderApp('/talks', catalog);
    expect(
      within(footer()).getByText(wholeText('Data: The tests, Fixture source list (opens in a new tab) (CC0-1.0), A second list.')),
    ).toBeInTheDocument();
    expect(within(footer()).queryByRole('link', { name: /A second list/ })).not.toBeInTheDocument();
    expect(footer()).not.toHaveTextContent('Curated lists');
  });
});
