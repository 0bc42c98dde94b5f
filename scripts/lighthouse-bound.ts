// npm run audit:bound -- <built dist> [runs] [<another build of the same catalog>…]
// A bound for the Lighthouse performance target: the audit's four pages of a build as they ship,
// beside the same pages with the app's JavaScript swapped for the floor bundle (react, react-dom,
// react-router-dom and zustand alone, which the project may not drop: scripts/size/floor-app), and
// with no script at all. Every other byte of the page is the same. Lighthouse runs them in turn,
// `runs` times over (default 3), and the table gives medians: one run moves by several points.
// If the pages with the libraries alone score under 100, no app on this stack can score 100 here.
// Further builds given after `runs` are audited in the same rounds, as an A/B of a change.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from 'lighthouse';
import { runLighthouse, type AuditTarget } from './audit/run-lighthouse';
import { PAGE_KINDS, pickPages } from './bench/bench-pages';
import { formatTable } from './bench/format-table';
import { detectBase, serveStatic } from './bench/static-server';
import { median } from './bench/stats';
import { buildFloorBundle } from './size/floor-bundle';

const root = path.resolve(process.argv[2] ?? 'dist');
const runs = Number(process.argv[3] ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`runs must be a whole number of at least 1, got ${process.argv[3] ?? ''}\nusage: npm run audit:bound -- <built dist> [runs] [<another build>…]`);
  process.exit(2);
}
const others = process.argv.slice(4).map((dir) => path.resolve(dir));
// The static server finds a build's base from its pages' script; a page without one is served at "/".
if (detectBase(root) !== '/') throw new Error(`${root} was built with BASE_PATH=${detectBase(root)}: build it at "/" for the bound`);
const pages = pickPages(root);
const work = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-bound-'));

const MODULE_SCRIPT = /<script type="module"[^>]*><\/script>/g;
const PRELOADS = /<link rel="(?:modulepreload|preload)"[^>]*>/g;

/** The file a page path is served from: "" → index.html, "talks/x" → talks/x/index.html. */
const pageFile = (pagePath: string) => path.join(pagePath, 'index.html');

/**
 * `target` as a copy of `source` made of symbolic links, except the files in `replaced`, which are
 * written with their new text: a 300 MB build is mirrored in a moment, and the server, which
 * resolves paths without following links, serves it as it would the build.
 */
function mirror(source: string, target: string, replaced: ReadonlyMap<string, string>, relative = ''): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const name = path.join(relative, entry.name);
    const inside = [...replaced.keys()].some((file) => file === name || file.startsWith(name + path.sep));
    if (!inside) symlinkSync(path.join(source, entry.name), path.join(target, entry.name));
    else if (entry.isDirectory()) mirror(path.join(source, entry.name), path.join(target, entry.name), replaced, name);
    else writeFileSync(path.join(target, entry.name), replaced.get(name) ?? '');
  }
}

/** A variant of the build: each audited page's HTML passed through `rewrite`, the rest as built. */
function variant(name: string, rewrite: (html: string) => string): string {
  const files = new Map(Object.values(pages).map((page) => [pageFile(page), rewrite(readFileSync(path.join(root, pageFile(page)), 'utf8'))]));
  const dir = path.join(work, name);
  mirror(root, dir, files);
  return dir;
}

// The floor bundle's page, built into the variant's own folder next to the mirrored build.
const floorBuild = path.join(work, 'floor-build');
await buildFloorBundle(floorBuild);
const floorScript = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(readFileSync(path.join(floorBuild, 'index.html'), 'utf8'))?.[1];
if (floorScript === undefined) throw new Error('the floor bundle built no entry script');

const librariesDir = variant('libraries', (html) =>
  html
    .replace(MODULE_SCRIPT, `<script type="module" crossorigin src="/floor-bundle/${floorScript}"></script>`)
    .replace(PRELOADS, '')
    // The floor app renders its own small tree into #root; the prerendered page stays as it is, under another id.
    .replace('<div id="root"', '<div id="prerendered-root"')
    .replace('</body>', '<div id="root" hidden></div></body>'),
);
mkdirSync(path.join(librariesDir, 'floor-bundle'));
for (const file of readdirSync(path.join(floorBuild, 'assets'))) copyFileSync(path.join(floorBuild, 'assets', file), path.join(librariesDir, 'floor-bundle', file));
const noScriptsDir = variant('no-scripts', (html) => html.replace(MODULE_SCRIPT, '').replace(PRELOADS, ''));

const subjects = [
  { name: 'app', dir: root },
  ...others.map((dir) => ({ name: `app: ${path.relative(process.cwd(), dir)}`, dir })),
  { name: 'libraries alone', dir: librariesDir },
  { name: 'no script', dir: noScriptsDir },
];
const servers = await Promise.all(subjects.map((subject) => serveStatic(subject.dir)));
const targets: AuditTarget[] = [];
for (let run = 0; run < runs; run += 1) {
  for (const page of PAGE_KINDS) {
    subjects.forEach((subject, index) => {
      targets.push({ page: `${subject.name}|${page}|${String(run)}`, url: new URL(pages[page], servers[index]?.url).href });
    });
  }
}
let results: Map<string, Result>;
try {
  console.log(`Lighthouse (mobile) on ${String(PAGE_KINDS.length)} pages × ${String(subjects.length)} subjects × ${String(runs)} runs, interleaved…`);
  results = await runLighthouse(targets);
} finally {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}

const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
const rows = PAGE_KINDS.flatMap((page) =>
  subjects.map(({ name }) => {
    const lhrs = [...results].filter(([key]) => key.startsWith(`${name}|${page}|`)).map(([, lhr]) => lhr);
    const scores = lhrs.map((lhr) => Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100));
    const ms = (id: string) => `${median(lhrs.map((lhr) => metric(lhr, id))).toFixed(0)} ms`;
    const score = `${String(median(scores))} (${String(Math.min(...scores))}–${String(Math.max(...scores))})`;
    return [`${page}: ${name}`, score, ms('first-contentful-paint'), ms('largest-contentful-paint'), ms('total-blocking-time'), ms('speed-index')];
  }),
);
console.log(
  `\n${formatTable({
    title: `Medians of ${String(runs)} runs (range of the score in brackets), ${root}`,
    header: ['page: subject', 'performance', 'FCP', 'LCP', 'TBT', 'Speed Index'],
    rows,
  })}`,
);
