// The Content Security Policy of every built page, written by the prerenderer as a <meta> tag.
// Not in index.html: the Vite dev server injects inline scripts (React Refresh) that it would
// block. The built app loads only its own files, so nothing inline is allowed anywhere but the
// page's own stylesheet, named by its hash; the prerenderer refuses to write a page that would
// need anything else inline (see inline-code.ts).
//
// A <meta> policy cannot carry frame-ancestors, report-uri or sandbox (browsers ignore them there
// and log an error); a host that wants them sets the Content-Security-Policy header instead.

const DIRECTIVES: ReadonlyArray<readonly [directive: string, sources: string]> = [
  // Anything not named below: only our own origin.
  ['default-src', "'self'"],
  // The bundled modules only; no inline <script>, event handler attributes or eval, so injected
  // markup cannot run code. JSON-LD is a data block, which script-src does not govern.
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

/** The policy for a page whose <style> elements have these hash sources (`'sha256-…'`). */
export function contentSecurityPolicy(styleHashSources: readonly string[] = []): string {
  return DIRECTIVES.map(([directive, sources]) =>
    directive === 'style-src' ? [directive, sources, ...styleHashSources].join(' ') : `${directive} ${sources}`,
  ).join('; ');
}

export const contentSecurityPolicyTag = (styleHashSources: readonly string[]): string =>
  `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styleHashSources)}" />`;
