// npm run bench -- [--sizes 10000,50000] [--only post,cncf,synthetic,pyvideo] [--pyvideo <dir>]
//                  [--seed 42] [--loads 7] [--ab <git ref>] [--keep-builds]
//
// For each catalog — the 11-talk post, the CNCF archive, synthetic catalogs of --sizes, a pyvideo
// import with --pyvideo — the production build (`npm run build` with CATALOG_FILE), served gzip'd
// by a static server, is measured in headless Chromium beside a floor, and every figure is printed
// as a ratio to that floor with the floor beside it:
// - timings (first render, the first search, keystroke and topic toggle → painted) against the
//   bench's floor page (scripts/bench/baseline-page.ts), measured interleaved with the app: page loads
//   alternate, and so do rounds of keystrokes and toggles (interleave.ts);
// - bytes of the first view of /, a talk, an event and /talks against the same page in the
//   11-talk build, and what a one-word search adds;
// - DOM nodes against the smallest catalog of ≥ 1,000 talks, JS heap, and the build's time,
//   output and peak memory per 1,000 talks.
// One table per metric, then the targets of issue 14 with PASS / FAIL; bench/results/bench.json
// has every sample. Builds go unless --keep-builds. Benchmarks inform: exit 0 whatever the
// numbers, 1 when the bench itself could not run or a catalog's build failed (the others are still
// reported), 2 on bad arguments.
//
// Tools, and why the bench keeps its own code where it does:
// - tachometer (interleaved A/B with confidence intervals) drives browsers through WebDriver. It
//   can point Chrome at a given binary (browser.binary), but needs a chromedriver of the same
//   version: its on-demand `chromedriver` package downloads one at install time, which this
//   offline machine cannot; Debian's chromium-driver 156 (matching /usr/bin/chromium) is in apt,
//   but would be a machine install outside the project's files, and CI would need it too. It also
//   measures one number per page load, from the page's own marks, with synthetic (untrusted)
//   events; keystrokes typed through the browser's input pipeline and timed to the painted frame
//   are what the targets are about. So the bench interleaves itself, with Playwright and the
//   same Chromium as the end-to-end tests.
// - web-vitals (INP, LCP, CLS) reads the Event Timing API, whose durations are rounded to 8 ms
//   and which reports nothing under 16 ms: too coarse for interactions whose floor is a few
//   milliseconds; and it is not a dependency (package.json is not the bench's to change). The
//   probe (page-probe.ts) times input → painted frame with rAF + a task, to the microsecond.
//   LCP and CLS come from Lighthouse in `npm run audit`.
// - size-limit budgets files; the targets are about bytes a page view transfers (HTML, JSON,
//   chunks, as served), which the browser counts here (transfer.ts). Initial JavaScript against a
//   floor bundle is `npm run size`'s.
// - Lighthouse stays, in `npm run audit`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { paths } from '../src/paths';
import { BENCH_USAGE, parseBenchArgs, UsageError, type BenchArgs } from './bench/bench-args';
import { benchCases, caseLabel, prepareCase, type BenchCase, type PreparedCase } from './bench/bench-cases';
import { pickPages } from './bench/bench-pages';
import { writeBaselineSite } from './bench/baseline-page';
import { buildApp, type BuildOutcome } from './bench/build-app';
import { ChromiumMissingError, chromiumSetup, launchChromium, UNTHROTTLED_FRAMES } from './bench/chromium';
import { refTree, type RefTree } from './bench/git-ref-tree';
import { formatMachine, machineInfo } from './bench/machine-info';
import { measureInterleaved, type Subject } from './bench/measure-interleaved';
import { buildReport, formatReport, summarizeBuild, summarizeSubject, type CaseSummary } from './bench/report';
import { CommandError } from './bench/run-command';
import { serveStatic, type StaticServer } from './bench/static-server';
import { toggledTopics } from './bench/topic-toggles';
import { typingPlan } from './bench/typing-plan';
import { weighPages } from './bench/weigh-pages';

const RESULTS_FILE = path.join('bench', 'results', 'bench.json');
const MIN_KEYSTROKES = 60;
const MIN_TOGGLES = 24;
/** Keystrokes and toggles are each cut into this many rounds, alternating between subjects. */
const ROUNDS = 6;

const removeBuilds: (() => void)[] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number | null) => (bytes === null ? '?' : `${(bytes / 1e6).toFixed(0)} MB`);
const archiveUrl = (server: StaticServer) => new URL(paths.archive().replace(/^\//, ''), server.url).href;

/**
 * Builds into bench/dist-<case>. Large builds inside the project slow down anything that walks it
 * (the dev server's watcher, editors' indexers), so unless --keep-builds they go once measured
 * (`removeBuilds`), or at exit if the bench stops first.
 */
async function build(prepared: PreparedCase, args: BenchArgs, suffix: string, projectRoot?: string): Promise<BuildOutcome> {
  const outDir = path.join('bench', `dist-${prepared.id}${suffix}`);
  if (!args.keepBuilds) {
    const remove = () => rmSync(outDir, { recursive: true, force: true });
    process.once('exit', remove);
    removeBuilds.push(() => {
      process.off('exit', remove);
      remove();
    });
  }
  const outcome = await buildApp({ catalogSetting: prepared.catalogSetting, outDir, ...(projectRoot === undefined ? {} : { projectRoot }) });
  const { output, memory } = outcome;
  console.log(
    `  built${suffix === '' ? '' : ` ${suffix.slice(1).toUpperCase()}`} in ${seconds(outcome.ms)}: ${output.files.toLocaleString('en')} files, ` +
      `${mb(output.bytes)}, peak memory ${mb(memory.peakTreeBytes)}`,
  );
  return outcome;
}

async function benchCase(browser: Browser, benchCase: BenchCase, args: BenchArgs, other: RefTree | undefined, step: string) {
  const started = performance.now();
  console.log(`${step} ${benchCase.kind}${benchCase.talks === undefined ? '' : ` ${benchCase.talks.toLocaleString('en')}`}: preparing…`);
  const prepared = await prepareCase(benchCase, args);
  const { catalog } = prepared;
  const label = caseLabel(prepared.kind, catalog.talks.length);
  console.log(`  ${label}: ${catalog.talks.length.toLocaleString('en')} talks, ${catalog.events.length.toLocaleString('en')} events (CATALOG_FILE=${prepared.catalogSetting})`);
  const builtA = await build(prepared, args, '');
  const builtB = other === undefined ? undefined : await build(prepared, args, '-b', other.dir);

  const plan = typingPlan(catalog, MIN_KEYSTROKES);
  const topics = toggledTopics(catalog);
  const floorDir = writeBaselineSite(mkdtempSync(path.join(os.tmpdir(), 'talk-catalog-floor-')), topics);
  const removeFloor = () => rmSync(floorDir, { recursive: true, force: true });
  process.once('exit', removeFloor); // also on Ctrl-C
  const servers: StaticServer[] = [];
  try {
    const serve = async (dir: string) => {
      const server = await serveStatic(dir);
      servers.push(server);
      return server;
    };
    const [appServer, floorServer, otherServer] = [await serve(builtA.outDir), await serve(floorDir), builtB === undefined ? undefined : await serve(builtB.outDir)];
    const pages = pickPages(builtA.outDir);
    const weights = await weighPages(browser, appServer.url, pages, plan.broadTerm);
    const otherWeights = builtB === undefined || otherServer === undefined ? undefined : await weighPages(browser, otherServer.url, pickPages(builtB.outDir), plan.broadTerm);
    console.log(`  weighed ${Object.values(pages).map((p) => `/${p}`).join(', ')}; searching "${plan.broadTerm}" added ${(weights.search.bytes / 1000).toFixed(1)} kB`);

    const subjects: Subject[] = [
      { name: 'floor', url: archiveUrl(floorServer) },
      { name: 'app', url: archiveUrl(appServer) },
      ...(otherServer === undefined ? [] : [{ name: 'b', url: archiveUrl(otherServer) }]),
    ];
    const measured = await measureInterleaved(browser, subjects, {
      plan,
      topics,
      loads: args.loads,
      toggles: MIN_TOGGLES,
      rounds: ROUNDS,
      progress: (message) => console.log(`  ${message}`),
    });
    const [floor, app, b] = measured.map(summarizeSubject);
    if (floor === undefined || app === undefined) throw new Error('measureInterleaved returned fewer subjects than it was given');
    const summary: CaseSummary = {
      id: prepared.id,
      label,
      talks: catalog.talks.length,
      events: catalog.events.length,
      build: summarizeBuild(builtA),
      weights,
      floor,
      app,
      ...(other === undefined || builtB === undefined || otherWeights === undefined || b === undefined
        ? {}
        : { other: { ref: `${other.ref} (${other.commit.slice(0, 10)})`, build: summarizeBuild(builtB), weights: otherWeights, app: b } }),
    };
    console.log(
      `  done in ${seconds(performance.now() - started)}: first render ${app.firstRender.median.toFixed(0)} ms (floor ${floor.firstRender.median.toFixed(0)}), ` +
        `keystroke p95 ${app.keystroke.p95.toFixed(1)} ms (floor ${floor.keystroke.p95.toFixed(1)})\n`,
    );
    return { summary, details: { catalogSetting: prepared.catalogSetting, pages, typed: plan.keys.join(' '), topics: topics.map((t) => t.id), build: builtA, otherBuild: builtB, measured } };
  } finally {
    for (const server of servers) await server.close();
    process.off('exit', removeFloor);
    removeFloor();
    for (const remove of removeBuilds.splice(0)) remove();
  }
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  chromiumSetup(); // fails now, with the fix, rather than after the first build
  const cases = benchCases(args);
  if (cases.length === 0) throw new UsageError('nothing to measure: --only excludes every catalog');
  const started = performance.now();
  const other = args.ab === undefined ? undefined : await refTree(args.ab);
  const browser = await launchChromium();
  try {
    const machine = machineInfo(browser.version());
    console.log(`Bench on ${formatMachine(machine)}`);
    console.log(`Chromium draws frames unthrottled (${UNTHROTTLED_FRAMES.join(' ')}): times exclude the wait for a display refresh.`);
    if (other !== undefined) console.log(`A/B: A = this work tree, B = ${other.ref} (${other.commit})`);
    console.log('');
    const summaries: CaseSummary[] = [];
    const details = [];
    // A catalog whose build fails (a command's error, e.g. out of memory) is reported and skipped:
    // the sizes measured before it still get their tables.
    const failed: string[] = [];
    for (const [i, next] of cases.entries()) {
      try {
        const { summary, details: caseDetails } = await benchCase(browser, next, args, other, `[${i + 1}/${cases.length}]`);
        summaries.push(summary);
        details.push({ id: summary.id, ...caseDetails });
      } catch (error) {
        if (!(error instanceof CommandError)) throw error;
        console.error(`${error.message}\n  ${next.id}: not measured\n`);
        failed.push(next.id);
      }
    }
    if (summaries.length === 0) throw new Error(`no catalog could be measured (${failed.join(', ')})`);
    const report = buildReport(summaries);
    console.log(formatReport(report));
    if (failed.length > 0) {
      console.log(`\nNot measured (their build failed, above): ${failed.join(', ')}`);
      process.exitCode = 1;
    }

    mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    const json = { date: new Date().toISOString(), machine, args, summaries, failed, verdicts: report.verdicts, details };
    writeFileSync(RESULTS_FILE, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nWritten to ${RESULTS_FILE} (${seconds(performance.now() - started)} in all)`);
  } finally {
    await browser.close();
    other?.remove();
  }
}

// Ctrl-C: exit through process.exit so 'exit' handlers run (Playwright kills the browser there,
// an interrupted build removes its staging copy, and builds not kept are removed).
process.once('SIGINT', () => {
  console.error('\nInterrupted.');
  process.exit(130);
});

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${BENCH_USAGE}`);
    process.exitCode = 2;
    return;
  }
  // These carry a message written for the reader; anything else is a bug and gets its stack.
  const explained = error instanceof ChromiumMissingError || error instanceof CommandError;
  console.error(explained ? error.message : error);
  process.exitCode = 1;
});
