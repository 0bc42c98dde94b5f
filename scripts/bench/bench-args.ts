// npm run bench -- [--sizes 1000,10000,50000] [--seed 42] [--loads 7] [--keep-builds]
import { parseArgs } from 'node:util';
import { MAX_SEED, MAX_TALKS } from '../synthetic/generate-catalog';

export interface BenchArgs {
  readonly sizes: readonly number[];
  readonly seed: number;
  /** Fresh page loads for the first-render median. */
  readonly loads: number;
  /** Keep bench/dist-<n> after measuring (a 50,000-talk build is ~50,000 folders and ~0.8 GB). */
  readonly keepBuilds: boolean;
}

export const USAGE = 'usage: npm run bench -- [--sizes 1000,10000,50000] [--seed <n>] [--loads <n ≥ 5>] [--keep-builds]';

export class UsageError extends Error {}

function integer(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got ${text}`);
  }
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string', default: '1000,10000,50000' },
        seed: { type: 'string', default: '42' },
        loads: { type: 'string', default: '7' },
        'keep-builds': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const sizes = values.sizes.split(',').map((size) => integer(size.trim(), 'sizes', 1, MAX_TALKS));
  return {
    // Ascending, without repeats, so the table reads left to right and 1k is built first.
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    seed: integer(values.seed, 'seed', 0, MAX_SEED),
    loads: integer(values.loads, 'loads', 5, 100),
    keepBuilds: values['keep-builds'],
  };
}
