// Every page carries the app's stylesheet in a <style> element instead of linking it. A linked
// stylesheet holds the first paint until it has arrived: one more request before a reader sees
// anything, and on a phone's network that round trip is often the longest wait of the load. The
// stylesheet is small (about 3.5 KB gzip), so each page carrying it costs less than the wait.
// The Content Security Policy allows exactly these elements, by the SHA-256 of their text.
import { hashSource } from './content-security-policy';

/** `<link rel="stylesheet" … href="…">` as Vite writes it into index.html. */
const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="([^"]*)"/;
/**
 * A <style> element, its text in group 1: raw text, which ends at the first "</style". Shared by
 * everything that reads built pages' styles (the policy, inline-code.ts, the size report).
 */
export const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

export type InlinedTemplate = {
  template: string;
  /** The hrefs of the stylesheets now inlined, which no page loads any more. */
  inlinedHrefs: string[];
};

/** The hash source of every <style> element in the page, in document order. */
export function inlineStyleHashSources(html: string): string[] {
  return [...html.matchAll(STYLE_ELEMENT)].map(([, css = '']) => hashSource(css));
}

function checkInlinable(css: string, href: string): void {
  if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style", which would end its <style> element early`);
  // Inline, a relative url() resolves against the page rather than the stylesheet's folder.
  const relative = [...css.matchAll(/url\(\s*["']?([^"')\s]*)/gi)].map(([, url = '']) => url).find((url) => !/^(?:data:|#)/i.test(url));
  if (relative !== undefined) throw new Error(`${href} refers to url(${relative}), which would not resolve from a page in another folder`);
}

/**
 * Replaces the template's stylesheet links with <style> elements holding the same CSS.
 * `readStylesheet` gets each link's href and returns the file's text.
 */
export function inlineStylesheets(template: string, readStylesheet: (href: string) => string): InlinedTemplate {
  const inlinedHrefs: string[] = [];
  const inlined = template.replace(STYLESHEET_LINK, (link) => {
    const href = HREF.exec(link)?.[1];
    if (href === undefined) throw new Error(`a stylesheet link in dist/index.html has no href: ${link}`);
    const css = readStylesheet(href);
    checkInlinable(css, href);
    inlinedHrefs.push(href);
    return `<style>${css}</style>`;
  });
  return { template: inlined, inlinedHrefs };
}
