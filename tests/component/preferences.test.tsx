import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PREFERENCES_KEY, usePreferencesStore } from '../../src/preferences/preferences-store';
import { card, cardTitles, renderApp } from './render-app';

// A reader outside mainland China, whatever the machine running the tests says: the default video
// source follows the time zone too (tests/component/video-mirrors.test.tsx has Asia/Shanghai).
beforeEach(() => {
  const inZone = new Intl.DateTimeFormat(undefined, { timeZone: 'Europe/Berlin' }).resolvedOptions();
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue(inZone);
  return () => vi.restoreAllMocks();
});

describe('language', () => {
  it('links to the same page and query in the other language, and remembers the choice when followed', async () => {
    const { user } = await renderApp('/talks?q=alert');
    const toChinese = screen.getByRole('link', { name: /中文/ });
    expect(toChinese).toHaveAttribute('href', '/zh/talks?q=alert');
    expect(toChinese).toHaveAttribute('hreflang', 'zh-Hans');
    // jsdom cannot load another document: the test stops the link before it would.
    const stop = (event: Event) => event.preventDefault();
    document.addEventListener('click', stop);
    await user.click(toChinese);
    document.removeEventListener('click', stop);
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}')).toMatchObject({ state: { language: 'zh' }, version: 1 });
  });

  it('shows a page under /zh/ in Chinese, with a link back to the English page', async () => {
    await renderApp('/zh/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Prometheus 推荐');
    expect(screen.getByRole('searchbox', { name: '搜索演讲' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '用 Prometheus 计数' })).toHaveAttribute('lang', 'zh-Hans');
    // A talk with no Chinese title keeps its English one, marked as English.
    expect(screen.getByRole('heading', { level: 3, name: 'Keynote: Opening the Conference' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/');
    // In-app links stay in Chinese.
    expect(screen.getByRole('link', { name: '用 Prometheus 计数' })).toHaveAttribute('href', expect.stringMatching(/^\/zh\/talks\/counting-things/));
  });

  it('formats dates for the language', async () => {
    await renderApp('/zh/talks/counting-things');
    expect(screen.getByText('2017年3月29日')).toHaveAttribute('datetime', '2017-03-29');
  });
});

describe('video source', () => {
  it('defaults to Tencent Video on Chinese pages and YouTube on English ones outside mainland China', async () => {
    const { unmount } = await renderApp('/talks/counting-things');
    expect(screen.getByRole('button', { name: 'Play here from YouTube' })).toBeInTheDocument();
    unmount();
    await renderApp('/zh/talks/counting-things');
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
