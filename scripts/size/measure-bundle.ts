// What the first page view costs: the JS and CSS that dist/index.html loads (or carries in
// <style> elements) before any user action, gzip-compressed as a server would send them,
// checked against the budgets. The JS budget is relative: a multiple of the floor bundle
// (floor-bundle.ts), the libraries alone built the same way, so a library update that grows
// React or the router moves the budget with it, and the budget measures what the app adds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isThirdPartyUrl, pageRefs } from './html-refs';

/** Bytes, except the ratio; a KB is 1000 bytes throughout. */
export interface Budgets {
  /** Initial JS gzip may be at most this many times the floor bundle's JS gzip. */
  readonly initialJsFloorRatio: number;
  readonly cssGzip: number;
  /** A font bigger than this was not subset. */
  readonly fontRaw: number;
}

export const DEFAULT_BUDGETS: Budgets = { initialJsFloorRatio: 1.25, cssGzip: 10_000, fontRaw: 100_000 };

export interface FileSize {
  /** Relative to dist, with forward slashes. */
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

/** What a built page loads first, measured; no budgets applied. */
export interface PageSizes {
  readonly initialJs: FileSize[];
  readonly css: FileSize[];
  /** What the page preloads for the app to fetch at start (the catalog): reported, not budgeted. */
  readonly data: FileSize[];
  /** JS and CSS in dist that the first view does not load (dynamic imports and their CSS). */
  readonly lazy: FileSize[];
  readonly fonts: FileSize[];
  readonly totals: {
    readonly initialJsRaw: number;
    readonly initialJsGzip: number;
    readonly cssRaw: number;
    readonly cssGzip: number;
    readonly dataRaw: number;
    readonly dataGzip: number;
  };
  readonly thirdParty: string[];
  /** Files index.html names that are not in dist: the page would be broken. */
  readonly missing: string[];
  /** Relative static imports in chunks that match no file; possibly a string that looks like one. */
  readonly warnings: string[];
}

/** The floor the JS budget is a multiple of: its initial JS, measured as the app's is. */
export interface Floor {
  readonly jsRaw: number;
  readonly jsGzip: number;
}

export interface BundleReport extends Omit<PageSizes, 'fonts'> {
  readonly budgets: Budgets;
  readonly floor: Floor;
  /** totals.initialJsGzip / floor.jsGzip, unrounded. */
  readonly initialJsFloorRatio: number;
  /** The JS budget in bytes: budgets.initialJsFloorRatio × floor.jsGzip. */
  readonly initialJsGzipLimit: number;
  readonly largeFonts: FileSize[];
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
/** Two decimals, as the budget is written (1.25 ×). */
export const ratio = (value: number) => value.toFixed(2);

/** distDir/index.html, or DistMissingError: lets the CLI stop before it spends time on the floor. */
export function assertBuilt(distDir: string): string {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile) || !statSync(indexFile).isFile()) {
    throw new DistMissingError(`${indexFile} not found: run npm run build first`);
  }
  return indexFile;
}

/** Measures the page in distDir/index.html; throws DistMissingError without one. */
export function measurePage(distDir: string): PageSizes {
  const indexFile = assertBuilt(distDir);
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
  const fonts = allFiles.filter((file) => FONT.test(file)).map((file) => sizeOf(distDir, file));
  const totals = {
    initialJsRaw: sum(initialJsSizes, 'raw'),
    initialJsGzip: sum(initialJsSizes, 'gzip'),
    cssRaw: sum(cssSizes, 'raw'),
    cssGzip: sum(cssSizes, 'gzip'),
    dataRaw: sum(dataSizes, 'raw'),
    dataGzip: sum(dataSizes, 'gzip'),
  };
  return { initialJs: initialJsSizes, css: cssSizes, data: dataSizes, lazy, fonts, totals, thirdParty, missing, warnings };
}

/**
 * The app's first view against the budgets. Pure given dist and the floor: the caller builds the
 * floor (buildFloorBundle) or, in tests, makes one up.
 */
export function measureBundle(distDir: string, floor: Floor, budgets: Budgets = DEFAULT_BUDGETS): BundleReport {
  // A zero floor would make every app "infinitely" over budget: a broken floor build, not a verdict.
  if (!(floor.jsGzip > 0)) throw new RangeError(`the floor bundle's JS gzip must be positive, got ${floor.jsGzip}`);
  const { fonts, ...page } = measurePage(distDir);
  const { totals } = page;
  const largeFonts = fonts.filter((font) => font.raw > budgets.fontRaw);
  const initialJsFloorRatio = totals.initialJsGzip / floor.jsGzip;
  const initialJsGzipLimit = budgets.initialJsFloorRatio * floor.jsGzip;

  const failures: string[] = [];
  // Compared in bytes, not as a rounded ratio, so 1.2504 × is over a 1.25 × budget.
  if (totals.initialJsGzip > initialJsGzipLimit) {
    failures.push(
      `initial JS is ${kb(totals.initialJsGzip)} gzip = ${ratio(initialJsFloorRatio)} × floor ${kb(floor.jsGzip)}, ` +
        `over the ${ratio(budgets.initialJsFloorRatio)} × budget (${kb(initialJsGzipLimit)})`,
    );
  }
  if (totals.cssGzip > budgets.cssGzip) {
    failures.push(`CSS is ${kb(totals.cssGzip)} gzip, over the ${kb(budgets.cssGzip)} budget`);
  }
  for (const ref of page.thirdParty) failures.push(`third-party reference: ${ref}`);
  for (const font of largeFonts) {
    failures.push(`font ${font.file} is ${kb(font.raw)}, over ${kb(budgets.fontRaw)}: subset it`);
  }
  for (const url of page.missing) failures.push(`index.html references ${url}, which is not in dist`);

  // Only the figures: a FloorBundle passed in carries its build details, which the CLI reports apart.
  return { budgets, floor: { jsRaw: floor.jsRaw, jsGzip: floor.jsGzip }, initialJsFloorRatio, initialJsGzipLimit, ...page, largeFonts, failures };
}
