// `npm run build`'s last step: after the client build (dist/) and the server build of
// src/entry-server.tsx (dist-ssr/), writes every route as static HTML into dist/, e.g.
// dist/talks/<id>/index.html and dist/404.html, for readers and crawlers without JavaScript and
// for a first paint that does not wait for the bundle.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type * as ServerEntry from '../../src/entry-server';
import { PRERENDERED_URL_ATTRIBUTE } from '../../src/prerender/prerendered-url';
import { formatDatesLikeBrowsers } from './browser-like-intl';
import { inlineStylesheets } from './inline-stylesheets';
import { catalogFiles } from '../catalog-files';
import { readValidCatalog } from '../vite/catalog-data-plugin';
import { archiveIndexFiles, archiveIndexFolder } from '../archive-index/build-archive-index';
import { prerenderPages, type Page } from './prerender-pages';
import type { Manifest } from './route-preloads';
import { parseBasePath, parseSiteOrigin, type Site } from './site-urls';

const DIST = path.resolve('dist');
const SERVER_ENTRY = path.resolve('dist-ssr', 'entry-server.js');
const MANIFEST = path.join(DIST, '.vite', 'manifest.json');

function readManifest(): Manifest {
  if (!existsSync(MANIFEST)) {
    console.warn('dist/.vite/manifest.json is missing (build with `vite build --manifest`): pages will not preload their chunks');
    return {};
  }
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

/** The file in dist/ that a root-relative URL under the site's base path names. */
function distFile(site: Site, href: string): string {
  if (!href.startsWith(site.basePath)) throw new Error(`dist/index.html links ${href}, which is outside the base path ${site.basePath}`);
  return path.join(DIST, ...href.slice(site.basePath.length).split('/'));
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;

function sizeLine(page: Page): string {
  return `dist/${page.file}  ${kB(Buffer.byteLength(page.html))} │ gzip: ${kB(gzipSync(page.html).length)}`;
}

/** What was written so far: only the figures the report needs, not the pages. */
type Written = { pages: number; counts: Map<string, number>; bytes: number; home: Page | undefined; largest: Page | undefined };

function tally(written: Written, page: Page): void {
  written.pages += 1;
  if (page.language === 'en') written.counts.set(page.route.kind, (written.counts.get(page.route.kind) ?? 0) + 1);
  written.bytes += Buffer.byteLength(page.html);
  if (written.home === undefined && page.route.kind === 'home') written.home = page;
  if (written.largest === undefined || page.html.length > written.largest.html.length) written.largest = page;
}

/** What was written, in the shape of Vite's own report: counts, the home page, the largest page. */
function summary({ pages, counts, bytes, home, largest }: Written, milliseconds: number): string {
  return [
    `prerendered ${pages} pages, each in English and in Chinese (${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')}), ${kB(bytes)} in all`,
    ...(home ? [sizeLine(home)] : []),
    ...(largest === undefined || largest === home ? [] : [`${sizeLine(largest)}  (largest)`]),
    `✓ prerendered in ${Math.round(milliseconds)}ms`,
  ].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  formatDatesLikeBrowsers();
  const entry = (await import(pathToFileURL(SERVER_ENTRY).href)) as typeof ServerEntry;
  // The base the bundles were built with; SITE_URL only adds the origin for absolute URLs.
  const site: Site = { basePath: parseBasePath(entry.basePath), origin: parseSiteOrigin(process.env.SITE_URL) };
  const shell = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  // Each page is made from Vite's empty shell; a page written by an earlier run is not one.
  if (shell.includes(PRERENDERED_URL_ATTRIBUTE)) {
    throw new Error('dist/index.html is already a prerendered page: run the whole `npm run build`');
  }
  const { template, inlinedHrefs } = inlineStylesheets(shell, (href) => readFileSync(distFile(site, href), 'utf8'));
  const catalog = readValidCatalog(catalogFiles());
  const write = (relative: string, text: string) => {
    const file = path.join(DIST, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const written: Written = { pages: 0, counts: new Map(), bytes: 0, home: undefined, largest: undefined };
  for await (const page of prerenderPages(catalog, entry, { template, manifest: readManifest() }, site)) {
    write(page.file, page.html);
    if (page.data !== null) write(page.data.file, page.data.json);
    tally(written, page);
  }
  const indexFolder = archiveIndexFolder(catalog);
  for (const file of archiveIndexFiles(catalog)) write(`${indexFolder}${file.file}`, file.json);
  // The manifest served the prerenderer only, and every page carries the stylesheets it inlined:
  // neither is part of the site.
  rmSync(path.dirname(MANIFEST), { recursive: true, force: true });
  for (const href of inlinedHrefs) rmSync(distFile(site, href));
  console.log(summary(written, performance.now() - started));
}

main().catch((error: unknown) => {
  console.error(`prerender failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
