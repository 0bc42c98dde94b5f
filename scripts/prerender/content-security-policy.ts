// The Content Security Policy of every built page, written by the prerenderer as a <meta> tag.
// Not in index.html: the Vite dev server injects inline scripts (React Refresh) that it would
// block. The built app loads only its own files, so nothing inline is allowed anywhere but the
// page's own stylesheet and, on English pages, the language entry script
// (language-entry-script.ts), each named by its hash; the prerenderer refuses to write a page that
// would need anything else inline (see inline-code.ts).
import { createHash } from 'node:crypto';
//
// A <meta> policy cannot carry frame-ancestors, report-uri or sandbox (browsers ignore them there
// and log an error); a host that wants them sets the Content-Security-Policy header instead.

const DIRECTIVES: ReadonlyArray<readonly [directive: string, sources: string]> = [
  // Anything not named below: only our own origin.
  ['default-src', "'self'"],
  // The bundled modules and the inline scripts named by hash; no other inline <script>, event
  // handler attributes or eval, so injected markup cannot run code. JSON-LD is a data block,
  // which script-src does not govern.
  ['script-src', "'self'"],
  // Our own stylesheets, and the <style> elements the page was built with, by their hashes
  // (inline-stylesheets.ts); no other <style> element and no style="" attribute.
  ['style-src', "'self'"],
  // data: for the empty favicon in index.html (`<link rel="icon" href="data:,">`), which stops
  // browsers requesting /favicon.ico. Video thumbnails are never loaded from a video host.
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  // The app fetches only its own dataset (assets/catalog-*.json), from our origin.
  ['connect-src', "'self'"],
  // The two video players, loaded only when the reader presses play: privacy-enhanced YouTube,
  // and Tencent Video's player for readers in mainland China.
  ['frame-src', 'https://www.youtube-nocookie.com https://v.qq.com'],
  ['media-src', "'self'"],
  // No plugins.
  ['object-src', "'none'"],
  // An injected <base href> would redirect every relative URL, including our scripts.
  ['base-uri', "'self'"],
  // The search form never submits elsewhere.
  ['form-action', "'self'"],
];

/** A CSP source that allows an inline <style> or <script> element with exactly this text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources (`'sha256-…'`, from hashSource) of the page's inline elements. */
export type InlineHashes = { styles?: readonly string[]; scripts?: readonly string[] };

/** The policy for a page with these inline <style> and <script> elements. */
export function contentSecurityPolicy({ styles = [], scripts = [] }: InlineHashes = {}): string {
  const extra: Record<string, readonly string[]> = { 'style-src': styles, 'script-src': scripts };
  return DIRECTIVES.map(([directive, sources]) => [directive, sources, ...(extra[directive] ?? [])].join(' ')).join('; ');
}

export const contentSecurityPolicyTag = (hashes: InlineHashes): string =>
  `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`;
