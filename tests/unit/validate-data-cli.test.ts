import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogInput } from '../../src/catalog/catalog-schema';
import { DEFAULT_CATALOG_FILES } from '../../scripts/catalog-files';
import { catalogJsonSchemaText, SCHEMA_FILE } from '../../scripts/schema/catalog-json-schema';
import { runValidateData } from '../../scripts/validate-data-cli';
import { fixtureInput } from './fixture-catalog';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** In the repository, the fixtures by path; the exported schema is tested on its own. */
const run = (...args: string[]) => runValidateData(args, root, { schemaFile: null });

describe('npm run validate-data with files', () => {
  it('reports a valid file with what it holds', () => {
    expect(run('tests/fixtures/catalog.json')).toEqual({
      exitCode: 0,
      output: 'tests/fixtures/catalog.json: 6 talks, 3 events, 4 speakers, 1 collection, valid.',
    });
    expect(run('tests/fixtures/minimal-valid.json').output).toBe('tests/fixtures/minimal-valid.json: 1 talk, 1 event, 1 speaker, 0 collections, valid.');
  });

  it('lists every problem of a broken dataset, labelled with the path as given', () => {
    expect(run('tests/fixtures/invalid/unknown-event.json')).toEqual({
      exitCode: 1,
      output: [
        'tests/fixtures/invalid/unknown-event.json: 1 problem:',
        '  tests/fixtures/invalid/unknown-event.json: talks[0] (counting-things): event: unknown event "conf-2018-nowhere"',
      ].join('\n'),
    });
    expect(run('./tests/fixtures/invalid/unknown-event.json').output).toMatch(/^\.\/tests\/fixtures\/invalid\/unknown-event\.json: 1 problem:/);
  });

  it('counts the problems in its heading', () => {
    const { exitCode, output } = run('tests/fixtures/several-problems.json');
    const lines = output.split('\n');
    expect(exitCode).toBe(1);
    expect(lines).toEqual([
      'tests/fixtures/several-problems.json: 3 problems:',
      '  tests/fixtures/several-problems.json: talks[0] (counting-things): title: give the title in "en", "zh" or both',
      '  tests/fixtures/several-problems.json: talks[1] (keynote-opening): level: expected one of beginner, intermediate, advanced, got "keynote"',
      '  tests/fixtures/several-problems.json: talks[4] (envoy-in-production): videos[0].url: URL contains a space; write it as %20',
    ]);
  });

  it('composes several files in the order given, labelling the whole with every name', () => {
    const { exitCode, output } = run('tests/fixtures/minimal-valid.json', 'tests/fixtures/catalog.json');
    expect(exitCode).toBe(0);
    expect(output).toBe('tests/fixtures/minimal-valid.json + tests/fixtures/catalog.json: 7 talks, 4 events, 4 speakers, 1 collection, valid.');
  });

  it('says in one line when a file is missing', () => {
    expect(run('data/no-such-file.json')).toEqual({ exitCode: 2, output: 'data/no-such-file.json: cannot read the file: no such file' });
  });

  it('says in one line when the path is a directory, and names every file it could not read', () => {
    expect(run('data')).toEqual({ exitCode: 2, output: 'data: cannot read the file: it is a directory, not a file' });
    expect(run('nope.json', 'tests/fixtures/catalog.json', 'data')).toEqual({
      exitCode: 2,
      output: ['nope.json: cannot read the file: no such file', 'data: cannot read the file: it is a directory, not a file'].join('\n'),
    });
  });

  it('refuses an option it does not know, and explains itself when asked', () => {
    const unknown = run('--fix', 'tests/fixtures/catalog.json');
    expect(unknown.exitCode).toBe(2);
    expect(unknown.output).toMatch(/^validate-data: unknown option --fix\nUsage:/);
    const help = run('--help');
    expect(help.exitCode).toBe(0);
    expect(help.output).toMatch(/^Usage: npm run validate-data/);
  });
});

describe('npm run validate-data with no arguments', () => {
  // A work tree of its own: the fixture split into an archive and a curated file on top of it.
  let cwd: string;
  const write = (file: string, content: string) => writeFileSync(path.join(cwd, file), content);

  beforeAll(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'validate-data-'));
    mkdirSync(path.join(cwd, 'data'));
    const { collections, ...archive } = fixtureInput();
    const curated: Partial<CatalogInput> = { collections };
    const [archiveFile, curatedFile] = DEFAULT_CATALOG_FILES;
    write(archiveFile, JSON.stringify(archive));
    write(curatedFile, JSON.stringify(curated));
    write(SCHEMA_FILE, catalogJsonSchemaText());
  });

  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('composes the default files in order and checks the exported schema', () => {
    expect(runValidateData([], cwd)).toEqual({
      exitCode: 0,
      output: `${DEFAULT_CATALOG_FILES.join(' + ')}: 6 talks, 3 events, 4 speakers, 1 collection, valid.`,
    });
  });

  it('reports an exported schema that is out of date, or missing', () => {
    write(SCHEMA_FILE, '{}\n');
    expect(runValidateData([], cwd)).toEqual({
      exitCode: 1,
      output: [
        `${DEFAULT_CATALOG_FILES.join(' + ')}: 1 problem:`,
        `  ${SCHEMA_FILE}: out of date with src/catalog/catalog-schema.ts; run npm run export-schema`,
      ].join('\n'),
    });
    rmSync(path.join(cwd, SCHEMA_FILE));
    expect(runValidateData([], cwd).output).toContain(`${SCHEMA_FILE}: cannot read the file: no such file; run npm run export-schema`);
    write(SCHEMA_FILE, catalogJsonSchemaText());
  });

  it('counts thousands with separators', () => {
    const big = fixtureInput();
    const [template] = big.talks;
    if (template === undefined) throw new Error('the fixture has no talks');
    big.talks = [...big.talks, ...Array.from({ length: 1228 }, (_, i) => ({ ...template, id: `talk-${i}`, videos: [] }))];
    write('big.json', JSON.stringify(big));
    expect(runValidateData(['big.json'], cwd).output).toBe('big.json: 1,234 talks, 3 events, 4 speakers, 1 collection, valid.');
  });
});

const shipped = DEFAULT_CATALOG_FILES.every((file) => existsSync(path.join(root, file)));

describe('the shipped data', () => {
  it.skipIf(!shipped)(`is valid, and data/catalog.schema.json is up to date${shipped ? '' : ' (skipped: data/cncf-archive.json does not exist yet)'}`, () => {
    const { exitCode, output } = runValidateData([], root);
    expect(output).toMatch(/^data\/cncf-archive\.json \+ data\/post-prometheus-2017\.json: [\d,]+ talks, \d+ events, [\d,]+ speakers, \d+ collections?, valid\.$/);
    expect(exitCode).toBe(0);
  });
});
