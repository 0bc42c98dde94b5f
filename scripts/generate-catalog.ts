// npm run generate-catalog -- --talks 10000 --seed 42 [--out bench/catalogs/talks-10000.json]
// Writes a synthetic catalog for benchmarks, refusing to write one the build would reject. The
// check reads the file's text as the build does (parseCatalogText), so composing the catalog
// (which merges talks that share a YouTube video) must also keep every talk.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseCatalogText } from '../src/catalog/validate-catalog';
import { generateCatalog, MAX_SEED, MAX_TALKS } from './synthetic/generate-catalog';

const USAGE = 'usage: npm run generate-catalog -- --talks <n> [--seed <n>] [--out <file>]';
const SHOWN_PROBLEMS = 20;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function integerOption(value: string | undefined, name: string, min: number, max: number): number {
  const number = value === undefined ? Number.NaN : Number(value);
  if (value === undefined || !/^\d+$/.test(value) || number < min || number > max) {
    fail(`--${name} must be an integer from ${min} to ${max}, got ${value ?? 'nothing'}\n${USAGE}`, 2);
  }
  return number;
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: { talks: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const talks = integerOption(values.talks, 'talks', 1, MAX_TALKS);
  const seed = integerOption(values.seed, 'seed', 0, MAX_SEED);
  const out = values.out ?? path.join('bench', 'catalogs', `talks-${talks}.json`);

  const started = performance.now();
  const catalog = generateCatalog({ talks, seed });
  // Indented like data/post-prometheus-2017.json; the same seed and size always give the same bytes.
  const json = `${JSON.stringify(catalog, null, 2)}\n`;
  const generated = performance.now();
  const result = parseCatalogText(json, out);
  const problems = result.ok
    ? result.catalog.talks.length === talks
      ? []
      : [`${out}: ${talks} talks generated, ${result.catalog.talks.length} after composing: some share a YouTube video`]
    : result.problems;
  if (problems.length > 0) {
    const more = problems.length - SHOWN_PROBLEMS;
    const shown = problems.slice(0, SHOWN_PROBLEMS).join('\n  ');
    const tail = more > 0 ? `\n  … and ${more} more` : '';
    fail(`The generated catalog is invalid (a generator bug), not written:\n  ${shown}${tail}`, 1);
  }
  const validated = performance.now();

  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, json);
  const written = performance.now();

  const bytes = Buffer.byteLength(json);
  const gzip = gzipSync(json).length;
  const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
  const { events, speakers } = catalog;
  console.log(
    `Wrote ${out}: ${talks} talks at ${events.length} events by ${speakers.length} speakers, seed ${seed}, ` +
      `${(bytes / 1e6).toFixed(2)} MB (${bytes} bytes; ${gzip} gzip)`,
  );
  console.log(
    `  generate ${ms(started, generated)}, validate ${ms(generated, validated)}, ` +
      `write ${ms(validated, written)}, total ${ms(started, written)}`,
  );
}

main();
