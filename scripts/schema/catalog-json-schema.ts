// The catalog's schema (src/catalog/catalog-schema.ts) as JSON Schema, for editors and other tools
// that check a catalog file without running our code. `npm run export-schema` writes it to
// data/catalog.schema.json; a unit test fails when that file no longer matches, and
// `npm run validate-data` says so too.
//
// What JSON Schema can say, it says: shapes, required fields, vocabularies, lengths, patterns,
// unknown fields refused (additionalProperties: false), calendar dates (format: date), each video
// host's URL shape. What it cannot say is left to `npm run validate-data`: that every reference
// (a talk's event, speakers, topics; a collection's talks) resolves, that ids are unique, that a
// talk's date falls within its event, and that a text is not only spaces.
import { toJsonSchema, type JsonSchema, type OverrideActionContext } from '@valibot/to-json-schema';
import {
  CatalogPartSchema,
  CatalogSchema,
  CollectionEntrySchema,
  CollectionSchema,
  EventSchema,
  HttpUrlSchema,
  IsoDateSchema,
  SiteSchema,
  SlugSchema,
  SourceSchema,
  SpeakerIdSchema,
  SpeakerSchema,
  TalkSchema,
  TalkSpeakerSchema,
  TopicSchema,
  VIDEO_URL_PATTERNS,
  VideoSchema,
} from '../../src/catalog/catalog-schema';

export const SCHEMA_FILE = 'data/catalog.schema.json';

/** A name, not an address: the schema is not published anywhere but in this repository. */
export const SCHEMA_ID = 'urn:talk-catalog:catalog.schema.json';

/** Reused shapes, written once under `$defs` and referred to by `$ref`; CatalogPart describes one file of a composed catalog. */
const DEFINITIONS = {
  CatalogPart: CatalogPartSchema,
  Site: SiteSchema,
  Source: SourceSchema,
  Event: EventSchema,
  Topic: TopicSchema,
  Speaker: SpeakerSchema,
  Talk: TalkSchema,
  TalkSpeaker: TalkSpeakerSchema,
  Video: VideoSchema,
  Collection: CollectionSchema,
  CollectionEntry: CollectionEntrySchema,
  HttpUrl: HttpUrlSchema,
  IsoDate: IsoDateSchema,
  Slug: SlugSchema,
  SpeakerId: SpeakerIdSchema,
};

/**
 * The pieces of catalog-schema.ts that are code, not shapes: `check` and `rawCheck` (said again in
 * addChecks() where JSON Schema has words for it) and `trim`, which changes the text. Anything
 * else the converter cannot express makes the export fail, so nothing is dropped unnoticed.
 */
const IGNORED_ACTIONS = ['check', 'raw_check', 'trim'];

/**
 * An absolute http(s) URL with a host and without a user name or password, and no whitespace:
 * what HttpUrlSchema's checks accept (the scheme in any case, as URL parsing does).
 */
const HTTP_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+(?:[/?#]\\S*)?$';

/** Keeps the patterns the converter refuses for their "u" flag. */
function overrideAction({ valibotAction, jsonSchema }: OverrideActionContext): JsonSchema | undefined {
  // Patterns with \p{…} need the "u" flag. JSON Schema has no flags, but its patterns are read
  // as Unicode regular expressions (draft 2020-12 says so; Ajv and editors do it for every draft).
  if (valibotAction.type !== 'regex') return undefined;
  const { source, flags } = (valibotAction as unknown as { requirement: RegExp }).requirement;
  return flags === 'u' && jsonSchema.pattern === source ? { ...jsonSchema } : undefined;
}

type Definitions = Record<keyof typeof DEFINITIONS, JsonSchema>;

/** A text in "en", "zh" or both: with no other field allowed, at least one field. */
function requireOneLanguage(schema: unknown): void {
  if (Array.isArray(schema)) {
    for (const item of schema) requireOneLanguage(item);
    return;
  }
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as JsonSchema;
  const keys = Object.keys(node.properties ?? {}).sort().join(',');
  if (node.type === 'object' && keys === 'en,zh' && (node.required ?? []).length === 0) node.minProperties = 1;
  for (const child of Object.values(node)) requireOneLanguage(child);
}

/** What the checks of catalog-schema.ts mean, where JSON Schema has words for it. */
function addChecks(definitions: Definitions): void {
  definitions.HttpUrl.pattern = HTTP_URL_PATTERN;
  definitions.IsoDate.format = 'date';
  // The hosts whose players the app embeds must have URLs it can read a video id from.
  definitions.Video.allOf = Object.entries(VIDEO_URL_PATTERNS).map(([host, pattern]) => ({
    if: { properties: { host: { type: 'string', const: host } }, required: ['host'] },
    then: { properties: { url: { type: 'string', pattern: pattern.source } } },
  }));
  requireOneLanguage(definitions);
}

/** The catalog's JSON Schema, the same object for the same catalog-schema.ts. */
export function catalogJsonSchema(): JsonSchema {
  const converted = toJsonSchema(CatalogSchema, {
    target: 'draft-07',
    // Convert from each pipeline's last schema: strict() in catalog-schema.ts puts a custom check
    // before the object, and the object is the shape.
    typeMode: 'output',
    errorMode: 'throw',
    ignoreActions: IGNORED_ACTIONS,
    definitions: DEFINITIONS,
    overrideAction,
  });
  const { $schema, $defs, ...rest } = converted;
  addChecks($defs as Definitions);
  requireOneLanguage(rest);
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Talk catalog',
    description:
      'A catalog of conference talks: the site, the sources, events, topics, speakers and talks it lists, and curated collections of talks. ' +
      'One file of a catalog composed of several is described by $defs/CatalogPart. Generated from src/catalog/catalog-schema.ts by `npm run export-schema`; ' +
      '`npm run validate-data` also checks what JSON Schema cannot: that references resolve, ids are unique and dates agree.',
    ...rest,
    $defs,
  };
}

/** The text of data/catalog.schema.json: pretty-printed, ending in a newline. */
export function catalogJsonSchemaText(): string {
  return `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`;
}
