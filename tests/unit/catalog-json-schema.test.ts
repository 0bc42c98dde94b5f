// data/catalog.schema.json: what other tools check a catalog file with. It must be what
// `npm run export-schema` writes now, accept every valid catalog and refuse what it can express.
import { existsSync, readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseCatalogFiles } from '../../src/catalog/validate-catalog';
import { DEFAULT_CATALOG_FILES } from '../../scripts/catalog-files';
import { catalogJsonSchema, catalogJsonSchemaText, SCHEMA_FILE, SCHEMA_ID } from '../../scripts/schema/catalog-json-schema';
import { fixtureInput } from './fixture-catalog';

const root = new URL('../../', import.meta.url);
const readRepoFile = (file: string) => readFileSync(new URL(file, root), 'utf8');

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(catalogJsonSchema());

function validator(ref: string): ValidateFunction {
  const validate = ajv.getSchema(ref);
  if (validate === undefined) throw new Error(`no schema ${ref}`);
  return validate;
}

const wholeCatalog = validator(SCHEMA_ID);
const catalogPart = validator(`${SCHEMA_ID}#/$defs/CatalogPart`);

/** Ajv's complaints, one line each, for a failure message a person can read. */
const errorsOf = (validate: ValidateFunction, data: unknown): string[] =>
  validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);

const invalidFixture = (name: string): unknown => JSON.parse(readRepoFile(`tests/fixtures/invalid/${name}`).replace(/^\uFEFF/, ''));

describe(SCHEMA_FILE, () => {
  it('is what `npm run export-schema` writes now (run it after changing catalog-schema.ts)', () => {
    expect(readRepoFile(SCHEMA_FILE)).toBe(catalogJsonSchemaText());
  });

  it('names itself and says where it comes from', () => {
    const { $schema, $id, title, description } = catalogJsonSchema();
    expect([$schema, $id, title]).toEqual(['http://json-schema.org/draft-07/schema#', SCHEMA_ID, 'Talk catalog']);
    expect(description).toContain('src/catalog/catalog-schema.ts');
  });

  it('comes out the same every time', () => {
    expect(catalogJsonSchemaText()).toBe(catalogJsonSchemaText());
  });
});

describe('the JSON Schema', () => {
  it('accepts the fixture catalog as it is written', () => {
    expect(errorsOf(wholeCatalog, fixtureInput())).toEqual([]);
  });

  it('accepts a part with nothing but talks, and refuses it as a whole catalog', () => {
    const { talks } = fixtureInput();
    expect(errorsOf(catalogPart, { talks })).toEqual([]);
    expect(errorsOf(wholeCatalog, { talks })).not.toEqual([]);
  });

  it.each([
    'unknown-top-level-field.json',
    'unknown-field-in-talk.json',
    'unknown-field-in-video.json',
    'wrong-type-title.json',
    'wrong-type-year.json',
    'empty-title.json',
    'missing-title.json',
    'missing-site.json',
    'site-name-without-chinese.json',
    'talk-is-null.json',
    'not-an-object.json',
    'topics-not-a-list.json',
    'too-many-topics.json',
    'unknown-level.json',
    'unknown-video-host.json',
    'unknown-topic-kind.json',
    'id-not-a-slug.json',
    'id-too-long.json',
    'speaker-id-with-capitals.json',
    'bad-date.json',
    'date-wrong-format.json',
    'youtube-short-link.json',
    'youtube-plain-http.json',
    'youtube-id-wrong-length.json',
    'tencent-wrong-shape.json',
    'javascript-url.json',
    'data-url.json',
    'relative-url.json',
    'url-with-credentials.json',
    'url-with-spaces.json',
    'url-too-long.json',
    'control-characters-in-title.json',
    'text-direction-override-in-name.json',
    'pick-not-a-boolean.json',
    'collection-without-entries.json',
    'empty-catalog.json',
    'line-number-zero.json',
    'year-out-of-range.json',
    'summary-too-long.json',
  ])('refuses %s', (name) => {
    expect(wholeCatalog(invalidFixture(name))).toBe(false);
  });

  // What only `npm run validate-data` can tell: references, uniqueness, dates against events.
  it.each([
    'unknown-event.json',
    'unknown-speaker.json',
    'unknown-topic.json',
    'duplicate-talk-id.json',
    'date-outside-event.json',
    'event-ends-before-start.json',
    'speaker-without-talk.json',
    'collection-unknown-talk.json',
    'blank-summary.json',
  ])('cannot see the mistake in %s', (name) => {
    expect(errorsOf(wholeCatalog, invalidFixture(name))).toEqual([]);
  });
});

const exists = (file: string) => existsSync(new URL(file, root));
const ARCHIVE_MISSING = 'skipped: data/cncf-archive.json does not exist yet (the CNCF import writes it)';

describe('the shipped data', () => {
  for (const file of DEFAULT_CATALOG_FILES) {
    it.skipIf(!exists(file))(`${file} is a valid catalog part, as it is written${exists(file) ? '' : ` (skipped: ${file} does not exist yet)`}`, () => {
      expect(errorsOf(catalogPart, JSON.parse(readRepoFile(file)))).toEqual([]);
    });
  }

  const all = DEFAULT_CATALOG_FILES.every(exists);
  it.skipIf(!all)(`is a valid whole catalog once composed${all ? '' : ` (${ARCHIVE_MISSING})`}`, () => {
    const composed = parseCatalogFiles(DEFAULT_CATALOG_FILES.map((file) => ({ file, text: readRepoFile(file) })));
    if (!composed.ok) throw new Error(composed.problems.join('\n'));
    expect(errorsOf(wholeCatalog, composed.catalog)).toEqual([]);
  });
});
