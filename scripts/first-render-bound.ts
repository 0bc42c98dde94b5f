// npx tsx scripts/first-render-bound.ts <built dist> [loads]
// A bound for the bench's first render: the archive page of a build as it ships, the same page
// with every script refused (only the prerendered HTML and its inline CSS), and the floor page,
// loaded in turn, each in a fresh context, timed with the bench's probe (navigation → list painted,
// or first contentful paint if later). If the page without its scripts is as slow as with them,
// the first render is the page's HTML and CSS, not the app's JavaScript.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { Topic } from '../src/catalog/catalog-schema';
import { writeBaselineSite } from './bench/baseline-page';
import { launchChromium } from './bench/chromium';
import { addProbe, firstRender } from './bench/page-probe';
import { SELECTORS, TIMEOUT_MS } from './bench/page-session';
import { serveStatic } from './bench/static-server';
import { median, percentile } from './bench/stats';

const root = process.argv[2] ?? 'dist';
const loads = Number(process.argv[3] ?? 12);
const outlineFile = readdirSync(path.join(root, 'assets')).find((name) => name.startsWith('outline-'));
if (outlineFile === undefined) throw new Error(`${root}/assets has no outline: build the app first`);
const { topics } = JSON.parse(readFileSync(path.join(root, 'assets', outlineFile), 'utf8')) as { topics: Topic[] };
const floorDir = writeBaselineSite(mkdtempSync(path.join(os.tmpdir(), 'talk-catalog-floor-')), topics);

async function firstRenderMs(browser: Browser, url: string, scripts: boolean): Promise<number> {
  const context = await browser.newContext();
  try {
    if (!scripts) await context.route(/\.js(\?|$)/, (route) => route.abort());
    const page = await context.newPage();
    await addProbe(page, SELECTORS);
    await page.goto(url, { waitUntil: 'commit' });
    const { paintedAt, fcp } = await firstRender(page, TIMEOUT_MS);
    return Math.max(paintedAt, fcp ?? paintedAt);
  } finally {
    await context.close();
  }
}

const app = await serveStatic(root);
const floor = await serveStatic(floorDir);
const browser = await launchChromium();
const subjects = [
  { name: 'app', url: new URL('talks', app.url).href, scripts: true, samples: [] as number[] },
  { name: 'app, scripts refused', url: new URL('talks', app.url).href, scripts: false, samples: [] as number[] },
  { name: 'floor page', url: new URL('talks', floor.url).href, scripts: true, samples: [] as number[] },
];
try {
  for (let load = 0; load < loads; load += 1) {
    for (const subject of subjects) subject.samples.push(await firstRenderMs(browser, subject.url, subject.scripts));
  }
} finally {
  await browser.close();
  await app.close();
  await floor.close();
}
const floorMedian = median(subjects[2]?.samples ?? []);
console.log(`First render of /talks, ${String(loads)} loads each, interleaved (ms)`);
for (const { name, samples } of subjects) {
  const m = median(samples);
  console.log(`${name.padEnd(22)} median ${m.toFixed(0).padStart(5)} = ${(m / floorMedian).toFixed(2)} × floor   p95 ${percentile(samples, 95).toFixed(0).padStart(5)}`);
}
