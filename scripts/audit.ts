// npm run audit -- [--dist <dir>] [--no-build]
// npm run audit -- [--sizes 10000,50000] [--only post,cncf,synthetic,pyvideo] [--pyvideo <dir>] [--seed <n>]
// Lighthouse (mobile, simulated throttling) on the front page, a talk page, an event page and the
// archive, served by the bench's static server (gzip, as a host serves them). The pages are
// picked from each build (bench-pages.ts: the archive's first talk, the heaviest event page), so
// they exist whatever the catalog.
// - With no catalog option: one build, dist/ (built first if missing, unless --no-build) or
//   --dist <dir> (e.g. a bench build kept with --keep-builds), audited from a private copy.
// - With --sizes, --only or --pyvideo: the bench's catalogs (bench-cases.ts), each built in turn
//   into bench/dist-audit-<case> and removed after.
// Prints one row per catalog and page (scores, LCP, TBT, CLS, bytes), then every audit that cost
// points; writes bench/results/lighthouse.json. Exit 0 whatever the scores; 1 if a build or
// Lighthouse itself fails; 2 on bad arguments.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Result } from 'lighthouse';
import { formatFailing, formatScores, type AuditedBuild } from './audit/format-audit';
import { summarizeLighthouse } from './audit/lighthouse-summary';
import { LighthouseFailedError, runLighthouse, type AuditTarget } from './audit/run-lighthouse';
import { BuildChangedError, snapshotBuild } from './audit/snapshot-build';
import { AUDIT_USAGE, parseAuditArgs, UsageError, type AuditArgs, type CatalogOptions } from './bench/bench-args';
import { benchCases, caseLabel, prepareCase } from './bench/bench-cases';
import { PAGE_KINDS, pickPages } from './bench/bench-pages';
import { buildApp } from './bench/build-app';
import { ChromiumMissingError, chromiumSetup } from './bench/chromium';
import { CommandError, runCommand } from './bench/run-command';
import { serveStatic } from './bench/static-server';

const RESULTS_FILE = path.join('bench', 'results', 'lighthouse.json');

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Audited extends AuditedBuild {
  readonly results: readonly Result[];
}

/** Lighthouse on the four pages of the build in `root`. */
async function auditBuild(root: string, label: string): Promise<Audited> {
  const pages = pickPages(root);
  const server = await serveStatic(root);
  try {
    const targets: AuditTarget[] = PAGE_KINDS.map((page) => ({ page, url: new URL(pages[page], server.url).href }));
    console.log(`  Lighthouse on ${targets.map((t) => t.url).join(', ')}…`);
    const results = await runLighthouse(targets);
    return { label, pages: [...results].map(([page, lhr]) => summarizeLighthouse(page, lhr)), results: [...results.values()] };
  } finally {
    await server.close();
  }
}

/**
 * A label for a build whose catalog the audit did not choose: its talk count, from the outline
 * every page fetches (assets/outline-*.json, page-data.ts), when the build has one.
 */
function labelOf(root: string): string {
  const assets = path.join(root, 'assets');
  const outline = existsSync(assets) ? readdirSync(assets).find((name) => /^outline-.*\.json$/.test(name)) : undefined;
  if (outline === undefined) return root;
  try {
    const talks = (JSON.parse(readFileSync(path.join(assets, outline), 'utf8')) as { totals?: { talks?: unknown } }).totals?.talks;
    return typeof talks === 'number' ? `${root} (${talks.toLocaleString('en')} talks)` : root;
  } catch {
    return root;
  }
}

async function auditOneBuild(args: AuditArgs): Promise<Audited[]> {
  if (!existsSync(path.join(args.dist, 'index.html'))) {
    if (args.noBuild || args.dist !== 'dist') throw new Error(`${args.dist}/ has no build: run \`npm run build\`${args.noBuild ? ', or drop --no-build' : ''}`);
    console.log('dist/ is missing: npm run build…');
    const started = performance.now();
    await runCommand('npm', ['run', 'build']);
    console.log(`built in ${seconds(performance.now() - started)}`);
  }
  // A private copy: dist/ is shared, and a rebuild by someone else mid-run would skew the audit.
  const snapshot = snapshotBuild(args.dist);
  try {
    console.log(`${args.dist}:`);
    return [await auditBuild(snapshot.dir, labelOf(args.dist))];
  } finally {
    snapshot.remove();
  }
}

async function auditCatalogs(options: CatalogOptions): Promise<Audited[]> {
  const cases = benchCases(options);
  if (cases.length === 0) throw new UsageError('nothing to audit: --only excludes every catalog');
  const audited: Audited[] = [];
  for (const [i, benchCase] of cases.entries()) {
    console.log(`[${i + 1}/${cases.length}] ${benchCase.kind}${benchCase.talks === undefined ? '' : ` ${benchCase.talks.toLocaleString('en')}`}: preparing…`);
    const prepared = await prepareCase(benchCase, options);
    const outDir = path.join('bench', `dist-audit-${prepared.id}`);
    const remove = () => rmSync(outDir, { recursive: true, force: true });
    process.once('exit', remove);
    try {
      const build = await buildApp({ catalogSetting: prepared.catalogSetting, outDir });
      console.log(`  built in ${seconds(build.ms)}`);
      audited.push(await auditBuild(outDir, caseLabel(prepared.kind, prepared.catalog.talks.length)));
    } finally {
      process.off('exit', remove);
      remove();
    }
  }
  return audited;
}

async function main(): Promise<void> {
  const args = parseAuditArgs(process.argv.slice(2));
  chromiumSetup(); // fails now, with the fix, rather than after a build
  const started = performance.now();
  const audited = args.catalogs === undefined ? await auditOneBuild(args) : await auditCatalogs(args.catalogs);
  console.log(`\n${formatScores(audited)}`);
  for (const build of audited) console.log(`\nAudits, ${build.label}:\n\n${formatFailing(build.pages)}`);

  const first = audited[0]?.results[0];
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    lighthouse: first?.lighthouseVersion,
    userAgent: first?.environment.hostUserAgent,
    settings: first === undefined ? undefined : { formFactor: first.configSettings.formFactor, throttling: first.configSettings.throttlingMethod },
    builds: audited.map(({ label, pages }) => ({ label, pages })),
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to ${RESULTS_FILE} (${seconds(performance.now() - started)} in all)`);
}

// Ctrl-C: exit through process.exit so 'exit' handlers remove builds and copies.
process.once('SIGINT', () => {
  console.error('\nInterrupted.');
  process.exit(130);
});

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${AUDIT_USAGE}`);
    process.exitCode = 2;
    return;
  }
  // These carry a message written for the reader; anything else is a bug and gets its stack.
  const explained = [ChromiumMissingError, LighthouseFailedError, CommandError, BuildChangedError].some((kind) => error instanceof kind);
  console.error(explained && error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
