// The one definition of the catalog's shape. Types are inferred from it; the dataset is checked
// against it at build time (vite.config.ts) and in the tests, never again in the browser.
// `npm run export-schema` writes it as JSON Schema (data/catalog.schema.json) for other tools.
//
// A catalog is normalised: events, speakers, topics and talks each have a list and an id, and a
// talk names its event, speakers and topics by id. Several files can be composed into one catalog
// (compose-catalog.ts): the imported archive first, our curated collections on top.
import * as v from 'valibot';
import { LEVELS, TALK_KINDS, TOPIC_KINDS, VIDEO_HOSTS } from './levels.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Speaker ids come from names, and names are written in every script: "张三" stays "张三".
const NAME_SLUG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;
const MAX_URL = 2048;

function describe(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `"${shown}"`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** A message that says what was expected and what was found, in plain words. */
const expected =
  (what: string) =>
  (issue: { input: unknown }): string =>
    `expected ${what}, got ${describe(issue.input)}`;

/** Objects reject fields they do not know, so a typo in the data is caught, not ignored. */
function strict<const E extends v.ObjectEntries>(entries: E, what = 'an object') {
  const object = v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unknown field ${describe(issue.path?.at(-1)?.key)}`;
    // A missing key is reported by the object, with the key's quoted name as "expected".
    if (issue.received === 'undefined' && issue.expected.startsWith('"')) return 'required field is missing';
    return expected(what)(issue);
  });
  // valibot would accept a list as an object and then report its "missing" fields.
  return v.pipe(v.custom<v.InferInput<typeof object>>((input) => !Array.isArray(input), expected(what)), object);
}

const list = <T extends v.GenericSchema>(item: T, what: string, max: number) =>
  v.pipe(
    v.array(item, expected(what)),
    v.maxLength(max, (issue) => `too many entries (${issue.received}, at most ${max})`),
  );

// Control and bidirectional-override characters can hide or reorder what a reader sees.
// Newlines are allowed only where a text may have paragraphs (summaries, notes).
const INVISIBLE = /^[^\p{Cc}\u202A-\u202E\u2066-\u2069]*$/u;
const INVISIBLE_EXCEPT_NEWLINE = /^(?:[^\p{Cc}\u202A-\u202E\u2066-\u2069]|\n)*$/u;

const text = (what: string, max: number, { paragraphs = false } = {}) =>
  v.pipe(
    v.string(expected(what)),
    v.trim(),
    v.nonEmpty(`${what} must not be empty`),
    v.regex(paragraphs ? INVISIBLE_EXCEPT_NEWLINE : INVISIBLE, `${what} contains control or text-direction characters`),
    v.maxLength(max, (issue) => `${what} is too long (${issue.received} characters, at most ${max})`),
  );

function isWebUrl(value: string, protocols: readonly string[]): boolean {
  if (/\s/.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  // Credentials in a public link would leak them to every reader.
  return protocols.includes(url.protocol) && url.hostname !== '' && url.username === '' && url.password === '';
}

const urlTooLong = (issue: { received: string }) => `URL is too long (${issue.received} characters, at most ${MAX_URL})`;
const NO_SPACES = v.check((s: string) => !/\s/.test(s), 'URL contains a space; write it as %20');
// Checked on its own so the message never repeats the secret back.
const NO_CREDENTIALS = v.check((s: string) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(s), 'URL must not contain a user name or password');

/** http or https, absolute: the only links the app will ever render. */
export const HttpUrlSchema = v.pipe(
  v.string(expected('an http(s) URL')),
  v.maxLength(MAX_URL, urlTooLong),
  NO_SPACES,
  NO_CREDENTIALS,
  v.check((s) => isWebUrl(s, ['http:', 'https:']), expected('an absolute http(s) URL')),
);

/** Patterns of the hosts whose players the app embeds, so an id can always be read from the URL. */
export const VIDEO_URL_PATTERNS = {
  youtube: /^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/,
  tencent: /^https:\/\/v\.qq\.com\/x\/page\/[a-z0-9]+\.html$/,
} as const;

const VIDEO_URL_EXAMPLES: Record<keyof typeof VIDEO_URL_PATTERNS, string> = {
  youtube: 'a YouTube watch URL (https://www.youtube.com/watch?v=…)',
  tencent: 'a Tencent Video page URL (https://v.qq.com/x/page/….html)',
};

export const VideoSchema = v.pipe(
  strict({
    host: v.picklist(VIDEO_HOSTS, expected(`one of ${VIDEO_HOSTS.join(', ')}`)),
    url: HttpUrlSchema,
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { host, url } = dataset.value;
    if (host !== 'youtube' && host !== 'tencent') return;
    if (!VIDEO_URL_PATTERNS[host].test(url)) {
      addIssue({ message: `expected ${VIDEO_URL_EXAMPLES[host]}, got ${describe(url)}`, path: [{ type: 'object', origin: 'value', input: dataset.value, key: 'url', value: url }] });
    }
  }),
);

function isRealDate(s: string): boolean {
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
}

export const IsoDateSchema = v.pipe(
  v.string(expected('a date as YYYY-MM-DD')),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, expected('a date as YYYY-MM-DD')),
  v.check(isRealDate, (issue) => `${describe(issue.input)} is not a real calendar date`),
);

export const SlugSchema = v.pipe(
  v.string(expected('a URL slug')),
  v.maxLength(100, (issue) => `too long (${issue.received} characters, at most 100)`),
  v.regex(SLUG, expected('a URL slug (lowercase letters, digits and single hyphens)')),
);

export const SpeakerIdSchema = v.pipe(
  v.string(expected('a speaker id')),
  v.maxLength(100, (issue) => `too long (${issue.received} characters, at most 100)`),
  v.regex(NAME_SLUG, expected('a speaker id (lowercase letters of any script, digits and single hyphens)')),
);

/** A text in English, Chinese or both: real data often has only one of them. */
const Texts = (what: string, max: number, options: { paragraphs?: boolean } = {}) =>
  v.pipe(
    strict({ en: v.optional(text(what, max, options)), zh: v.optional(text(what, max, options)) }, 'an object with "en" and/or "zh"'),
    v.check((t) => t.en !== undefined || t.zh !== undefined, `give the ${what} in "en", "zh" or both`),
  );

/** Texts the interface shows for the catalog itself, which exist in both languages. */
const BothTexts = (what: string, max: number) =>
  strict({ en: text(what, max), zh: text(what, max) }, 'an object with "en" and "zh"');

export const SiteSchema = strict({
  name: BothTexts('name', 80),
  description: BothTexts('description', 400),
});

/** Where data came from, credited wherever the catalog shows it. */
export const SourceSchema = strict({
  id: SlugSchema,
  title: text('title', 300),
  author: v.optional(text('author', 200)),
  url: v.optional(HttpUrlSchema),
  published: v.optional(IsoDateSchema),
  license: v.optional(text('license', 200)),
});

export const EventSchema = strict({
  id: SlugSchema,
  name: Texts('name', 200),
  /** The year in the event's name; its days only where a source states them. */
  year: v.pipe(v.number(expected('a year')), v.integer(expected('a whole year')), v.minValue(1990, 'year is before 1990'), v.maxValue(2100, 'year is after 2100')),
  city: v.optional(Texts('city', 100)),
  startDate: v.optional(IsoDateSchema),
  endDate: v.optional(IsoDateSchema),
  url: v.optional(HttpUrlSchema),
  source: SlugSchema,
});

export const TopicSchema = strict({
  id: SlugSchema,
  kind: v.picklist(TOPIC_KINDS, expected(`one of ${TOPIC_KINDS.join(', ')}`)),
  label: Texts('label', 80),
});

export const SpeakerSchema = strict({
  id: SpeakerIdSchema,
  name: text('name', 120),
});

/** A speaker on one talk: the affiliation belongs to the talk, because people change jobs. */
export const TalkSpeakerSchema = strict({
  id: SpeakerIdSchema,
  affiliation: v.optional(text('affiliation', 200)),
});

export const SourceLineSchema = strict({
  file: text('file', 200),
  line: v.pipe(v.number(expected('a line number')), v.integer(expected('a whole line number')), v.minValue(1, 'line numbers start at 1')),
});

export const TalkSchema = strict({
  id: SlugSchema,
  event: SlugSchema,
  title: Texts('title', 400),
  speakers: v.optional(list(TalkSpeakerSchema, 'a list of speakers', 40), []),
  kind: v.optional(v.picklist(TALK_KINDS, expected(`one of ${TALK_KINDS.join(', ')}`))),
  level: v.optional(v.picklist(LEVELS, expected(`one of ${LEVELS.join(', ')}`))),
  topics: v.optional(list(SlugSchema, 'a list of topic ids', 20), []),
  date: v.optional(IsoDateSchema),
  /** Paragraphs are separated by a blank line. */
  summary: v.optional(Texts('summary', 20_000, { paragraphs: true })),
  videos: v.optional(list(VideoSchema, 'a list of videos', 10), []),
  /** null: the talk is known to have no published slides; absent: nobody has looked. */
  slides: v.optional(v.nullable(strict({ url: HttpUrlSchema }, 'an object with "url", or null for "no slides"'))),
  /** The spoken language (BCP 47), where a source states it. */
  language: v.optional(v.pipe(v.string(expected('a language tag')), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, expected('a language tag such as "en" or "zh-Hans"')))),
  /** The line of the source file the talk was imported from. */
  source: v.optional(SourceLineSchema),
});

export const CollectionEntrySchema = strict({
  talk: SlugSchema,
  /** The collection's author singled this talk out. */
  pick: v.optional(v.boolean(expected('true or false')), false),
  note: v.optional(Texts('note', 2000, { paragraphs: true })),
  /** The links the collection itself gave (e.g. a blog post's short links), exactly as published. */
  links: v.optional(strict({ video: v.optional(HttpUrlSchema), slides: v.optional(HttpUrlSchema) })),
});

/** An ordered list of talks from a source: a blog post's recommendations, a reading list. */
export const CollectionSchema = strict({
  id: SlugSchema,
  title: BothTexts('title', 200),
  description: v.optional(Texts('description', 2000, { paragraphs: true })),
  source: strict({
    title: text('title', 300),
    author: v.optional(text('author', 200)),
    published: v.optional(IsoDateSchema),
    url: v.optional(HttpUrlSchema),
    language: v.optional(v.string()),
  }),
  entries: v.pipe(list(CollectionEntrySchema, 'a list of entries', 5000), v.minLength(1, 'a collection needs at least one talk')),
});

const catalogEntries = {
  site: SiteSchema,
  sources: list(SourceSchema, 'a list of sources', 100),
  events: list(EventSchema, 'a list of events', 10_000),
  topics: list(TopicSchema, 'a list of topics', 10_000),
  speakers: list(SpeakerSchema, 'a list of speakers', 500_000),
  talks: v.pipe(list(TalkSchema, 'a list of talks', 500_000), v.minLength(1, 'the catalog has no talks')),
  collections: v.optional(list(CollectionSchema, 'a list of collections', 1000), []),
};

export const CatalogSchema = strict(catalogEntries, 'an object with "site", "sources", "events", "topics", "speakers" and "talks"');

/**
 * One file of a composed catalog: the same shapes, any of them absent. The composed whole is
 * checked against CatalogSchema (and cross-checked) once the parts are merged.
 */
export const CatalogPartSchema = strict(
  {
    site: v.optional(SiteSchema),
    sources: v.optional(catalogEntries.sources),
    events: v.optional(catalogEntries.events),
    topics: v.optional(catalogEntries.topics),
    speakers: v.optional(catalogEntries.speakers),
    talks: v.optional(list(TalkSchema, 'a list of talks', 500_000)),
    collections: v.optional(catalogEntries.collections),
  },
  'an object with any of "site", "sources", "events", "topics", "speakers", "talks" and "collections"',
);

export type Catalog = v.InferOutput<typeof CatalogSchema>;
export type CatalogPart = v.InferOutput<typeof CatalogPartSchema>;
export type CatalogInput = v.InferInput<typeof CatalogSchema>;
export type Talk = v.InferOutput<typeof TalkSchema>;
export type TalkSpeaker = v.InferOutput<typeof TalkSpeakerSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type CatalogEvent = v.InferOutput<typeof EventSchema>;
export type Collection = v.InferOutput<typeof CollectionSchema>;
export type CollectionEntry = v.InferOutput<typeof CollectionEntrySchema>;
export type Video = v.InferOutput<typeof VideoSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type { Level, TalkKind, VideoHost } from './levels.ts';
