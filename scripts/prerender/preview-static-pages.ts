// Makes `vite preview` serve the prerendered pages the way static hosts do (nginx:
// `try_files $uri $uri/index.html /404.html`): /talks/x from dist/talks/x/index.html, query or
// not, and an unknown path gets dist/404.html, or dist/zh/404.html under /zh/. Vite's own fallback only knows /talks/x.html and
// would answer every other path with the home page, which readers without JavaScript would see.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { languageOfPath } from '../../src/i18n/language-path.ts';

export type PreviewAnswer =
  /** Leave the request to Vite: an asset, a directory URL with its index.html, or a foreign path. */
  | { kind: 'pass' }
  /** Serve the page at this URL instead (the directory form, which Vite maps to index.html). */
  | { kind: 'rewrite'; url: string }
  /** Send the browser to the base path's own URL, as hosts do for a directory without its slash. */
  | { kind: 'redirect'; location: string }
  /** Serve this not-found page (relative to dist/): the Chinese one for a path under /zh/. */
  | { kind: 'not-found'; file: string };

/**
 * How a static host answers `url` for a document, given which files dist/ has.
 * `hasFile` takes a path relative to dist/ with forward slashes.
 */
export function answerFor(url: string, basePath: string, hasFile: (file: string) => boolean): PreviewAnswer {
  const queryStart = url.search(/[?#]/);
  const rawPath = queryStart === -1 ? url : url.slice(0, queryStart);
  const rest = queryStart === -1 ? '' : url.slice(queryStart);
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'pass' };
  }
  // "/talks" for base "/talks/": the app's router only knows the base with its slash.
  if (`${pathname}/` === basePath) return { kind: 'redirect', location: `${basePath}${rest}` };
  if (!pathname.startsWith(basePath)) return { kind: 'pass' };
  const relative = pathname.slice(basePath.length);
  // Files (assets, 404.html, robots.txt) are Vite's to serve or to refuse.
  if (/\.[^/]*$/.test(relative)) return { kind: 'pass' };
  const notFound: PreviewAnswer = { kind: 'not-found', file: languageOfPath(`/${relative}`) === 'zh' && hasFile('zh/404.html') ? 'zh/404.html' : '404.html' };
  if (relative === '' || relative.endsWith('/')) return hasFile(`${relative}index.html`) ? { kind: 'pass' } : notFound;
  return hasFile(`${relative}/index.html`) ? { kind: 'rewrite', url: `${rawPath}/${rest}` } : notFound;
}

const acceptsHtml = (accept: string | undefined): boolean =>
  accept === undefined || accept === '' || accept.includes('text/html') || accept.includes('*/*');

export function previewStaticPages(): Plugin {
  return {
    name: 'preview-static-pages',
    configurePreviewServer(server) {
      const { config } = server;
      const dist = path.resolve(config.root, config.build.outDir);
      const hasFile = (file: string) => existsSync(path.join(dist, file));
      server.middlewares.use((req, res, next) => {
        // Before `npm run build` has prerendered anything, Vite's SPA fallback is all there is.
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !acceptsHtml(req.headers.accept) || !hasFile('404.html')) {
          next();
          return;
        }
        const answer = answerFor(req.url ?? '/', config.base, hasFile);
        if (answer.kind === 'redirect') {
          res.writeHead(301, { Location: answer.location }).end();
          return;
        }
        if (answer.kind === 'rewrite') req.url = answer.url;
        if (answer.kind !== 'not-found') {
          next();
          return;
        }
        // 200, as `try_files … /404.html` answers. (Chromium logs a 404 document as a console
        // error, which the end-to-end fixture counts as a failure.)
        res.statusCode = 200;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : readFileSync(path.join(dist, answer.file)));
      });
    },
  };
}
