// Mirrors for where the reader is, and links that say mainland China blocks their host.
// The zone is stubbed the way the app reads it (Intl.DateTimeFormat().resolvedOptions().timeZone),
// before any test of this file renders: the store reads the zone once, on first use, and vitest
// gives each test file its own modules, so every test here sees Asia/Shanghai.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PREFERENCES_KEY, usePreferencesStore } from '../../src/preferences/preferences-store';
import { card, fixtureVariant, renderApp } from './render-app';

beforeEach(() => {
  const inZone = new Intl.DateTimeFormat(undefined, { timeZone: 'Asia/Shanghai' }).resolvedOptions();
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue(inZone);
  return () => vi.restoreAllMocks();
});

/** The links to the two mirrors in `container`, in the page's order. */
const videoLinks = (container: HTMLElement) =>
  within(container)
    .getAllByRole('link')
    .filter((link) => /^https:\/\/(www\.youtube\.com|v\.qq\.com)\//.test(link.getAttribute('href') ?? ''));
const hosts = (links: readonly HTMLElement[]) => links.map((link) => new URL(link.getAttribute('href') ?? '').hostname);

describe('the default mirror', () => {
  it('is Tencent Video for an English reader in Asia/Shanghai, on a card and on the talk page', async () => {
    const { user } = await renderApp('/');
    const links = videoLinks(card('Counting Things with Prometheus'));
    expect(hosts(links)).toEqual(['v.qq.com', 'www.youtube.com']);
    expect(links[0]).toHaveClass('preferred-source');

    await user.click(within(card('Counting Things with Prometheus')).getByRole('link', { name: 'Counting Things with Prometheus' }));
    await screen.findByRole('heading', { level: 1, name: 'Counting Things with Prometheus' });
    const video = screen.getByRole('region', { name: 'Video' });
    expect(within(video).getByRole('button', { name: 'Play here from Tencent Video' })).toBeInTheDocument();
    expect(within(video).getByRole('radio', { name: /Tencent Video mirror/ })).toBeChecked();
    // Beside the source chooser the links keep its order (choosing must not move them); the default is marked.
    expect(hosts(videoLinks(video))).toEqual(['www.youtube.com', 'v.qq.com']);
    expect(videoLinks(video)[1]).toHaveClass('preferred-source');
    // A default, not a choice: nothing is stored.
    expect(usePreferencesStore.getState().videoSource).toBeNull();
  });

  it('gives way to the reader’s stored choice', async () => {
    // As a returning reader's browser has it: chosen on an earlier visit, read back from storage.
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ state: { videoSource: 'youtube' }, version: 1 }));
    await usePreferencesStore.persist.rehydrate();
    expect(usePreferencesStore.getState().videoSource).toBe('youtube');
    const { user } = await renderApp('/');
    expect(hosts(videoLinks(card('Counting Things with Prometheus')))).toEqual(['www.youtube.com', 'v.qq.com']);
    await user.click(within(card('Counting Things with Prometheus')).getByRole('link', { name: 'Counting Things with Prometheus' }));
    await screen.findByRole('heading', { level: 1, name: 'Counting Things with Prometheus' });
    const video = screen.getByRole('region', { name: 'Video' });
    expect(within(video).getByRole('button', { name: 'Play here from YouTube' })).toBeInTheDocument();
    expect(hosts(videoLinks(video))).toEqual(['www.youtube.com', 'v.qq.com']);
  });
});

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A link's whole accessible name from its parts. jsdom's name computation drops the space before a
 * visually hidden part that a browser keeps, so the parts may be joined with or without one.
 */
const named = (...parts: string[]) => new RegExp(`^${parts.map(escaped).join('\\s*')}$`);
const EN_NOTE = '(blocked in mainland China)';
const ZH_NOTE = '（中国大陆无法直接访问）';
const EN_TAB = '(opens in a new tab)';
const ZH_TAB = '（在新标签页打开）';

/** counting-things with its slides on SlideShare. */
const withSlideShare = () =>
  fixtureVariant((input) => {
    for (const talk of input.talks) {
      if (talk.id === 'counting-things') talk.slides = { url: 'https://www.slideshare.net/ada/counting-things' };
    }
  });

/** The visible note right after a link, hidden from screen readers (they hear it in the link's name). */
const noteAfter = (link: HTMLElement) => {
  const note = link.nextElementSibling;
  return note?.getAttribute('aria-hidden') === 'true' ? note.textContent : null;
};

describe('links to hosts blocked in mainland China', () => {
  it('say so on a card, in English and in Chinese, and the Tencent Video link does not', async () => {
    const { unmount } = await renderApp('/', withSlideShare());
    let counting = () => card('Counting Things with Prometheus');
    const youTube = within(counting()).getByRole('link', { name: named('YouTube', EN_NOTE, EN_TAB) });
    expect(noteAfter(youTube)).toBe(EN_NOTE);
    const slides = within(counting()).getByRole('link', { name: named('SlideShare', EN_NOTE, EN_TAB) });
    expect(noteAfter(slides)).toBe(EN_NOTE);
    const tencent = within(counting()).getByRole('link', { name: named('Tencent Video', EN_TAB) });
    expect(noteAfter(tencent)).toBeNull();

    unmount();
    await renderApp('/zh/', withSlideShare());
    counting = () => card('用 Prometheus 计数');
    const youTubeZh = within(counting()).getByRole('link', { name: named('YouTube', ZH_NOTE, ZH_TAB) });
    expect(noteAfter(youTubeZh)).toBe(ZH_NOTE);
    const slidesZh = within(counting()).getByRole('link', { name: named('SlideShare', ZH_NOTE, ZH_TAB) });
    expect(noteAfter(slidesZh)).toBe(ZH_NOTE);
    expect(noteAfter(within(counting()).getByRole('link', { name: named('腾讯视频', ZH_TAB) }))).toBeNull();
    expect(within(counting()).queryByText(EN_NOTE)).not.toBeInTheDocument();
  });

  it('say so on the talk page, for the video and the slides, and the Tencent Video mirror does not', async () => {
    const { unmount } = await renderApp('/talks/counting-things', withSlideShare());
    let video = screen.getByRole('region', { name: 'Video' });
    let slides = screen.getByRole('region', { name: 'Slides' });
    expect(noteAfter(within(video).getByRole('link', { name: named('YouTube', EN_NOTE, EN_TAB) }))).toBe(EN_NOTE);
    expect(noteAfter(within(slides).getByRole('link', { name: named('SlideShare', EN_NOTE, EN_TAB) }))).toBe(EN_NOTE);
    const mirror = within(video).getByRole('link', { name: /^Tencent Video mirror/ });
    expect(mirror).toHaveAccessibleName(named('Tencent Video mirror (loads in mainland China)', EN_TAB));
    expect(noteAfter(mirror)).toBeNull();

    unmount();
    await renderApp('/zh/talks/counting-things', withSlideShare());
    video = screen.getByRole('region', { name: '视频' });
    slides = screen.getByRole('region', { name: '幻灯片' });
    expect(noteAfter(within(video).getByRole('link', { name: named('YouTube', ZH_NOTE, ZH_TAB) }))).toBe(ZH_NOTE);
    expect(noteAfter(within(slides).getByRole('link', { name: named('SlideShare', ZH_NOTE, ZH_TAB) }))).toBe(ZH_NOTE);
    expect(within(video).getByRole('link', { name: /^腾讯视频镜像/ })).not.toHaveAccessibleName(/无法直接访问/);
  });

  it('leave a link to a host that loads in mainland China as it is', async () => {
    await renderApp('/talks/envoy-in-production');
    const wechat = within(screen.getByRole('region', { name: 'Video' })).getByRole('link', { name: /^WeChat article/ });
    expect(wechat).toHaveAccessibleName(named('WeChat article', EN_TAB));
    expect(noteAfter(wechat)).toBeNull();
  });
});
