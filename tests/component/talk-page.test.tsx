import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePreferencesStore } from '../../src/preferences/preferences-store';
import { renderApp } from './render-app';

describe('the talk page', () => {
  it('shows the talk’s facts and every link with a plain label', async () => {
    await renderApp('/talks/grafana-is-not-enough');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Grafana is Not Enough: DIY User Interfaces for Prometheus' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Weaveworks')).toBeInTheDocument();
    expect(screen.getByText('Intermediate')).toBeInTheDocument();
    expect(screen.getByText('Day not known')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^YouTube/ })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=bfSMDERvkZY');
    expect(screen.getByRole('link', { name: /Tencent Video mirror/ })).toHaveAttribute(
      'href',
      'https://v.qq.com/x/page/l0743y2yavs.html',
    );
    expect(screen.getByRole('link', { name: /^Original short link/ })).toHaveAttribute('href', 'http://t.cn/RCU4w4O');
    expect(screen.getByRole('link', { name: /^Slides: original short link/ })).toHaveAttribute('href', 'http://t.cn/RCU4GY0');
  });

  it('says so when a talk has no slides', async () => {
    await renderApp('/talks/alerting-in-cloud-native-environments');
    expect(screen.getByText(/No slides were published/)).toBeInTheDocument();
  });

  it('shows the date where it is known', async () => {
    await renderApp('/talks/long-term-storage');
    expect(screen.getByText('March 30, 2017')).toHaveAttribute('datetime', '2017-03-30');
  });

  it('links to the previous and next talk in the post’s order', async () => {
    await renderApp('/talks/grafana-is-not-enough');
    const nav = screen.getByRole('navigation', { name: 'More talks' });
    expect(within(nav).getByRole('link', { name: /Previous talk/ })).toHaveAttribute(
      'href',
      '/talks/understanding-and-extending-alertmanager',
    );
    expect(within(nav).getByRole('link', { name: /Next talk/ })).toHaveAttribute('href', '/talks/long-term-storage');
  });

  it('keeps the reader’s filters for back and for previous/next', async () => {
    await renderApp('/talks/long-term-storage?topic=storage');
    expect(screen.getByRole('link', { name: /Back to the talks/ })).toHaveAttribute('href', '/?topic=storage');
    const nav = screen.getByRole('navigation', { name: 'More talks' });
    expect(within(nav).queryByRole('link', { name: /Previous talk/ })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: /Next talk/ })).toHaveAttribute(
      'href',
      '/talks/configuring-prometheus-for-high-performance?topic=storage',
    );
  });

  it('shows the official English title beside the Chinese one', async () => {
    usePreferencesStore.setState({ language: 'zh' });
    await renderApp('/talks/long-term-storage');
    expect(screen.getByRole('heading', { level: 1, name: '为 Prometheus 集成长期存储' })).toBeInTheDocument();
    expect(screen.getByText('Integrating Long-Term Storage with Prometheus')).toHaveAttribute('lang', 'en');
  });

  it('answers an unknown talk with the not-found page', async () => {
    await renderApp('/talks/no-such-talk');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/no-such-talk/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the catalog' })).toHaveAttribute('href', '/');
  });

  it('answers an unknown route with the not-found page', async () => {
    await renderApp('/nowhere/at/all');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('the speaker page', () => {
  it('lists a speaker’s talks: Brian Brazil has two', async () => {
    const { user } = await renderApp('/talks/counting-with-prometheus');
    await user.click(screen.getByRole('link', { name: 'Brian Brazil' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Brian Brazil' })).toBeInTheDocument();
    expect(screen.getByText('Robust Perception')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Talks (2)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Keynote: Prometheus: From Berlin to Bonanza' })).toHaveAttribute(
      'href',
      '/talks/prometheus-from-berlin-to-bonanza',
    );
    expect(screen.getByRole('link', { name: 'Counting with Prometheus' })).toBeInTheDocument();
  });

  it('answers an unknown speaker with the not-found page', async () => {
    await renderApp('/speakers/nobody');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('link health on the talk page', () => {
  it('says a link has not been checked rather than implying it works', async () => {
    await renderApp('/talks/grafana-is-not-enough');
    const video = screen.getByRole('region', { name: 'Video' });
    expect(within(video).getAllByText('not checked yet')).toHaveLength(3);
  });
});
