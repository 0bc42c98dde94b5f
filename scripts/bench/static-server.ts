// A static host for a built app, so the bench and the audit measure the files that ship rather
// than a dev server. It behaves like a typical SPA host: files as they are (gzip when the client
// accepts it), prerendered pages at /path, /path/index.html or /path.html, and index.html for any
// other page route. A missing *file* is a 404, not index.html, so a broken asset reference or a
// missing robots.txt shows up as an error instead of HTML served as JavaScript.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticServer {
  /** Origin plus the base the app was built with, ending in "/". */
  readonly url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.xml', '.svg', '.webmanifest']);
// Vite puts content-hashed files here; a host can cache them for good. Pages must revalidate.
const HASHED_DIR = 'assets/';

/**
 * The base the app was built with (vite `base`, BASE_PATH), read back from the entry script's
 * URL in index.html, so a build made with BASE_PATH=/talks/ is served where it expects to be.
 */
export function detectBase(root: string): string {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const match = /<script[^>]+src="([^"]*?)assets\//.exec(html);
  const base = match?.[1] ?? '/';
  return base.startsWith('/') ? base : '/';
}

interface Body {
  readonly raw: Buffer;
  gzip?: Buffer;
}

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
}

function wantsPage(request: IncomingMessage, relative: string): boolean {
  return (request.headers.accept ?? '').includes('text/html') || !path.posix.basename(relative).includes('.');
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  if (!existsSync(path.join(absoluteRoot, 'index.html'))) throw new Error(`${root} has no index.html: build the app first`);
  const base = detectBase(absoluteRoot);
  // The build does not change while it is served; compressing each file once keeps a large
  // bundle's gzip time out of every measured page load after the first.
  const cache = new Map<string, Body>();

  const fileAt = (relative: string): string | undefined => {
    const file = path.join(absoluteRoot, relative);
    if (file !== absoluteRoot && !file.startsWith(absoluteRoot + path.sep)) return undefined;
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };

  const resolve = (request: IncomingMessage): string | undefined => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
    const relative = pathname.slice(base.length).replace(/^\/+/, '');
    const page = relative.replace(/\/+$/, '');
    const candidates = [relative, path.posix.join(page, 'index.html'), `${page}.html`].filter((c) => c !== '');
    for (const candidate of candidates) {
      const file = fileAt(candidate);
      if (file !== undefined) return file;
    }
    return wantsPage(request, relative) ? fileAt('index.html') : undefined;
  };

  const send = (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file: string | undefined;
    try {
      file = resolve(request);
    } catch {
      file = undefined; // a malformed %-escape: not a file we have
    }
    if (file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const extension = path.extname(file);
    let body = cache.get(file);
    if (body === undefined) {
      body = { raw: readFileSync(file) };
      cache.set(file, body);
    }
    const gzip = COMPRESSIBLE.has(extension) && acceptsGzip(request);
    if (gzip) body.gzip ??= gzipSync(body.raw);
    const payload = gzip && body.gzip !== undefined ? body.gzip : body.raw;
    const hashed = path.relative(absoluteRoot, file).split(path.sep).join('/').startsWith(HASHED_DIR);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'content-length': payload.length,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : payload);
  };

  const server = createServer(send);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        // Keep-alive sockets from the browser would hold close() open until they time out.
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
