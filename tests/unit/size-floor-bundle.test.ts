import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';
import { buildFloorBundle, FLOOR_APP_DIR, FLOOR_BUILD } from '../../scripts/size/floor-bundle';

const LIBRARY = /^(?:react|react-dom|react-router|react-router-dom|zustand)(?:\/.*)?$/;
// The prerenderer's entry: it runs in Node at build time, none of it reaches the browser.
const SERVER_ONLY = new Set(['src/entry-server.tsx']);
// `import a, { b as c, type D } from 'x'`, `import * as n from 'x'`, `export { e } from 'x'`;
// [^;]*? spans the lines of a long import list.
const IMPORT = /(?<![\w$.])(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/g;

/** "package name" for each value imported from the four libraries; types are erased, so left out. */
function libraryImports(code: string): string[] {
  const names: string[] = [];
  for (const [, keyword = '', typeOnly, clause = '', source = ''] of code.matchAll(IMPORT)) {
    if (typeOnly !== undefined || !LIBRARY.test(source)) continue;
    const braces = /\{([^}]*)\}/.exec(clause);
    const outside = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
    if (/^\*/.test(outside)) names.push(`${source} *`);
    else if (keyword === 'import' && outside !== '') names.push(`${source} default`);
    for (const specifier of (braces?.[1] ?? '').split(',').map((s) => s.trim())) {
      if (specifier === '' || specifier.startsWith('type ')) continue;
      names.push(`${source} ${specifier.split(/\s+as\s+/)[0] ?? specifier}`);
    }
  }
  return names;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('the floor bundle', () => {
  it('imports from the libraries exactly what the app\u2019s client code does', () => {
    const appImports = new Set(
      sourceFiles('src')
        .filter((file) => !SERVER_ONLY.has(file))
        .flatMap((file) => libraryImports(readFileSync(file, 'utf8'))),
    );
    const floorImports = new Set(libraryImports(readFileSync(path.join(FLOOR_APP_DIR, 'main.tsx'), 'utf8')));
    expect(appImports.size).toBeGreaterThan(10); // the parser found the app's imports at all
    expect([...floorImports].sort()).toEqual([...appImports].sort());
  });

  it('is built with the app\u2019s client build settings', () => {
    expect(viteConfig.build?.target).toBe(FLOOR_BUILD.target);
    expect(viteConfig.build?.modulePreload).toBe(FLOOR_BUILD.modulePreload);
    expect(viteConfig.build?.rolldownOptions).toEqual(FLOOR_BUILD.rolldownOptions);
    // Neither sets it, so both are minified by Vite's default minifier.
    expect(viteConfig.build?.minify).toBeUndefined();
  });

  it('builds the libraries alone, in production mode, within a sane size', { timeout: 60_000 }, async () => {
    const tempBefore = new Set(readdirSync(tmpdir()));
    const floor = await buildFloorBundle();

    expect(floor.jsGzip).toBeGreaterThan(60_000);
    expect(floor.jsGzip).toBeLessThan(110_000);
    expect(floor.jsGzip).toBe(floor.initialJs.reduce((total, file) => total + file.gzip, 0));
    // No app code: every module is one of the libraries (and their scheduler), the floor's own
    // page or the bundler's runtime.
    const outside = floor.modules.filter(
      (id) => !/^node_modules\/(?:react|react-dom|react-router|react-router-dom|scheduler|zustand)\//.test(id) && !id.startsWith('scripts/size/floor-app/') && !id.startsWith('\0'),
    );
    expect(outside).toEqual([]);
    expect(floor.modules).toEqual(expect.arrayContaining(['node_modules/react-dom/cjs/react-dom-client.production.js', 'node_modules/zustand/esm/middleware.mjs']));
    // Vitest runs with NODE_ENV=test; the builder must still bundle React's production build.
    expect(floor.modules.filter((id) => /\/cjs\/.*development/.test(id))).toEqual([]);
    expect(process.env.NODE_ENV).toBe('test');
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('floor-bundle-') && !tempBefore.has(name))).toEqual([]);
    expect(floor.buildMs).toBeLessThan(30_000);
  });
});
