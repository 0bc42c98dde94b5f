import { DEFAULT_CATALOG_FILES } from '../catalog-files';

export interface CheckLinksArgs {
  /** The catalog's files, composed in this order (scripts/catalog-files.ts). */
  datasets: string[];
  out: string;
  timeoutMs: number;
  concurrency: number;
}

export const DEFAULTS: CheckLinksArgs = {
  datasets: [...DEFAULT_CATALOG_FILES],
  out: 'data/link-status.json',
  timeoutMs: 10_000,
  concurrency: 4,
};

export const USAGE =
  'Usage: npm run check-links -- [--timeout ms] [--concurrency n] [--out file] [catalog file…]\n' +
  `  defaults: --timeout ${DEFAULTS.timeoutMs} --concurrency ${DEFAULTS.concurrency} --out ${DEFAULTS.out} ${DEFAULTS.datasets.join(' ')}`;

const FLAGS: readonly string[] = ['--timeout', '--concurrency', '--out'];

export type ParsedArgs = { ok: true; args: CheckLinksArgs } | { ok: false; error: string };

function positiveInteger(flag: string, value: string): number | string {
  return /^[1-9]\d*$/.test(value) ? Number(value) : `${flag} expects a positive whole number, got "${value}"`;
}

/** Accepts `--flag value` and `--flag=value`, and the catalog's files in the order they compose. */
export function parseCheckLinksArgs(argv: readonly string[]): ParsedArgs {
  const args = { ...DEFAULTS };
  const datasets: string[] = [];
  const rest = [...argv];
  for (let token = rest.shift(); token !== undefined; token = rest.shift()) {
    if (!token.startsWith('-')) {
      datasets.push(token);
      continue;
    }
    const [flag = '', inlineValue] = token.split(/=(.*)/s);
    if (!FLAGS.includes(flag)) return { ok: false, error: `unknown option ${flag}` };
    const value = inlineValue ?? rest.shift();
    if (value === undefined) return { ok: false, error: `${flag} needs a value` };
    if (flag === '--out') {
      args.out = value;
      continue;
    }
    const number = positiveInteger(flag, value);
    if (typeof number === 'string') return { ok: false, error: number };
    if (flag === '--timeout') args.timeoutMs = number;
    else args.concurrency = number;
  }
  return { ok: true, args: { ...args, datasets: datasets.length > 0 ? datasets : [...DEFAULTS.datasets] } };
}
