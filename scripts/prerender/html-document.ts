// Puts a rendered page into the index.html that Vite built (which links the hashed scripts, and
// holds the stylesheet once inline-stylesheets.ts has run): the policy first in <head>, the page's
// <title> and head tags in place of the generic ones, and the app's markup in #root for the
// client to hydrate.
import { PAGE_DATA_ELEMENT_ID } from '../../src/catalog/page-data';
import { LOCALE, type Language } from '../../src/i18n/messages';
import { PRERENDERED_URL_ATTRIBUTE } from '../../src/prerender/prerendered-url';
import { contentSecurityPolicyTag, hashSource } from './content-security-policy';
import { escapeHtml } from './escape-html';
import { inlineStyleHashSources } from './inline-stylesheets';

export type PageParts = {
  /** What React rendered: hoisted head elements first, then the app. */
  appHtml: string;
  headTags: readonly string[];
  /** The URL the page is hydrated at; null for a page served at any URL (404.html). */
  prerenderedUrl: string | null;
  /** The page's slice of the catalog as JSON for a <script> (page-data.ts); null: it carries none. */
  pageData?: string | null;
  /** The page's language, for <html lang>. */
  language: Language;
  /** A script to run before anything else of the page (language-entry-script.ts), allowed by its hash. */
  firstScript?: string | null;
};

// React emits the <title>, <meta> and <link> elements that components render ahead of the rest.
const HOISTED = /<title>[^<]*<\/title>|<meta\b[^>]*>|<link\b[^>]*>/y;

/** React's hoisted elements, which belong in <head>, and the markup that belongs in #root. */
export function splitHoisted(appHtml: string): { hoisted: string[]; body: string } {
  const hoisted: string[] = [];
  const pattern = new RegExp(HOISTED);
  let offset = 0;
  for (let match = pattern.exec(appHtml); match; match = pattern.exec(appHtml)) {
    hoisted.push(match[0]);
    offset = pattern.lastIndex;
  }
  return { hoisted, body: appHtml.slice(offset) };
}

function replaceOnce(html: string, pattern: RegExp, what: string, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`dist/index.html has no ${what}; was index.html changed?`);
  // A function, so "$&" or "$1" in a talk's title is text, not a replacement pattern.
  return html.replace(pattern, () => replacement);
}

export function composePage(template: string, { appHtml, headTags, prerenderedUrl, pageData = null, language, firstScript = null }: PageParts): string {
  const { hoisted, body } = splitHoisted(appHtml);
  const titles = hoisted.filter((tag) => tag.startsWith('<title>'));
  if (titles.length !== 1) throw new Error(`the page renders ${titles.length} <title> elements; it needs exactly one`);
  const urlAttribute = prerenderedUrl === null ? '' : ` ${PRERENDERED_URL_ATTRIBUTE}="${escapeHtml(prerenderedUrl)}"`;

  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(template)?.[0];
  if (charset === undefined) throw new Error('dist/index.html has no <meta charset>; was index.html changed?');
  if (firstScript?.includes('</script') === true) throw new Error('the first script contains "</script", which would end it early');
  // The policy covers only what follows it, so it goes before any script or stylesheet. It allows
  // the template's own <style> elements (the inlined stylesheet) and the first script, and no
  // other inline code. The first script follows it at once, before anything is parsed or fetched.
  const policy = contentSecurityPolicyTag({ styles: inlineStyleHashSources(template), scripts: firstScript === null ? [] : [hashSource(firstScript)] });
  const first = firstScript === null ? '' : `\n    <script>${firstScript}</script>`;
  let html = template.replace(charset, () => `${charset}\n    ${policy}${first}`);
  html = replaceOnce(html, /<html lang="[^"]*">/, '<html lang>', `<html lang="${LOCALE[language]}">`);
  // The page's own description replaces the generic one.
  html = html.replace(/\n?[ \t]*<meta name="description"[^>]*>/i, '');
  html = replaceOnce(html, /<title>[^<]*<\/title>/i, '<title>', [...hoisted, ...headTags].join('\n    '));
  // The slice goes after the markup, so the page is painted before the browser reads its data.
  const data = pageData === null ? '' : `\n    <script type="application/json" id="${PAGE_DATA_ELEMENT_ID}">${pageData}</script>`;
  html = replaceOnce(html, /<div id="root"><\/div>/, '<div id="root"></div>', `<div id="root"${urlAttribute}>${body}</div>${data}`);
  return html;
}
