import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { formatReport } from '../../scripts/size/format-report';
import { DEFAULT_BUDGETS, DistMissingError, measureBundle, staticImports, type Floor } from '../../scripts/size/measure-bundle';

// Shaped like Vite 8's output with base "/talks/": double-quoted static imports, back-ticked
// dynamic ones, and a preload list naming lazy files that must not count as initial.
const FILES: Record<string, string> = {
  'index.html': `<!doctype html><html><head>
    <!-- <script src="https://commented-out.example.com/x.js"></script> -->
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="/talks/assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="/talks/assets/vendor-b2.js">
    <link rel="stylesheet" crossorigin href="/talks/assets/index-c3.css">
    <link rel="preload" as="fetch" type="application/json" crossorigin href="/talks/assets/catalog-i9.json">
    </head><body><div id="root"></div></body></html>`,
  'assets/index-a1.js':
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Lazy-e5.js","assets/Lazy-h8.css"])))=>i.map(i=>d[i]);\n' +
    'import{r as e}from"./vendor-b2.js";import"./polyfill-d4.js";' +
    'const l=()=>o(()=>import(`./Lazy-e5.js`),__vite__mapDeps([0,1]));console.log(e,l,`import "./not-an-import.js"`);',
  'assets/vendor-b2.js': `var r=${JSON.stringify('react '.repeat(200))};export{r};`,
  'assets/polyfill-d4.js': 'import"./shared-f6.js";window.p=1;',
  'assets/shared-f6.js': 'export const s=1;',
  'assets/Lazy-e5.js': 'import{r}from"./vendor-b2.js";import{x}from"./lazydep-g7.js";export default()=>r+x;',
  'assets/lazydep-g7.js': 'export const x=2;',
  'assets/index-c3.css': 'body{margin:0;color:#222}',
  'assets/Lazy-h8.css': '.lazy{color:red}',
  'assets/catalog-i9.json': JSON.stringify({ talks: Array.from({ length: 50 }, (_, i) => ({ id: `talk-${i}` })) }),
};

let dist = '';

function fakeDist(overrides: Record<string, string | Buffer> = {}): string {
  dist = mkdtempSync(path.join(tmpdir(), 'measure-bundle-'));
  for (const [file, content] of Object.entries({ ...FILES, ...overrides })) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), content);
  }
  return dist;
}

const gzipped = (file: string) => gzipSync(FILES[file] ?? '', { level: 9 }).length;

const INITIAL_JS = ['assets/index-a1.js', 'assets/vendor-b2.js', 'assets/polyfill-d4.js', 'assets/shared-f6.js'];
const initialJsGzip = INITIAL_JS.reduce((total, file) => total + gzipped(file), 0);
/** The real floor is built by the CLI; here one that the fake app is 1.1 × of (see the checks). */
const FLOOR: Floor = { jsRaw: 1000, jsGzip: Math.ceil(initialJsGzip / 1.1) };

afterEach(() => {
  if (dist !== '') rmSync(dist, { recursive: true, force: true });
  dist = '';
});

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic imports', () => {
    const code = [
      'import{a as b}from"./a.js";import"./b.js";import * as c from \'./c.js\';export{d}from"./d.js";',
      'import(`./e.js`);import("./f.js");x.import("./g.js");const m=import.meta.url;',
    ].join('\n');
    expect(staticImports(code)).toEqual(['./a.js', './b.js', './c.js', './d.js']);
  });
});

describe('measureBundle', () => {
  it('follows the page entries and their static imports, under a base path', () => {
    const report = measureBundle(fakeDist(), FLOOR);
    expect(report.initialJs.map((size) => size.file).sort()).toEqual([
      'assets/index-a1.js',
      'assets/polyfill-d4.js',
      'assets/shared-f6.js',
      'assets/vendor-b2.js',
    ]);
    expect(report.css.map((size) => size.file)).toEqual(['assets/index-c3.css']);
    // The dataset is reported on its own: fetched at start, but data rather than code.
    expect(report.data.map((size) => size.file)).toEqual(['assets/catalog-i9.json']);
    expect(report.lazy.map((size) => size.file)).toEqual(['assets/Lazy-e5.js', 'assets/Lazy-h8.css', 'assets/lazydep-g7.js']);
    expect(report.missing).toEqual([]);
    expect(report.failures).toEqual([]);
    // Text inside a string that looks like an import is only a warning, never a failure.
    expect(report.warnings).toEqual(['assets/index-a1.js imports "./not-an-import.js", which is not in dist']);
  });

  it('measures raw and gzip sizes and sums them', () => {
    const report = measureBundle(fakeDist(), FLOOR);
    const vendor = report.initialJs.find((size) => size.file === 'assets/vendor-b2.js');
    expect(vendor).toEqual({
      file: 'assets/vendor-b2.js',
      raw: Buffer.byteLength(FILES['assets/vendor-b2.js'] ?? ''),
      gzip: gzipped('assets/vendor-b2.js'),
    });
    expect(report.totals.initialJsGzip).toBe(initialJsGzip);
    expect(report.totals.cssGzip).toBe(gzipped('assets/index-c3.css'));
    expect(report.totals.dataGzip).toBe(gzipped('assets/catalog-i9.json'));
    expect(formatReport(report)).toMatch(/Data fetched at start \(no budget\)[^\n]*\n {2}assets\/catalog-i9\.json +[\d.]+ +[\d.]+\n/);
  });

  it('counts CSS the page carries in <style> elements against the CSS budget', () => {
    const css = FILES['assets/index-c3.css'] ?? '';
    const html = (FILES['index.html'] ?? '').replace('<link rel="stylesheet" crossorigin href="/talks/assets/index-c3.css">', `<style>${css}</style>`);
    const report = measureBundle(fakeDist({ 'index.html': html }), FLOOR, { ...DEFAULT_BUDGETS, cssGzip: 10 });
    expect(report.css).toEqual([{ file: 'index.html <style>', raw: Buffer.byteLength(css), gzip: gzipped('assets/index-c3.css') }]);
    expect(report.failures).toEqual([expect.stringMatching(/^CSS is [\d.]+ KB gzip, over the 0\.01 KB budget$/)]);
  });

  it('measures the initial JS against a multiple of the floor and reports both', () => {
    const report = measureBundle(fakeDist(), FLOOR);
    expect(report.floor).toEqual(FLOOR);
    expect(report.initialJsFloorRatio).toBe(initialJsGzip / FLOOR.jsGzip);
    expect(report.initialJsGzipLimit).toBe(1.25 * FLOOR.jsGzip);
    expect(report.failures).toEqual([]);
    const text = formatReport(report);
    expect(text).toMatch(/\n {2}floor +1\.00 +[\d.]+ {2}react \+ react-dom \+ react-router-dom \+ zustand alone\n/);
    expect(text).toContain(`✓ initial JS ${(initialJsGzip / 1000).toFixed(2)} KB gzip = 1.10 × floor ${(FLOOR.jsGzip / 1000).toFixed(2)} KB (budget 1.25 ×)`);
    expect(text).toContain(`✓ budget 1.25 × floor = ${((1.25 * FLOOR.jsGzip) / 1000).toFixed(2)} KB gzip`);
  });

  it('compares bytes, not the rounded ratio: at the limit passes, one byte over fails', () => {
    const atLimit = { jsRaw: 1, jsGzip: initialJsGzip };
    expect(measureBundle(fakeDist(), atLimit, { ...DEFAULT_BUDGETS, initialJsFloorRatio: 1 }).failures).toEqual([]);
    const report = measureBundle(dist, { jsRaw: 1, jsGzip: initialJsGzip - 1 }, { ...DEFAULT_BUDGETS, initialJsFloorRatio: 1 });
    expect(report.initialJsFloorRatio).toBeGreaterThan(1);
    expect(report.failures).toEqual([expect.stringMatching(/^initial JS is [\d.]+ KB gzip = 1\.00 × floor [\d.]+ KB, over the 1\.00 × budget \([\d.]+ KB\)$/)]);
  });

  it('fails when over a budget', () => {
    const report = measureBundle(fakeDist(), { jsRaw: 1000, jsGzip: Math.floor(initialJsGzip / 2) }, { ...DEFAULT_BUDGETS, cssGzip: 10 });
    expect(report.failures).toHaveLength(2);
    expect(report.failures[0]).toMatch(/^initial JS is [\d.]+ KB gzip = 2\.\d\d × floor [\d.]+ KB, over the 1\.25 × budget \([\d.]+ KB\)$/);
    expect(report.failures[1]).toMatch(/^CSS is [\d.]+ KB gzip, over the 0\.01 KB budget$/);
    expect(formatReport(report)).toMatch(/✗ budget 1\.25 × floor = [\d.]+ KB gzip/);
    expect(formatReport(report)).toMatch(/✗ initial JS [\d.]+ KB gzip = 2\.\d\d × floor [\d.]+ KB \(budget 1\.25 ×\)/);
  });

  it('refuses a floor without JS, which would make any app infinitely over', () => {
    expect(() => measureBundle(fakeDist(), { jsRaw: 0, jsGzip: 0 })).toThrow(RangeError);
  });

  it('names third-party hosts in index.html and in static imports', () => {
    const html = (FILES['index.html'] ?? '').replace(
      '</head>',
      '<link rel="preconnect" href="https://fonts.example.com"><img src=//cdn.example.net/logo.png></head>',
    );
    const report = measureBundle(
      fakeDist({ 'index.html': html, 'assets/shared-f6.js': 'import"https://esm.example.org/lib.js";export const s=1;' }),
      FLOOR,
    );
    expect(report.thirdParty).toEqual([
      '<link href="https://fonts.example.com">',
      '<img src="//cdn.example.net/logo.png">',
      'static import "https://esm.example.org/lib.js" in assets/shared-f6.js',
    ]);
    expect(report.failures).toHaveLength(3);
  });

  it('fails on a font that was not subset, and on a page entry missing from dist', () => {
    const gone = '<script type="module" src="/talks/assets/gone.js"></script>';
    const html = (FILES['index.html'] ?? '').replace('</head>', `${gone}</head>`);
    const report = measureBundle(
      fakeDist({ 'index.html': html, 'assets/big.woff2': Buffer.alloc(100_001), 'assets/small.woff2': Buffer.alloc(100_000) }),
      FLOOR,
    );
    expect(report.largeFonts.map((font) => font.file)).toEqual(['assets/big.woff2']);
    expect(report.missing).toEqual(['/talks/assets/gone.js']);
    expect(report.failures).toEqual([
      'font assets/big.woff2 is 100.00 KB, over 100.00 KB: subset it',
      'index.html references /talks/assets/gone.js, which is not in dist',
    ]);
  });

  it('works with a relative base and reports a missing dist', () => {
    const html = (FILES['index.html'] ?? '').replaceAll('/talks/', './');
    expect(measureBundle(fakeDist({ 'index.html': html }), FLOOR).initialJs).toHaveLength(4);
    expect(() => measureBundle(path.join(dist, 'nowhere'), FLOOR)).toThrow(DistMissingError);
  });
});
