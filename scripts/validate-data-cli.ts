// `npm run validate-data [file]`, as a function so tests can run it without spawning a process.
import path from 'node:path';
import { parseCatalogText } from '../src/catalog/validate-catalog';
import { readTextFile } from './read-text-file';

export const DEFAULT_DATASET = 'data/talks.json';

/** 0: valid. 1: the file was read but has problems. 2: the file could not be read, or bad arguments. */
export type ValidateDataExitCode = 0 | 1 | 2;

export interface ValidateDataOutcome {
  exitCode: ValidateDataExitCode;
  output: string;
}

const USAGE = `Usage: npm run validate-data [file]   (default: ${DEFAULT_DATASET})`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function runValidateData(args: readonly string[], cwd = process.cwd()): ValidateDataOutcome {
  if (args.includes('--help') || args.includes('-h')) return { exitCode: 0, output: USAGE };
  const [file = DEFAULT_DATASET, ...extra] = args;
  if (extra.length > 0 || file.startsWith('-')) {
    return { exitCode: 2, output: `validate-data: expected at most one file, got ${args.join(' ')}\n${USAGE}` };
  }

  // The label is the path as typed, so every problem line points where the person is looking.
  const read = readTextFile(path.resolve(cwd, file));
  if (!read.ok) return { exitCode: 2, output: `${file}: cannot read the file: ${read.reason}` };

  const result = parseCatalogText(read.text, file);
  if (result.ok) return { exitCode: 0, output: `${file}: ${plural(result.catalog.talks.length, 'talk')}, valid.` };
  const heading = `${file}: ${plural(result.problems.length, 'problem')}:`;
  return { exitCode: 1, output: [heading, ...result.problems.map((problem) => `  ${problem}`)].join('\n') };
}
