// The catalogs a bench or audit run builds, each a column of its tables: the 11-talk post (the
// reference for every byte ratio: the same page in a build that carries next to nothing), the real
// CNCF archive as `npm run build` makes it, synthetic catalogs of the asked sizes, and a pyvideo
// import. Preparing a case writes whatever catalog files its build needs and returns the
// CATALOG_FILE setting that names them, always explicitly, so a CATALOG_FILE in the caller's shell
// cannot turn the "CNCF archive" column into something else.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog, CatalogPart } from '../../src/catalog/catalog-schema';
import { DEFAULT_CATALOG_FILES } from '../catalog-files';
import { readValidCatalog } from '../vite/catalog-data-plugin';
import type { CatalogKind, CatalogOptions } from './bench-args';
import { benchCatalog } from './catalog-file';
import { runCommand } from './run-command';

export interface BenchCase {
  /** Short and safe in a file name: "post", "cncf", "10000", "pyvideo". */
  readonly id: string;
  readonly kind: CatalogKind;
  /** Synthetic cases only. */
  readonly talks?: number;
}

export interface PreparedCase extends BenchCase {
  /** What CATALOG_FILE is set to for the build. */
  readonly catalogSetting: string;
  /** The catalog as the build composes it, for the typing plan, the topics and the labels. */
  readonly catalog: Catalog;
}

export const POST_FILE = 'data/post-prometheus-2017.json';
const CNCF_FILE = DEFAULT_CATALOG_FILES[0];
const CATALOG_DIR = path.join('bench', 'catalogs');

export function benchCases(options: CatalogOptions): BenchCase[] {
  return options.kinds.flatMap((kind): BenchCase[] => {
    if (kind === 'synthetic') return options.sizes.map((talks) => ({ id: String(talks), kind, talks }));
    return [{ id: kind, kind }];
  });
}

/** A column's heading: the catalog and its size. */
export function caseLabel(kind: CatalogKind, talks: number): string {
  const count = talks.toLocaleString('en');
  switch (kind) {
    case 'post':
      return `post ${count}`;
    case 'cncf':
      return `CNCF ${count}`;
    case 'synthetic':
      return `synth ${count}`;
    case 'pyvideo':
      return `pyvideo ${count}`;
  }
}

/**
 * What the post needs from the archive to build on its own. data/post-prometheus-2017.json is a
 * layer over the CNCF archive: it has no `site`, and its events and talks name the archive's
 * source and topics, so CATALOG_FILE=data/post-prometheus-2017.json alone fails validation
 * ("site: required field is missing", "unknown source", "unknown topic"). This part carries only
 * those: the site, the sources, and the topics the layer uses, no talk of the archive's.
 */
export function postContextPart(archive: CatalogPart, layer: CatalogPart): CatalogPart {
  const used = new Set([...(layer.talks ?? []).flatMap((talk) => talk.topics)]);
  const own = new Set((layer.topics ?? []).map((topic) => topic.id));
  return {
    ...(archive.site === undefined ? {} : { site: archive.site }),
    sources: archive.sources ?? [],
    topics: (archive.topics ?? []).filter((topic) => used.has(topic.id) && !own.has(topic.id)),
  };
}

function writeJson(file: string, value: unknown): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value)}\n`);
  return file;
}

/** The CATALOG_FILE setting, and the catalog when preparing it already read it. */
async function catalogSetting(benchCase: BenchCase, options: CatalogOptions): Promise<string | { setting: string; catalog: Catalog }> {
  switch (benchCase.kind) {
    case 'post': {
      const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CatalogPart;
      const context = writeJson(path.join(CATALOG_DIR, 'post-context.json'), postContextPart(read(CNCF_FILE), read(POST_FILE)));
      return [context, POST_FILE].join(',');
    }
    case 'cncf':
      return DEFAULT_CATALOG_FILES.join(',');
    case 'synthetic': {
      const talks = benchCase.talks ?? 0;
      const { file, catalog, reused } = await benchCatalog(talks, options.seed);
      console.log(`  ${reused ? 'reusing' : 'generated'} ${file}`);
      return { setting: file, catalog };
    }
    case 'pyvideo': {
      if (options.pyvideoDir === undefined) throw new Error('a pyvideo case needs --pyvideo <dir>');
      const out = path.join(CATALOG_DIR, 'pyvideo-import.json');
      await runCommand('npm', ['run', '--silent', 'import:pyvideo', '--', options.pyvideoDir, '--out', out]);
      console.log(`  imported ${options.pyvideoDir} into ${out}`);
      return out;
    }
  }
}

export async function prepareCase(benchCase: BenchCase, options: CatalogOptions): Promise<PreparedCase> {
  const prepared = await catalogSetting(benchCase, options);
  if (typeof prepared !== 'string') return { ...benchCase, catalogSetting: prepared.setting, catalog: prepared.catalog };
  const catalog = readValidCatalog(prepared.split(',').map((file) => path.resolve(file)));
  return { ...benchCase, catalogSetting: prepared, catalog };
}
