// Issue 15's reader: a phone in Chinese on a slow CPU, entering at today's (English) URLs. Every
// frame the browser paints is recorded (its text and <html lang>) from an init script, which runs
// in each document before the page's own code, the English one that sends the reader on included.
import type { Page } from '@playwright/test';
import { messages } from '../../src/i18n/messages';
import { videoMessages } from '../../src/video/video-messages';
import { archive, front } from './catalog-facts';
import { expect, test } from './fixtures';
import { layoutShifts, recordLayoutShifts } from './layout-shifts';

/** Words of the English UI that no Chinese page shows (talk titles may well be English). */
const ENGLISH_UI = [messages.en.skipToContent, messages.en.navArchive, messages.en.saveForLater, messages.en.sortLabel, messages.en.searchLabel];

type Frame = { path: string; lang: string; text: string };

/** Records, in the tab's sessionStorage, the text of every painted frame whose text changed. */
async function recordFrames(page: Page): Promise<() => Promise<Frame[]>> {
  await page.addInitScript(() => {
    const KEY = 'painted-frames';
    let last = '';
    const record = () => {
      const html = document.documentElement;
      // A hidden document paints nothing (the entry script hides the English page it leaves). The
      // body is null until the parser reaches it, which the DOM's types do not say.
      if ((document.body as HTMLElement | null) !== null && getComputedStyle(html).display !== 'none') {
        const text = document.body.innerText;
        if (text !== last) {
          last = text;
          const frames = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as unknown[];
          frames.push({ path: location.pathname, lang: html.lang, text });
          sessionStorage.setItem(KEY, JSON.stringify(frames));
        }
      }
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  return () => page.evaluate(() => JSON.parse(sessionStorage.getItem('painted-frames') ?? '[]') as Frame[]);
}

test.describe('a Chinese phone with a slow CPU', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const entry of [
    { name: 'the front page', url: '/', heading: front.title.zh },
    { name: 'a talk page', url: `/talks/${front.talks[0]?.id ?? ''}`, heading: front.talks[0]?.title.zh ?? front.talks[0]?.title.en ?? '' },
  ]) {
    test(`entering at ${entry.name} paints Chinese only, and nothing moves`, async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const frames = await recordFrames(page);
      await recordLayoutShifts(page);
      await page.goto(entry.url);
      await expect(page).toHaveURL(`/zh${entry.url === '/' ? '/' : entry.url}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.heading);
      // Hydrated: the controls that wait for the app are live.
      await expect(page.getByRole('link', { name: /English/ })).toBeVisible();
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);

      const painted = await frames();
      expect(painted.length, 'frames were recorded').toBeGreaterThan(0);
      for (const frame of painted) {
        expect(frame.lang, `<html lang> of a frame at ${frame.path}`).toBe('zh-Hans');
        for (const words of ENGLISH_UI) expect(frame.text, `a frame at ${frame.path}`).not.toContain(words);
      }
      expect(await layoutShifts(page)).toEqual([]);
    });
  }
});

test.describe('the video host to open first, for a reader who has not chosen one', () => {
  // A talk of the front collection with both recordings, so the choice is visible.
  const both = archive.talks.find(
    (t) => front.talks.some((f) => f.id === t.id) && ['youtube', 'tencent'].every((host) => t.videos.some((video) => video.host === host)),
  );
  const talk = `/talks/${both?.id ?? 'a talk with both videos'}`;
  const playHere = (source: string) => videoMessages.en.playHere(source);

  test.describe('in an English browser in Shanghai', () => {
    test.use({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });
    test('is Tencent Video, as YouTube does not load there', async ({ page }) => {
      await page.goto(talk);
      await expect(page.getByRole('button', { name: playHere(messages.en.videoHosts.tencent) })).toBeVisible();
    });
  });

  test.describe('in an English browser in Berlin', () => {
    test.use({ locale: 'en-US', timezoneId: 'Europe/Berlin' });
    test('is YouTube', async ({ page }) => {
      await page.goto(talk);
      await expect(page.getByRole('button', { name: playHere(messages.en.videoHosts.youtube) })).toBeVisible();
    });
  });
});

test.describe('search synonyms, both ways, over the whole archive', () => {
  const resultCount = async (page: Page, query: string): Promise<string> => {
    await page.getByRole('searchbox').fill(query);
    const heading = page.getByRole('heading', { level: 2, name: /显示|Showing/ });
    await expect(heading).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    return (await heading.textContent()) ?? '';
  };

  test('k8s finds what kubernetes finds, and 报警 what 告警 finds', async ({ page }) => {
    await page.goto('/talks');
    const kubernetes = await resultCount(page, 'kubernetes');
    expect(await resultCount(page, 'k8s')).toBe(kubernetes);
    await page.goto('/zh/talks');
    const alerting = await resultCount(page, '告警');
    expect(await resultCount(page, '报警')).toBe(alerting);
  });
});
