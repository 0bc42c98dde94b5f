// Every broken dataset in tests/fixtures/invalid must be rejected with exactly the problems
// listed for it in expected.json. The folder is read, so a new fixture cannot go untested.
import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../src/catalog/validate-catalog';

const FOLDER = 'tests/fixtures/invalid';
const folderUrl = new URL('../fixtures/invalid/', import.meta.url);
const EXPECTATIONS = 'expected.json';

const fixtures = readdirSync(folderUrl)
  .filter((name) => name.endsWith('.json') && name !== EXPECTATIONS)
  .sort();

const expected = v.parse(
  v.record(v.string(), v.array(v.string())),
  JSON.parse(readFileSync(new URL(EXPECTATIONS, folderUrl), 'utf8')),
);

describe('broken datasets', () => {
  it('are numerous enough to cover the schema', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it('each have an expectation, and every expectation has a fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(fixtures);
  });

  it.each(fixtures)('%s is rejected with the expected problems', (name) => {
    const result = parseCatalogText(readFileSync(new URL(name, folderUrl), 'utf8'), `${FOLDER}/${name}`);
    expect(result).toEqual({ ok: false, problems: expected[name] });
  });
});
