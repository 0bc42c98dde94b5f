// A private copy of a build to audit. dist/ is shared: anyone's `npm test` or `npm run build`
// rewrites it, and a rebuild halfway through a Lighthouse run serves pages whose scripts have
// just been deleted (a 404 scored as a console error). A copy cannot change under the audit.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectBase } from '../bench/static-server';
import { tempDir } from '../bench/temp-dir';

export class BuildChangedError extends Error {}

export interface BuildSnapshot {
  readonly dir: string;
  remove(): void;
}

/** Files index.html loads from the build (scripts, styles, preloads), relative to its root. */
function referencedAssets(root: string): string[] {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const base = detectBase(root);
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((url) => url.startsWith(`${base}assets/`))
    .map((url) => url.slice(base.length));
}

export function snapshotBuild(dist: string): BuildSnapshot {
  const { dir, remove } = tempDir('talk-catalog-audit-');
  try {
    cpSync(dist, dir, { recursive: true });
    const missing = referencedAssets(dir).filter((file) => !existsSync(path.join(dir, file)));
    if (missing.length > 0) {
      throw new BuildChangedError(`${dist}/ changed while it was copied (is a build running?): index.html loads ${missing.join(', ')}, which the copy lacks. Try again.`);
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}
