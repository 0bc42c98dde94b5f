// Builds the app against a synthetic catalog with the project's own `npm run build`, whatever its
// steps are (today: client build, server build, prerender), with the same environment plus
// CATALOG_FILE, so the bench measures what ships.
//
// The pipeline writes to fixed folders (dist/, dist-ssr/) that other people test against, and a
// later step reads what an earlier one wrote, so --outDir cannot be passed through npm. Instead
// the build runs in a staging copy of the project (sources, scripts, config; node_modules linked,
// not copied) and its dist/ is moved to the bench's folder. The shared dist/ is never touched,
// and files being edited while the bench runs cannot change a build halfway through.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from './run-command';

export interface BuildOutcome {
  readonly outDir: string;
  /** The "build" script as it was when the bench ran. */
  readonly pipeline: string;
  readonly ms: number;
}

// Not part of the sources: dependencies (linked instead), history, and build or test output.
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'dist-ssr', 'bench', 'test-results', 'playwright-report', 'coverage']);

function buildScript(): string {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
  const script = manifest.scripts?.build;
  if (script === undefined) throw new Error('package.json has no "build" script');
  return script;
}

function stageProject(): string {
  const stage = mkdtempSync(path.join(os.tmpdir(), 'talk-catalog-bench-'));
  const project = process.cwd();
  cpSync(project, stage, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(project, source).split(path.sep)[0] ?? ''),
  });
  symlinkSync(path.join(project, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  return stage;
}

/** rename, or copy when the staging folder is on another file system (EXDEV). */
function move(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}

export async function buildApp(catalogFile: string, outDir: string): Promise<BuildOutcome> {
  const pipeline = buildScript();
  const started = performance.now();
  const stage = stageProject();
  // rmSync unlinks the node_modules link without following it. Synchronous, so it can also run
  // from an 'exit' handler when the bench is interrupted mid-build.
  const removeStage = (): void => rmSync(stage, { recursive: true, force: true });
  process.once('exit', removeStage);
  try {
    const env = { ...process.env, CATALOG_FILE: path.resolve(catalogFile) };
    await runCommand('npm', ['run', 'build'], { env, cwd: stage });
    move(path.join(stage, 'dist'), outDir);
  } finally {
    process.off('exit', removeStage);
    removeStage();
  }
  return { outDir, pipeline, ms: performance.now() - started };
}
