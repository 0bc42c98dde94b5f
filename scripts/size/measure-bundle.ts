// What the first page view costs: the JS and CSS that dist/index.html loads (or carries in
// <style> elements) before any user action, gzip-compressed as a server would send them,
// checked against the budgets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isThirdPartyUrl, pageRefs } from './html-refs';

/** Bytes; a KB is 1000 bytes throughout. */
export interface Budgets {
  readonly initialJsGzip: number;
  readonly cssGzip: number;
  /** A font bigger than this was not subset. */
  readonly fontRaw: number;
}

export const DEFAULT_BUDGETS: Budgets = { initialJsGzip: 95_000, cssGzip: 10_000, fontRaw: 100_000 };

export interface FileSize {
  /** Relative to dist, with forward slashes. */
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleReport {
  readonly budgets: Budgets;
  readonly initialJs: FileSize[];
  readonly css: FileSize[];
  /** What the page preloads for the app to fetch at start (the catalog): reported, not budgeted. */
  readonly data: FileSize[];
  /** JS and CSS in dist that the first view does not load (dynamic imports and their CSS). */
  readonly lazy: FileSize[];
  readonly totals: {
    readonly initialJsRaw: number;
    readonly initialJsGzip: number;
    readonly cssRaw: number;
    readonly cssGzip: number;
    readonly dataRaw: number;
    readonly dataGzip: number;
  };
  readonly thirdParty: string[];
  readonly largeFonts: FileSize[];
  /** Files index.html names that are not in dist: the page would be broken. */
  readonly missing: string[];
  /** Relative static imports in chunks that match no file; possibly a string that looks like one. */
  readonly warnings: string[];
  /** Every reason to fail the check, in words; empty when all is well. */
  readonly failures: string[];
}

export class DistMissingError extends Error {}

const FONT = /\.(?:woff2?|ttf|otf)$/i;
const CODE = /\.(?:m?js|css)$/i;
// `import x from "./a.js"`, `import"./a.js"`, `export{x}from"./a.js"`; never `import("./a.js")`,
// whose "(" the pattern does not allow, nor Vite's preload lists, which have no keyword.
const STATIC_IMPORT = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?(["'])([^"'\n]+)\1/g;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(path.join(dir, entry.name), relative);
    return entry.isFile() ? [relative] : [];
  });
}

function urlPath(url: string): string {
  const bare = url.trim().replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/**
 * The dist file a URL in index.html means. The deploy base ("/talks/") is in the URL but not in
 * dist, so the longest trailing part of the path that names a file in dist wins.
 */
function fileForPageUrl(url: string, files: ReadonlySet<string>): string | undefined {
  const segments = path.posix.normalize(urlPath(url)).split('/').filter((s) => s !== '' && s !== '.');
  for (let start = 0; start < segments.length; start++) {
    const candidate = segments.slice(start).join('/');
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

function fileForImport(specifier: string, importer: string, files: ReadonlySet<string>): string | undefined {
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(importer), urlPath(specifier)));
    return files.has(resolved) ? resolved : undefined;
  }
  return specifier.startsWith('/') ? fileForPageUrl(specifier, files) : undefined;
}

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[2] ?? '');
}

function sizeOfContent(file: string, content: Buffer): FileSize {
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

const sizeOf = (distDir: string, file: string): FileSize => sizeOfContent(file, readFileSync(path.join(distDir, file)));

/** CSS in a page's <style> element, measured on its own as if it were a file. */
const sizeOfText = (label: string, text: string): FileSize => sizeOfContent(label, Buffer.from(text, 'utf8'));

const sum = (sizes: readonly FileSize[], key: 'raw' | 'gzip') => sizes.reduce((total, size) => total + size[key], 0);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;

export function measureBundle(distDir: string, budgets: Budgets = DEFAULT_BUDGETS): BundleReport {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile) || !statSync(indexFile).isFile()) {
    throw new DistMissingError(`${indexFile} not found: run npm run build first`);
  }
  const allFiles = filesUnder(distDir);
  const files = new Set(allFiles);
  const refs = pageRefs(readFileSync(indexFile, 'utf8'));
  const missing: string[] = [];
  const warnings: string[] = [];
  const thirdParty = [...refs.thirdParty];

  const localFile = (url: string): string | undefined => {
    if (isThirdPartyUrl(url)) return undefined; // already reported as third-party
    const file = fileForPageUrl(url, files);
    if (file === undefined) missing.push(url);
    return file;
  };

  // Breadth-first over static imports from the page's scripts; a Set keeps each file once.
  const initialJs = new Set<string>();
  const queue = refs.scripts.map(localFile).filter((file) => file !== undefined);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (initialJs.has(file)) continue;
    initialJs.add(file);
    for (const specifier of staticImports(readFileSync(path.join(distDir, file), 'utf8'))) {
      if (isThirdPartyUrl(specifier)) {
        thirdParty.push(`static import "${specifier}" in ${file}`);
        continue;
      }
      const target = fileForImport(specifier, file, files);
      if (target !== undefined) queue.push(target);
      else if (specifier.startsWith('.')) warnings.push(`${file} imports "${specifier}", which is not in dist`);
    }
  }
  const cssFiles = new Set(refs.stylesheets.map(localFile).filter((file) => file !== undefined));

  const initialJsSizes = [...initialJs].map((file) => sizeOf(distDir, file));
  const cssSizes = [
    ...[...cssFiles].map((file) => sizeOf(distDir, file)),
    ...refs.inlineStyles.map((css, index) => sizeOfText(`index.html <style>${refs.inlineStyles.length > 1 ? ` ${index + 1}` : ''}`, css)),
  ];
  const dataSizes = [...new Set(refs.data.map(localFile).filter((file) => file !== undefined))].map((file) => sizeOf(distDir, file));
  const lazy = allFiles
    .filter((file) => CODE.test(file) && !initialJs.has(file) && !cssFiles.has(file))
    .sort()
    .map((file) => sizeOf(distDir, file));
  const largeFonts = allFiles
    .filter((file) => FONT.test(file))
    .map((file) => sizeOf(distDir, file))
    .filter((font) => font.raw > budgets.fontRaw);
  const totals = {
    initialJsRaw: sum(initialJsSizes, 'raw'),
    initialJsGzip: sum(initialJsSizes, 'gzip'),
    cssRaw: sum(cssSizes, 'raw'),
    cssGzip: sum(cssSizes, 'gzip'),
    dataRaw: sum(dataSizes, 'raw'),
    dataGzip: sum(dataSizes, 'gzip'),
  };

  const failures: string[] = [];
  if (totals.initialJsGzip > budgets.initialJsGzip) {
    failures.push(`initial JS is ${kb(totals.initialJsGzip)} gzip, over the ${kb(budgets.initialJsGzip)} budget`);
  }
  if (totals.cssGzip > budgets.cssGzip) {
    failures.push(`CSS is ${kb(totals.cssGzip)} gzip, over the ${kb(budgets.cssGzip)} budget`);
  }
  for (const ref of thirdParty) failures.push(`third-party reference: ${ref}`);
  for (const font of largeFonts) {
    failures.push(`font ${font.file} is ${kb(font.raw)}, over ${kb(budgets.fontRaw)}: subset it`);
  }
  for (const url of missing) failures.push(`index.html references ${url}, which is not in dist`);

  return {
    budgets,
    initialJs: initialJsSizes,
    css: cssSizes,
    data: dataSizes,
    lazy,
    totals,
    thirdParty,
    largeFonts,
    missing,
    warnings,
    failures,
  };
}
