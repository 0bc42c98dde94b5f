// `npm run validate-data [file…]`, as a function so tests can run it without spawning a process.
// With no file it checks the catalog the app is built with (the default files, composed); with
// files, those files composed in the order given. It also checks that data/catalog.schema.json
// is what `npm run export-schema` would write now.
import path from 'node:path';
import type { Catalog } from '../src/catalog/catalog-schema';
import { parseCatalogFiles, type CatalogFileText } from '../src/catalog/validate-catalog';
import { DEFAULT_CATALOG_FILES } from './catalog-files';
import { counted } from './counted';
import { readTextFile } from './read-text-file';
import { catalogJsonSchemaText, SCHEMA_FILE } from './schema/catalog-json-schema';

/** 0: valid. 1: the files were read but have problems. 2: a file could not be read, or bad arguments. */
export type ValidateDataExitCode = 0 | 1 | 2;

export interface ValidateDataOutcome {
  exitCode: ValidateDataExitCode;
  output: string;
}

export interface ValidateDataOptions {
  /** The exported JSON Schema to compare with a fresh export, relative to cwd; null: not checked. */
  schemaFile?: string | null;
}

const USAGE = `Usage: npm run validate-data [file…]   (default: ${DEFAULT_CATALOG_FILES.join(' ')}, composed in that order)`;

function summary(catalog: Catalog): string {
  return [
    counted(catalog.talks.length, 'talk'),
    counted(catalog.events.length, 'event'),
    counted(catalog.speakers.length, 'speaker'),
    counted(catalog.collections.length, 'collection'),
  ].join(', ');
}

/** A problem with the exported schema, or none. */
function schemaProblem(cwd: string, schemaFile: string): string | undefined {
  const read = readTextFile(path.resolve(cwd, schemaFile));
  if (!read.ok) return `${schemaFile}: cannot read the file: ${read.reason}; run npm run export-schema`;
  if (read.text !== catalogJsonSchemaText()) {
    return `${schemaFile}: out of date with src/catalog/catalog-schema.ts; run npm run export-schema`;
  }
  return undefined;
}

export function runValidateData(args: readonly string[], cwd = process.cwd(), options: ValidateDataOptions = {}): ValidateDataOutcome {
  if (args.includes('--help') || args.includes('-h')) return { exitCode: 0, output: USAGE };
  const option = args.find((arg) => arg.startsWith('-'));
  if (option !== undefined) return { exitCode: 2, output: `validate-data: unknown option ${option}\n${USAGE}` };
  const files = args.length > 0 ? [...args] : [...DEFAULT_CATALOG_FILES];

  // Labels are the paths as typed, so every problem line points where the person is looking.
  const texts: CatalogFileText[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    const read = readTextFile(path.resolve(cwd, file));
    if (read.ok) texts.push({ file, text: read.text });
    else unreadable.push(`${file}: cannot read the file: ${read.reason}`);
  }
  if (unreadable.length > 0) return { exitCode: 2, output: unreadable.join('\n') };

  const label = files.join(' + ');
  const result = parseCatalogFiles(texts);
  const { schemaFile = SCHEMA_FILE } = options;
  const schema = schemaFile === null ? undefined : schemaProblem(cwd, schemaFile);
  const problems = [...(result.ok ? [] : result.problems), ...(schema === undefined ? [] : [schema])];
  if (problems.length === 0 && result.ok) return { exitCode: 0, output: `${label}: ${summary(result.catalog)}, valid.` };
  const heading = `${label}: ${counted(problems.length, 'problem')}:`;
  return { exitCode: 1, output: [heading, ...problems.map((problem) => `  ${problem}`)].join('\n') };
}
