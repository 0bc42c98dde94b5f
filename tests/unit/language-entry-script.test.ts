// The script runs as it is in the browser, before the app: here it runs in a bare V8 context
// with just what it reads (location, navigator, localStorage, document), so the test sees exactly
// where a reader arriving at an English page is sent.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { languageEntryScript } from '../../scripts/prerender/language-entry-script';
import { PREFERENCES_KEY } from '../../src/preferences/preferences-store';

type Arrival = {
  url: string;
  languages?: readonly string[];
  stored?: string | null;
  referrer?: string;
  base?: string;
  storageThrows?: boolean;
};

/** Where the script sends the reader (null: it stays), and whether it hid the page meanwhile. */
function arrive({ url, languages = ['en-US'], stored = null, referrer = '', base = '/', storageThrows = false }: Arrival) {
  const address = new URL(url);
  let sentTo: string | null = null;
  const style = { display: '' };
  runInNewContext(languageEntryScript(base), {
    URL,
    location: {
      origin: address.origin,
      pathname: address.pathname,
      search: address.search,
      hash: address.hash,
      replace: (to: string) => (sentTo = to),
    },
    navigator: { languages, language: languages[0] },
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return key === PREFERENCES_KEY ? stored : null;
      },
    },
    document: { referrer, documentElement: { style } },
  });
  return { sentTo, hidden: style.display === 'none' };
}

const choice = (language: string) => JSON.stringify({ state: { language, videoSource: null, theme: 'system' }, version: 1 });

describe('the language entry script of English pages', () => {
  it('sends a Chinese browser to the same page in Chinese, query and fragment kept, and hides the English one meanwhile', () => {
    expect(arrive({ url: 'https://t.example/talks/x?q=a#video', languages: ['zh-CN', 'en'] })).toEqual({ sentTo: '/zh/talks/x?q=a#video', hidden: true });
    expect(arrive({ url: 'https://t.example/', languages: ['zh-TW'] }).sentTo).toBe('/zh/');
    expect(arrive({ url: 'https://t.example/base/events', languages: ['zh'], base: '/base/' }).sentTo).toBe('/base/zh/events');
  });

  it('follows the first of the browser’s languages that is English or Chinese', () => {
    expect(arrive({ url: 'https://t.example/', languages: ['fr-FR', 'zh-CN', 'en'] }).sentTo).toBe('/zh/');
    expect(arrive({ url: 'https://t.example/', languages: ['fr-FR', 'en-GB', 'zh'] }).sentTo).toBeNull();
    expect(arrive({ url: 'https://t.example/', languages: ['de'] })).toEqual({ sentTo: null, hidden: false });
    expect(arrive({ url: 'https://t.example/', languages: [] }).sentTo).toBeNull();
    // "zhuang" is not Chinese; the match is on the whole subtag.
    expect(arrive({ url: 'https://t.example/', languages: ['zha'] }).sentTo).toBeNull();
  });

  it('lets a stored choice win over the browser', () => {
    expect(arrive({ url: 'https://t.example/talks', languages: ['zh-CN'], stored: choice('en') }).sentTo).toBeNull();
    expect(arrive({ url: 'https://t.example/talks', languages: ['en-US'], stored: choice('zh') }).sentTo).toBe('/zh/talks');
    // No choice stored yet (null), or a broken value: the browser decides.
    expect(arrive({ url: 'https://t.example/talks', languages: ['zh-CN'], stored: choice('fr') }).sentTo).toBe('/zh/talks');
    expect(arrive({ url: 'https://t.example/talks', languages: ['zh-CN'], stored: '{not json' }).sentTo).toBe('/zh/talks');
    expect(arrive({ url: 'https://t.example/talks', languages: ['zh-CN'], storageThrows: true }).sentTo).toBe('/zh/talks');
  });

  it('leaves a reader who came from one of our pages where they chose to go', () => {
    expect(arrive({ url: 'https://t.example/talks', languages: ['zh-CN'], referrer: 'https://t.example/zh/talks' }).sentTo).toBeNull();
    expect(arrive({ url: 'https://t.example/talks', languages: ['zh-CN'], referrer: 'https://elsewhere.example/' }).sentTo).toBe('/zh/talks');
  });

  it('leaves a page outside the base alone', () => {
    expect(arrive({ url: 'https://t.example/other', languages: ['zh-CN'], base: '/base/' })).toEqual({ sentTo: null, hidden: false });
  });
});
