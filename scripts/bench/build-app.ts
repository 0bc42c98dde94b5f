// Builds the app against a catalog with the project's own `npm run build`, whatever its steps are
// (today: client build, server build, prerender), with the same environment plus CATALOG_FILE,
// so the bench measures what ships. Also what the build cost: time, peak memory of its process
// tree, and what it wrote.
//
// The pipeline writes to fixed folders (dist/, dist-ssr/) that other people test against, and a
// later step reads what an earlier one wrote, so --outDir cannot be passed through npm. Instead
// the build runs in a staging copy of the project (sources, scripts, config; node_modules linked,
// not copied) and its dist/ is moved to the bench's folder. The shared dist/ is never touched,
// and files being edited while the bench runs cannot change a build halfway through.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureOutput, type BuildOutput } from './build-output';
import { watchTreeMemory, type TreeMemory } from './process-tree-memory';
import { runCommand } from './run-command';

export interface BuildOutcome {
  readonly outDir: string;
  /** The "build" script as it was when the bench ran. */
  readonly pipeline: string;
  /** Staging the copy, building, moving dist/ out. */
  readonly ms: number;
  readonly memory: TreeMemory;
  readonly output: BuildOutput;
}

export interface BuildRequest {
  /** CATALOG_FILE for the build: catalog files, comma-separated, relative to this project. */
  readonly catalogSetting: string;
  readonly outDir: string;
  /** The project to build: this one, or another git ref's tree (A/B). */
  readonly projectRoot?: string;
}

// Not part of the sources: dependencies (linked instead), history, and build or test output.
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'dist-ssr', 'bench', 'test-results', 'playwright-report', 'coverage']);

function buildScript(root: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = manifest.scripts?.build;
  if (script === undefined) throw new Error('package.json has no "build" script');
  return script;
}

function stageProject(project: string): string {
  const stage = mkdtempSync(path.join(os.tmpdir(), 'talk-catalog-bench-'));
  cpSync(project, stage, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(project, source).split(path.sep)[0] ?? ''),
  });
  // This project's dependencies, also for another ref's tree: an A/B compares the code, not
  // package versions (a ref with other dependencies needs its own npm ci).
  symlinkSync(path.resolve('node_modules'), path.join(stage, 'node_modules'), 'dir');
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

export async function buildApp({ catalogSetting, outDir, projectRoot = process.cwd() }: BuildRequest): Promise<BuildOutcome> {
  const pipeline = buildScript(projectRoot);
  const started = performance.now();
  const stage = stageProject(projectRoot);
  // rmSync unlinks the node_modules link without following it. Synchronous, so it can also run
  // from an 'exit' handler when the bench is interrupted mid-build.
  const removeStage = (): void => rmSync(stage, { recursive: true, force: true });
  process.once('exit', removeStage);
  let watcher: ReturnType<typeof watchTreeMemory> | undefined;
  let memory: TreeMemory = { peakTreeBytes: null, peakProcessBytes: null, samples: 0 };
  try {
    const files = catalogSetting.split(',').map((file) => path.resolve(file));
    const env = { ...process.env, CATALOG_FILE: files.join(',') };
    await runCommand('npm', ['run', 'build'], { env, cwd: stage, onSpawn: (pid) => (watcher = watchTreeMemory(pid)) });
    memory = watcher?.stop() ?? memory;
    move(path.join(stage, 'dist'), outDir);
  } finally {
    watcher?.stop();
    process.off('exit', removeStage);
    removeStage();
  }
  return { outDir, pipeline, ms: performance.now() - started, memory, output: measureOutput(outDir) };
}
