import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PREFERENCES_KEY, usePreferencesStore, languageFromNavigator } from '../../src/preferences/preferences-store';
import { card, cardTitles, renderApp } from './render-app';

// A reader outside mainland China, whatever the machine running the tests says: the default video
// source follows the time zone too (tests/component/video-mirrors.test.tsx has Asia/Shanghai).
beforeEach(() => {
  const inZone = new Intl.DateTimeFormat(undefined, { timeZone: 'Europe/Berlin' }).resolvedOptions();
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue(inZone);
  return () => vi.restoreAllMocks();
});

describe('language', () => {
  it('switches the whole UI and <html lang>, and remembers the choice', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: /中文/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Prometheus 推荐');
    expect(screen.getByRole('searchbox', { name: '搜索演讲' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(screen.getByRole('heading', { level: 3, name: '用 Prometheus 计数' })).toHaveAttribute('lang', 'zh-Hans');
    // A talk with no Chinese title keeps its English one, marked as English.
    expect(screen.getByRole('heading', { level: 3, name: 'Keynote: Opening the Conference' })).toHaveAttribute('lang', 'en');
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}')).toMatchObject({ state: { language: 'zh' }, version: 1 });
    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Prometheus picks');
  });

  it('follows the browser on a first visit', () => {
    expect(languageFromNavigator(['zh-CN', 'en'])).toBe('zh');
    expect(languageFromNavigator(['zh-TW'])).toBe('zh');
    expect(languageFromNavigator(['fr-FR', 'en-GB'])).toBe('en');
    expect(languageFromNavigator(['de'])).toBe('en');
    expect(languageFromNavigator([])).toBe('en');
  });

  it('formats dates for the language', async () => {
    usePreferencesStore.setState({ language: 'zh' });
    await renderApp('/talks/counting-things');
    expect(screen.getByText('2017年3月29日')).toHaveAttribute('datetime', '2017-03-29');
  });
});

describe('video source', () => {
  it('defaults to Tencent Video for Chinese readers and YouTube for English ones outside mainland China', async () => {
    await renderApp('/talks/counting-things');
    expect(screen.getByRole('button', { name: 'Play here from YouTube' })).toBeInTheDocument();
    act(() => {
      usePreferencesStore.setState({ language: 'zh' });
    });
    expect(screen.getByRole('button', { name: '在此播放（腾讯视频）' })).toBeInTheDocument();
  });

  it('remembers the reader’s choice and loads the player only on request', async () => {
    const { user } = await renderApp('/talks/counting-things');
    expect(document.querySelector('iframe')).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Tencent Video mirror/ }));
    expect(usePreferencesStore.getState().videoSource).toBe('tencent');
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}')).toMatchObject({ state: { videoSource: 'tencent' } });
    await user.click(screen.getByRole('button', { name: 'Play here from Tencent Video' }));
    expect(screen.getByTitle('Tencent Video player: Counting Things with Prometheus')).toHaveAttribute(
      'src',
      'https://v.qq.com/txp/iframe/player.html?vid=a0000000001&autoplay=1',
    );
    await user.click(screen.getByRole('radio', { name: 'YouTube' }));
    expect(screen.getByTitle('YouTube player: Counting Things with Prometheus')).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/aaaaaaaaaaa?autoplay=1&rel=0',
    );
  });

  it('offers no choice of source for a talk on one host, and plays the one there is', async () => {
    usePreferencesStore.setState({ videoSource: 'tencent' });
    await renderApp('/talks/keynote-opening');
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play here from YouTube' })).toBeInTheDocument();
  });

  it('puts the preferred source first on each card', async () => {
    usePreferencesStore.setState({ videoSource: 'tencent' });
    await renderApp('/');
    const links = within(card('Counting Things with Prometheus')).getAllByRole('link', { name: /Tencent Video|YouTube/ });
    expect(links.map((link) => link.textContent)).toEqual([
      'Tencent Video (opens in a new tab)',
      'YouTube (blocked in mainland China) (opens in a new tab)',
    ]);
  });
});

describe('theme', () => {
  it('follows the system until the reader picks one', async () => {
    const { user } = await renderApp('/');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour scheme' }), 'Dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}')).toMatchObject({ state: { theme: 'dark' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour scheme' }), 'System');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});

describe('sorting the front page', () => {
  it('sorts the collection by level, keynotes first, and keeps the order in the URL', async () => {
    const { user, location } = await renderApp('/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Level');
    await waitFor(() => expect(location()).toBe('/?sort=level'));
    expect(cardTitles()).toEqual(['Keynote: Opening the Conference', 'Counting Things with Prometheus', 'Alerting at Scale']);
    // The numbers stay those of the collection.
    expect(within(card('Alerting at Scale')).getByText('#2')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'As listed');
    await waitFor(() => expect(location()).toBe('/'));
    expect(cardTitles()).toEqual(['Keynote: Opening the Conference', 'Alerting at Scale', 'Counting Things with Prometheus']);
  });
});
