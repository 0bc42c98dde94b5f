import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, usePreferencesStore, languageFromNavigator } from '../../src/preferences/preferences-store';
import { renderApp } from './render-app';

describe('language', () => {
  it('switches the whole UI and <html lang>, and remembers the choice', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: /中文/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('KubeCon + CloudNativeCon 欧洲 2017 · Prometheus 演讲');
    expect(screen.getByRole('searchbox', { name: '搜索演讲' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(screen.getByRole('heading', { level: 3, name: '配置高性能的 Prometheus' })).toHaveAttribute('lang', 'zh-Hans');
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}')).toMatchObject({ state: { language: 'zh' }, version: 1 });
    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the browser on a first visit', () => {
    expect(languageFromNavigator(['zh-CN', 'en'])).toBe('zh');
    expect(languageFromNavigator(['zh-TW'])).toBe('zh');
    expect(languageFromNavigator(['fr-FR', 'en-GB'])).toBe('en');
    expect(languageFromNavigator(['de'])).toBe('en');
    expect(languageFromNavigator([])).toBe('en');
  });

  it('formats counts and dates for the language', async () => {
    usePreferencesStore.setState({ language: 'zh' });
    await renderApp('/talks/long-term-storage');
    expect(screen.getByText('2017年3月30日')).toBeInTheDocument();
  });
});

describe('video source', () => {
  it('defaults to Tencent Video for Chinese readers and YouTube for English ones', async () => {
    await renderApp('/talks/long-term-storage');
    expect(screen.getByRole('button', { name: 'Play here from YouTube' })).toBeInTheDocument();
    act(() => {
      usePreferencesStore.setState({ language: 'zh' });
    });
    expect(screen.getByRole('button', { name: '在此播放（腾讯视频）' })).toBeInTheDocument();
  });

  it('remembers the reader’s choice and loads the player only on request', async () => {
    const { user } = await renderApp('/talks/long-term-storage');
    expect(document.querySelector('iframe')).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Tencent Video mirror/ }));
    expect(usePreferencesStore.getState().videoSource).toBe('tencent');
    await user.click(screen.getByRole('button', { name: 'Play here from Tencent Video' }));
    expect(screen.getByTitle(/Tencent Video player/)).toHaveAttribute('src', 'https://v.qq.com/txp/iframe/player.html?vid=r07285mldb3&autoplay=1');
    await user.click(screen.getByRole('radio', { name: 'YouTube' }));
    expect(screen.getByTitle(/YouTube player/)).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/MuHkckZg5L0?autoplay=1&rel=0');
  });

  it('puts the preferred source first on each card', async () => {
    usePreferencesStore.setState({ videoSource: 'tencent' });
    await renderApp('/');
    const links = within(screen.getByRole('article', { name: 'Counting with Prometheus' })).getAllByRole('link', { name: /Tencent Video|YouTube/ });
    expect(links.map((link) => link.textContent)).toEqual(['Tencent Video (opens in a new tab)', 'YouTube (opens in a new tab)']);
  });
});

describe('theme', () => {
  it('follows the system until the reader picks one', async () => {
    const { user } = await renderApp('/');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'System');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});

describe('sorting and summary', () => {
  it('sorts the list and keeps the order in the URL', async () => {
    const { user, location } = await renderApp('/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Level');
    await waitFor(() => expect(location()).toBe('/?sort=level'));
    const first = screen.getAllByRole('article')[0];
    expect(first).toHaveAccessibleName('Keynote: Prometheus: From Berlin to Bonanza');
    // The first screenful comes with the change, the rest once it is painted.
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(11));
    expect(screen.getAllByRole('article').at(-1)).toHaveAccessibleName(/Monitor My Socks/);
  });

  it('shows talks per topic and coverage, each topic a link that filters', async () => {
    const { user, location } = await renderApp('/');
    const chart = screen.getByRole('figure', { name: 'Talks per topic' });
    expect(within(chart).getByRole('link', { name: 'Alerting' })).toBeInTheDocument();
    const coverage = screen.getByRole('figure', { name: 'Coverage' });
    expect(within(coverage).getByText('9 of 11')).toBeInTheDocument();
    await user.click(within(chart).getByRole('link', { name: 'Storage' }));
    expect(location()).toBe('/?topic=storage');
  });
});
