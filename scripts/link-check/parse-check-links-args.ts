export interface CheckLinksArgs {
  dataset: string;
  out: string;
  timeoutMs: number;
  concurrency: number;
}

export const DEFAULTS: CheckLinksArgs = {
  dataset: 'data/talks.json',
  out: 'data/link-status.json',
  timeoutMs: 10_000,
  concurrency: 4,
};

export const USAGE =
  'Usage: npm run check-links -- [--timeout ms] [--concurrency n] [--out file] [dataset]\n' +
  `  defaults: --timeout ${DEFAULTS.timeoutMs} --concurrency ${DEFAULTS.concurrency} --out ${DEFAULTS.out} ${DEFAULTS.dataset}`;

const FLAGS: readonly string[] = ['--timeout', '--concurrency', '--out'];

export type ParsedArgs = { ok: true; args: CheckLinksArgs } | { ok: false; error: string };

function positiveInteger(flag: string, value: string): number | string {
  return /^[1-9]\d*$/.test(value) ? Number(value) : `${flag} expects a positive whole number, got "${value}"`;
}

/** Accepts `--flag value` and `--flag=value`, and at most one dataset path. */
export function parseCheckLinksArgs(argv: readonly string[]): ParsedArgs {
  const args = { ...DEFAULTS };
  let dataset: string | undefined;
  const rest = [...argv];
  for (let token = rest.shift(); token !== undefined; token = rest.shift()) {
    if (!token.startsWith('--')) {
      if (dataset !== undefined) return { ok: false, error: `expected one dataset, got "${dataset}" and "${token}"` };
      dataset = token;
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
  return { ok: true, args: { ...args, dataset: dataset ?? args.dataset } };
}
