// The catalog the logic tests run on: tests/fixtures/catalog.json, parsed and validated the way
// the build reads a catalog. Never the shipped data, so correcting a fact in data/ breaks no test.
import { readFileSync } from 'node:fs';
import type { Catalog, CatalogInput, Talk } from '../../src/catalog/catalog-schema';
import { parseCatalogText } from '../../src/catalog/validate-catalog';

export const FIXTURE_FILE = 'tests/fixtures/catalog.json';
export const fixtureText = readFileSync(new URL('../fixtures/catalog.json', import.meta.url), 'utf8');

function parseFixture(): Catalog {
  const result = parseCatalogText(fixtureText, FIXTURE_FILE);
  if (!result.ok) throw new Error(`${FIXTURE_FILE} is invalid:\n${result.problems.join('\n')}`);
  return result.catalog;
}

/** The fixture as the app sees it (shared: treat as read-only). */
export const fixtureCatalog: Catalog = parseFixture();

/** A fresh copy of the fixture's raw JSON, for a test to change one thing in. */
export const fixtureInput = (): CatalogInput => JSON.parse(fixtureText) as CatalogInput;

/** A fresh parsed copy, for a test that needs a catalog object of its own (the lookups are cached per object). */
export const freshCatalog = (): Catalog => parseFixture();

export function talkOf(catalog: Catalog, id: string): Talk {
  const talk = catalog.talks.find((t) => t.id === id);
  if (talk === undefined) throw new Error(`the catalog has no talk ${id}`);
  return talk;
}

export const fixtureTalk = (id: string): Talk => talkOf(fixtureCatalog, id);
