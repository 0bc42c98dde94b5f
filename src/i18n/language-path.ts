// Each page exists in both languages, at its own URL: English at the path itself (so every URL
// published before there was a choice still works, in English), Chinese under /zh/. The app below
// that prefix is the same app: the entries give the router the prefix as part of its basename, so
// every in-app link stays in the page's language without knowing about it.
import type { Language } from './messages';

const CHINESE_PREFIX = '/zh';

/** The language of an in-app path (the address bar's path without the deploy base). */
export function languageOfPath(appPath: string): Language {
  return appPath === CHINESE_PREFIX || appPath.startsWith(`${CHINESE_PREFIX}/`) ? 'zh' : 'en';
}

/** A language-neutral in-app path ("/talks/x", from paths.ts) as that language's page: "/zh/talks/x". */
export function pathInLanguage(appPath: string, language: Language): string {
  if (language === 'en') return appPath;
  return appPath === '/' ? `${CHINESE_PREFIX}/` : `${CHINESE_PREFIX}${appPath}`;
}

/** The router's basename for the deploy base ("/" or "/talks/") and a language: "/", "/zh", "/talks/zh". */
export function routerBasename(basePath: string, language: Language): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return language === 'en' ? base : `${base}${CHINESE_PREFIX.slice(1)}`;
}
