// The synthetic catalog for one bench size, generated once by `npm run generate-catalog` and
// reused after that. The seed is in the file name, so a file is reused only for the same size and
// seed; it must also still pass the schema (an older generator's output may not).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../src/catalog/catalog-schema';
import { parseCatalogText } from '../../src/catalog/validate-catalog';
import { runCommand } from './run-command';

export interface BenchCatalog {
  readonly file: string;
  readonly catalog: Catalog;
  readonly reused: boolean;
}

const CATALOG_DIR = path.join('bench', 'catalogs');

function readIfUsable(file: string, talks: number): Catalog | undefined {
  if (!existsSync(file)) return undefined;
  const result = parseCatalogText(readFileSync(file, 'utf8'), file);
  return result.ok && result.catalog.talks.length === talks ? result.catalog : undefined;
}

export async function benchCatalog(talks: number, seed: number): Promise<BenchCatalog> {
  const file = path.join(CATALOG_DIR, `talks-${talks}-seed-${seed}.json`);
  const existing = readIfUsable(file, talks);
  if (existing !== undefined) return { file, catalog: existing, reused: true };

  await runCommand('npm', ['run', '--silent', 'generate-catalog', '--', '--talks', String(talks), '--seed', String(seed), '--out', file]);
  const generated = readIfUsable(file, talks);
  if (generated === undefined) throw new Error(`npm run generate-catalog did not write a valid ${talks}-talk catalog to ${file}`);
  return { file, catalog: generated, reused: false };
}
