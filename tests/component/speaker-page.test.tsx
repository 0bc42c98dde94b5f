import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureVariant, renderApp } from './render-app';

/** A speaker page's section for one event, by the event's name. */
const eventSection = (name: string) => screen.getByRole('region', { name });

describe('the speaker page', () => {
  it('groups a speaker’s talks by event, newest first, with the affiliation given at each talk', async () => {
    await renderApp('/speakers/bjorn-rabenstein');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Björn Rabenstein');
    expect(screen.getByText('Affiliations given: SoundCloud, Grafana Labs')).toBeInTheDocument();
    expect(screen.getByText('2 talks at 2 events.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Conf China 2019', 'Conf Europe 2017']);
    const shanghai = eventSection('Conf China 2019');
    expect(within(shanghai).getByRole('link', { name: 'Conf China 2019' })).toHaveAttribute('href', '/events/conf-2019-shanghai');
    expect(within(shanghai).getByRole('link', { name: 'Storage Deep Dive' })).toHaveAttribute('href', '/talks/storage-deep-dive');
    expect(within(shanghai).getByRole('link', { name: 'Storage Deep Dive' }).closest('li')).toHaveTextContent(/^Storage Deep Dive \(Grafana Labs\)/);
    const berlin = eventSection('Conf Europe 2017');
    expect(within(berlin).getByRole('link', { name: 'Keynote: Opening the Conference' })).toHaveAttribute('href', '/talks/keynote-opening');
    expect(within(berlin).getByText('(SoundCloud)')).toBeInTheDocument();
    expect(within(berlin).queryByText('(Grafana Labs)')).not.toBeInTheDocument();
  });

  it('shows no empty parentheses for a talk where the speaker gave no affiliation', async () => {
    await renderApp('/speakers/ada-lovelace');
    expect(screen.getByText('Affiliations given: Analytical Engines')).toBeInTheDocument();
    const talk = screen.getByRole('link', { name: 'Alerting at Scale' }).closest('li');
    expect(talk).not.toBeNull();
    expect(talk?.textContent).not.toContain('(');
    expect(screen.getByRole('link', { name: 'Counting Things with Prometheus' }).closest('li')).toHaveTextContent('(Analytical Engines)');
  });

  it('shows no affiliation at all for a speaker who never gave one', async () => {
    const catalog = fixtureVariant((input) => {
      for (const talk of input.talks) for (const speaker of talk.speakers ?? []) if (speaker.id === 'lukasz-nowak') delete speaker.affiliation;
    });
    await renderApp('/speakers/lukasz-nowak', catalog);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Łukasz Nowak');
    expect(screen.queryByText(/Affiliations given/)).not.toBeInTheDocument();
    expect(screen.getByText('1 talk at 1 event.')).toBeInTheDocument();
    expect(screen.getByRole('main').textContent).not.toMatch(/\(\s*\)/);
    expect(screen.getByRole('link', { name: 'Alerting at Scale' }).closest('li')?.textContent).not.toContain('(');
  });

  it('is reached from a talk’s speaker link', async () => {
    const { user, location } = await renderApp('/talks/counting-things');
    await user.click(screen.getByRole('link', { name: 'Ada Lovelace' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(location()).toBe('/speakers/ada-lovelace');
    expect(screen.getByText('2 talks at 1 event.')).toBeInTheDocument();
  });

  it('has a page for a speaker whose name is written in Chinese', async () => {
    await renderApp(`/speakers/${encodeURIComponent('张三')}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('张三');
    expect(screen.getByRole('link', { name: '生产环境中的 Envoy' })).toHaveAttribute('lang', 'zh-Hans');
  });

  it('answers an unknown speaker with the not-found page', async () => {
    await renderApp('/speakers/nobody');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no speaker with the id “nobody”.')).toBeInTheDocument();
  });
});
