// Every broken dataset in tests/fixtures/invalid must be rejected with exactly the problems
// listed for it in expected.json. The folder is read, so a new fixture cannot go untested. Each
// fixture is tests/fixtures/catalog.json with one mistake in it.
import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../src/catalog/validate-catalog';
import { FIXTURE_FILE, fixtureText } from './fixture-catalog';

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

const check = (name: string) => {
  const result = parseCatalogText(readFileSync(new URL(name, folderUrl), 'utf8'), `${FOLDER}/${name}`);
  expect(result).toEqual({ ok: false, problems: expected[name] });
};

describe('broken datasets', () => {
  it('are numerous enough to cover the schema and the cross-checks', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it('each have an expectation, and every expectation has a fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(fixtures);
  });

  it('each make exactly one mistake, so each is reported once', () => {
    for (const name of fixtures) expect(expected[name], name).toHaveLength(1);
  });

  it.each(fixtures)('%s is rejected with the expected problems', check);
});

describe('a byte-order mark', () => {
  it('is not a mistake: the fixture with one in front still validates', () => {
    expect(parseCatalogText(`\uFEFF${fixtureText}`, FIXTURE_FILE)).toMatchObject({ ok: true });
  });
});
