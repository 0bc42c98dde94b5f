// npm run audit [-- --no-build]
// Lighthouse (mobile, simulated throttling) over the production build in dist/ (a private copy,
// so a rebuild by someone else mid-run cannot skew it), served by the bench's static server: the
// front page, the archive, one event page and one talk page. Prints the scores with LCP, TBT and
// CLS, and every audit that cost points; writes bench/results/lighthouse.json. Exit 0 whatever
// the scores; 1 if the build or Lighthouse itself fails; 2 on bad arguments.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatFailing, formatScores } from './audit/format-audit';
import { summarizeLighthouse } from './audit/lighthouse-summary';
import { LighthouseFailedError, runLighthouse, type AuditTarget } from './audit/run-lighthouse';
import { ChromiumMissingError, chromiumSetup } from './bench/chromium';
import { CommandError, runCommand } from './bench/run-command';
import { serveStatic, type StaticServer } from './bench/static-server';
import { BuildChangedError, snapshotBuild } from './audit/snapshot-build';
import { paths } from '../src/paths';

const USAGE = 'usage: npm run audit [-- --no-build]';
const DIST = 'dist';
const RESULTS_FILE = path.join('bench', 'results', 'lighthouse.json');
// The front page (the curated collection), the archive (every talk: the largest page), and an
// event and a talk of data/post-prometheus-2017.json, which every default build composes: the
// pages a shared link opens. Paths are relative, so they resolve under the build's base.
const relative = (appPath: string) => appPath.replace(/^\//, '');
const PAGES: readonly { page: string; path: string }[] = [
  { page: 'home', path: relative(paths.home()) },
  { page: 'archive', path: relative(paths.archive()) },
  { page: 'event', path: relative(paths.event('kubecon-2017-berlin')) },
  { page: 'talk', path: relative(paths.talk('configuring-prometheus-for-high-performance')) },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function parse(): { build: boolean } {
  try {
    const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } }, strict: true });
    return { build: !values['no-build'] };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

async function ensureBuild(build: boolean): Promise<void> {
  if (existsSync(path.join(DIST, 'index.html'))) return;
  if (!build) throw new Error(`${DIST}/ has no build: run \`npm run build\`, or drop --no-build`);
  console.log(`${DIST}/ is missing: npm run build…`);
  const started = performance.now();
  await runCommand('npm', ['run', 'build']);
  console.log(`built in ${seconds(performance.now() - started)}`);
}

async function main(): Promise<void> {
  const options = parse();
  chromiumSetup(); // fails now, with the fix, rather than after a build
  const started = performance.now();
  await ensureBuild(options.build);
  const snapshot = snapshotBuild(DIST);
  let server: StaticServer | undefined;
  try {
    server = await serveStatic(snapshot.dir);
    const { url } = server;
    const targets: AuditTarget[] = PAGES.map(({ page, path: pagePath }) => ({ page, url: new URL(pagePath, url).href }));
    console.log(`Lighthouse (mobile, simulated throttling) on ${targets.map((t) => t.url).join(', ')}…`);
    const results = await runLighthouse(targets);
    const pages = [...results].map(([page, lhr]) => summarizeLighthouse(page, lhr));
    console.log(`\n${formatScores(pages)}\n\nAudits:\n\n${formatFailing(pages)}`);

    const first = [...results.values()][0];
    mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      lighthouse: first?.lighthouseVersion,
      userAgent: first?.environment.hostUserAgent,
      settings: first === undefined ? undefined : { formFactor: first.configSettings.formFactor, throttling: first.configSettings.throttlingMethod },
      pages,
    };
    writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten to ${RESULTS_FILE} (${seconds(performance.now() - started)} in all)`);
  } finally {
    await server?.close();
    snapshot.remove();
  }
}

main().catch((error: unknown) => {
  // These carry a message written for the reader; anything else is a bug and gets its stack.
  const explained = [ChromiumMissingError, LighthouseFailedError, CommandError, BuildChangedError].some((kind) => error instanceof kind);
  console.error(explained && error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
