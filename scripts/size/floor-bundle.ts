// The floor the initial-JS budget is a multiple of: react + react-dom + react-router-dom + zustand
// alone, as the app uses them (floor-app/main.tsx), built in the same run with the app's build
// settings and measured exactly as measureBundle measures the app. Built fresh every time rather
// than written down, so a library update moves the floor and the budget only watches our own code.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type BuildEnvironmentOptions, type InlineConfig } from 'vite';
import { measurePage, type FileSize, type Floor } from './measure-bundle';

/** The page that is built: checked in, so tsc and ESLint see it like any other source. */
export const FLOOR_APP_DIR = fileURLToPath(new URL('./floor-app/', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The settings of vite.config.ts that change the client bundle: kept here rather than imported,
 * as loading the app's config runs its catalog plugin; tests/unit/size-floor-bundle.test.ts
 * fails when the two part. `minify` is left out by both, so both get Vite's default.
 */
export const FLOOR_BUILD = {
  target: 'es2022',
  modulePreload: false,
  rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first-page', tags: ['$initial'] }] } } },
} satisfies BuildEnvironmentOptions;

export interface FloorBundle extends Floor {
  readonly initialJs: FileSize[];
  /** Every module in the bundle, relative to the project root, with forward slashes. */
  readonly modules: string[];
  readonly buildMs: number;
}

function relativeModule(id: string): string {
  // Rolldown's own helpers have ids like "\0rolldown/runtime.js"; keep them as they are.
  const file = id.replace(/\?.*$/, '');
  return path.isAbsolute(file) ? path.relative(PROJECT_ROOT, file).split(path.sep).join('/') : id;
}

/**
 * Builds the floor into a temporary directory, measures it and removes the directory; with
 * `keepIn`, the built page stays there (the Lighthouse bound serves it in the app's pages).
 */
export async function buildFloorBundle(keepIn?: string): Promise<FloorBundle> {
  const started = performance.now();
  const tempDir = await mkdtemp(path.join(tmpdir(), 'floor-bundle-'));
  // Vite decides "production" from NODE_ENV when it is set, and Vitest sets it to "test": React's
  // development build would then be bundled, about three times the size.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const outDir = keepIn ?? path.join(tempDir, 'dist');
    const config: InlineConfig = {
      configFile: false,
      root: FLOOR_APP_DIR,
      base: '/',
      mode: 'production',
      logLevel: 'error',
      envDir: false,
      publicDir: false,
      // Not the project's node_modules/.vite, which a running dev server may be using.
      cacheDir: path.join(tempDir, 'cache'),
      plugins: [react()],
      build: { ...FLOOR_BUILD, outDir, emptyOutDir: true, reportCompressedSize: false },
    };
    const result = await build(config);
    const outputs = Array.isArray(result) ? result : [result];
    const modules = outputs
      .flatMap((output) => ('output' in output ? output.output : []))
      .flatMap((item) => (item.type === 'chunk' ? item.moduleIds : []))
      .map(relativeModule);
    const page = measurePage(outDir);
    if (page.missing.length > 0 || page.initialJs.length === 0) {
      throw new Error(`the floor bundle's page loads no JS or names files not built: ${page.missing.join(', ')}`);
    }
    return {
      jsRaw: page.totals.initialJsRaw,
      jsGzip: page.totals.initialJsGzip,
      initialJs: page.initialJs,
      modules: [...new Set(modules)].sort(),
      buildMs: performance.now() - started,
    };
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    await rm(tempDir, { recursive: true, force: true });
  }
}
