// npm run bench -- [--sizes 10000,50000] [--only post,cncf,synthetic,pyvideo] [--pyvideo <dir>]
//                  [--seed 42] [--loads 7] [--ab <git ref>] [--keep-builds]
// The audit takes the same catalog options (catalogOptions below), so both run at the same sizes.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MAX_SEED, MAX_TALKS } from '../synthetic/generate-catalog';

/** The catalogs a run can cover; every one is a build of its own (bench-cases.ts). */
export const CATALOG_KINDS = ['post', 'cncf', 'synthetic', 'pyvideo'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export interface CatalogOptions {
  /** Synthetic catalogs' sizes, ascending, without repeats. */
  readonly sizes: readonly number[];
  readonly seed: number;
  /** Which kinds of catalog to build; pyvideo only when `pyvideoDir` is given. */
  readonly kinds: readonly CatalogKind[];
  /** A folder in pyvideo.org's data layout, converted with `npm run import:pyvideo`. */
  readonly pyvideoDir: string | undefined;
}

export interface BenchArgs extends CatalogOptions {
  /** Page loads per page (app and floor each) for first render and the first search. */
  readonly loads: number;
  /** Keep bench/dist-<case> after measuring (a 50,000-talk build is ~0.8 GB). */
  readonly keepBuilds: boolean;
  /** A git ref to build the same catalogs from and measure against this tree (B/A). */
  readonly ab: string | undefined;
}

export const DEFAULT_SIZES = '10000,50000';
export const BENCH_USAGE =
  'usage: npm run bench -- [--sizes 10000,50000] [--only post,cncf,synthetic,pyvideo] [--pyvideo <dir>] [--seed <n>] [--loads <n ≥ 3>] [--ab <git ref>] [--keep-builds]';

export class UsageError extends Error {}

function integer(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got ${text}`);
  }
  return value;
}

const CATALOG_OPTION_SPEC = {
  sizes: { type: 'string', default: DEFAULT_SIZES },
  seed: { type: 'string', default: '42' },
  only: { type: 'string' },
  pyvideo: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

function kindsFrom(only: string | undefined, pyvideoDir: string | undefined): CatalogKind[] {
  const known = new Set<string>(CATALOG_KINDS);
  if (only === undefined) return CATALOG_KINDS.filter((kind) => kind !== 'pyvideo' || pyvideoDir !== undefined);
  const asked = only.split(',').map((kind) => kind.trim()).filter((kind) => kind !== '');
  const unknown = asked.filter((kind) => !known.has(kind));
  if (unknown.length > 0 || asked.length === 0) {
    throw new UsageError(`--only takes a comma-separated list of ${CATALOG_KINDS.join(', ')}; got ${only}`);
  }
  if (asked.includes('pyvideo') && pyvideoDir === undefined) throw new UsageError('--only pyvideo needs --pyvideo <dir>');
  // The kinds' own order, whatever order they were given in: the tables read small to large.
  return CATALOG_KINDS.filter((kind) => asked.includes(kind));
}

function catalogOptions(values: { sizes: string; seed: string; only?: string; pyvideo?: string }): CatalogOptions {
  const sizes = values.sizes.split(',').map((size) => integer(size.trim(), 'sizes', 1, MAX_TALKS));
  const pyvideoDir = values.pyvideo === undefined || values.pyvideo === '' ? undefined : values.pyvideo;
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    seed: integer(values.seed, 'seed', 0, MAX_SEED),
    kinds: kindsFrom(values.only, pyvideoDir),
    pyvideoDir,
  };
}

function parse<T extends ParseArgsConfig['options']>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const values = parse(argv, {
    ...CATALOG_OPTION_SPEC,
    loads: { type: 'string', default: '7' },
    ab: { type: 'string' },
    'keep-builds': { type: 'boolean', default: false },
  });
  if (values.ab === '') throw new UsageError('--ab needs a git ref, e.g. --ab main~1');
  return {
    ...catalogOptions(values),
    loads: integer(values.loads, 'loads', 3, 100),
    keepBuilds: values['keep-builds'],
    ab: values.ab,
  };
}

export interface AuditArgs {
  /** Catalogs to build and audit; undefined: audit one existing build (`dist`). */
  readonly catalogs: CatalogOptions | undefined;
  /** The build to audit when no catalog option is given: dist/ unless --dist says otherwise. */
  readonly dist: string;
  /** Never build dist/ when it is missing (the one-build mode only). */
  readonly noBuild: boolean;
}

export const AUDIT_USAGE =
  'usage: npm run audit -- [--dist <dir>] [--no-build] | [--sizes 10000,50000] [--only post,cncf,synthetic,pyvideo] [--pyvideo <dir>] [--seed <n>]';

export function parseAuditArgs(argv: readonly string[]): AuditArgs {
  const values = parse(argv, {
    sizes: { type: 'string' },
    seed: { type: 'string' },
    only: { type: 'string' },
    pyvideo: { type: 'string' },
    dist: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  });
  const buildsCatalogs = [values.sizes, values.only, values.pyvideo].some((value) => value !== undefined);
  if (buildsCatalogs && (values.dist !== undefined || values['no-build'])) {
    throw new UsageError('--dist and --no-build audit one existing build; --sizes, --only and --pyvideo build catalogs: use one or the other');
  }
  if (!buildsCatalogs && values.seed !== undefined) throw new UsageError('--seed only applies with --sizes or --only');
  const catalogs = buildsCatalogs
    ? catalogOptions({
        sizes: values.sizes ?? CATALOG_OPTION_SPEC.sizes.default,
        seed: values.seed ?? CATALOG_OPTION_SPEC.seed.default,
        ...(values.only === undefined ? {} : { only: values.only }),
        ...(values.pyvideo === undefined ? {} : { pyvideo: values.pyvideo }),
      })
    : undefined;
  return { catalogs, dist: values.dist ?? 'dist', noBuild: values['no-build'] };
}
