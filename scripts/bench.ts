// npm run bench -- [--sizes 1000,10000,50000] [--seed 42] [--loads 7] [--keep-builds]
// First a baseline page that does next to nothing (bench/baseline-page.ts), then for each size: a
// synthetic catalog, the production build made with it, served by a static server and its
// archive page (/talks, which lists every talk; / lists only the front collection) measured the
// same way in headless Chromium. Prints size × metric with the targets beside the
// 10,000-talk column and writes bench/results/bench.json. Builds are deleted after measuring
// unless --keep-builds. Benchmarks inform: exit 0 whatever the numbers, 1 when the bench itself
// could not run, 2 on bad arguments.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { Catalog } from '../src/catalog/catalog-schema';
import { paths } from '../src/paths';
import { parseBenchArgs, USAGE, UsageError, type BenchArgs } from './bench/bench-args';
import { writeBaselineSite } from './bench/baseline-page';
import { buildApp } from './bench/build-app';
import { benchCatalog } from './bench/catalog-file';
import { CommandError } from './bench/run-command';
import { ChromiumMissingError, chromiumSetup, launchChromium, UNTHROTTLED_FRAMES } from './bench/chromium';
import { formatMachine, machineInfo } from './bench/machine-info';
import { measureApp } from './bench/measure-app';
import { checkTargets, formatTable, formatTargets, summarize, TARGET_SIZE, type SizeSummary } from './bench/report';
import { serveStatic, type StaticServer } from './bench/static-server';
import { toggledTopics } from './bench/topic-toggles';
import { typingPlan } from './bench/typing-plan';

const RESULTS_FILE = path.join('bench', 'results', 'bench.json');
const MIN_KEYSTROKES = 40;
const MIN_TOGGLES = 24;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The archive page under the server's base ("/talks" inside a build served at "/base/"). */
const archiveUrl = (server: StaticServer) => new URL(paths.archive().replace(/^\//, ''), server.url).href;

/** What the bench does on a page of the catalog: the same for the app and the baseline page. */
function interactions(catalog: Catalog) {
  return { topics: toggledTopics(catalog), plan: typingPlan(catalog, MIN_KEYSTROKES) };
}

async function benchSize(browser: Browser, talks: number, args: BenchArgs) {
  const started = performance.now();
  const { file, catalog, reused } = await benchCatalog(talks, args.seed);
  console.log(`${talks.toLocaleString('en')} talks: ${reused ? 'reusing' : 'generated'} ${file}`);
  const build = await buildApp(file, path.join('bench', `dist-${talks}`));
  console.log(`  built into ${build.outDir} in ${seconds(build.ms)} (\`${build.pipeline}\`)`);

  const server = await serveStatic(build.outDir);
  try {
    const { topics, plan } = interactions(catalog);
    const measured = await measureApp(browser, {
      url: archiveUrl(server),
      topics,
      plan,
      loads: args.loads,
      minToggles: MIN_TOGGLES,
    });
    const summary = summarize(talks, build.ms, measured);
    console.log(
      `  measured in ${seconds(performance.now() - started)}: first render ${summary.firstRenderMs.toFixed(0)} ms, ` +
        `keystroke p95 ${summary.keystroke.p95Ms.toFixed(1)} ms, ${summary.domNodesAfterFirstRender} DOM nodes`,
    );
    return { summary, details: { catalogFile: file, build, typed: plan.keys.join(' '), ...measured } };
  } finally {
    await server.close();
    // Large builds inside the project slow down anything that walks it (the dev server's file
    // watcher, editors' indexers), so they go unless asked for.
    if (!args.keepBuilds) rmSync(build.outDir, { recursive: true, force: true });
  }
}

/** The baseline page (baseline-page.ts), measured with the same keystrokes and topics as the sizes. */
async function benchBaseline(browser: Browser, args: BenchArgs): Promise<SizeSummary> {
  const { catalog } = await benchCatalog(args.sizes[0] ?? TARGET_SIZE, args.seed);
  const { topics, plan } = interactions(catalog);
  const dir = writeBaselineSite(mkdtempSync(path.join(os.tmpdir(), 'talk-catalog-baseline-')), topics);
  const server = await serveStatic(dir);
  try {
    const measured = await measureApp(browser, { url: archiveUrl(server), topics, plan, loads: args.loads, minToggles: MIN_TOGGLES });
    const summary = summarize(0, null, measured);
    console.log(
      `Baseline page (does next to nothing; the floor under every figure): first render ${summary.firstRenderMs.toFixed(0)} ms, ` +
        `keystroke p95 ${summary.keystroke.p95Ms.toFixed(1)} ms\n`,
    );
    return summary;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  chromiumSetup(); // fails now, with the fix, rather than after the first build
  const started = performance.now();
  const browser = await launchChromium();
  try {
    const machine = machineInfo(browser.version());
    console.log(`Bench on ${formatMachine(machine)}`);
    console.log(`Chromium draws frames unthrottled (${UNTHROTTLED_FRAMES.join(' ')}): times exclude the wait for a display refresh.\n`);
    const baseline = await benchBaseline(browser, args);
    const summaries: SizeSummary[] = [];
    const details = [];
    for (const talks of args.sizes) {
      const { summary, details: sizeDetails } = await benchSize(browser, talks, args);
      summaries.push(summary);
      details.push(sizeDetails);
    }
    const targets = checkTargets(summaries, baseline);
    console.log(`\n${formatTable(summaries, targets, baseline)}\n\nTargets (informative; the bench does not gate):\n${formatTargets(targets)}`);

    mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    const report = { date: new Date().toISOString(), machine, seed: args.seed, baseline, summaries, targets, details };
    writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten to ${RESULTS_FILE} (${seconds(performance.now() - started)} in all)`);
  } finally {
    await browser.close();
  }
}

// Ctrl-C: exit through process.exit so 'exit' handlers run (Playwright kills the browser there,
// and an interrupted build removes its staging copy).
process.once('SIGINT', () => {
  console.error('\nInterrupted.');
  process.exit(130);
});

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // These carry a message written for the reader; anything else is a bug and gets its stack.
  const explained = error instanceof ChromiumMissingError || error instanceof CommandError;
  console.error(explained ? error.message : error);
  process.exitCode = 1;
});
