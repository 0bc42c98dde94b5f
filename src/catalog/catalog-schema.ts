// The one definition of the catalog's shape. Types are inferred from it; the dataset is checked
// against it at build time (vite.config.ts) and in the tests, never again in the browser.
import * as v from 'valibot';
import { LEVELS } from './levels.ts';

export { LEVELS };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
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

// Control and bidirectional-override characters can hide or reorder what a reader sees.
const INVISIBLE = /^[^\p{Cc}\u202A-\u202E\u2066-\u2069]*$/u;

const text = (what: string, max: number) =>
  v.pipe(
    v.string(expected(what)),
    v.trim(),
    v.nonEmpty(`${what} must not be empty`),
    v.regex(INVISIBLE, `${what} contains control or text-direction characters`),
    v.maxLength(max, (issue) => `${what} is too long (${issue.received} characters, at most ${max})`),
  );

function isWebUrl(value: string, protocols: readonly string[]): boolean {
  if (/\s/.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  // Credentials in a public link would leak them to every reader.
  return protocols.includes(url.protocol) && url.hostname !== '' && url.username === '' && url.password === '';
}

/** http or https, absolute: the only links the app will ever render. */
const urlTooLong = (issue: { received: string }) => `URL is too long (${issue.received} characters, at most ${MAX_URL})`;
const NO_SPACES = v.check((s: string) => !/\s/.test(s), 'URL contains a space; write it as %20');
// Checked on its own so the message never repeats the secret back.
const NO_CREDENTIALS = v.check((s: string) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(s), 'URL must not contain a user name or password');

export const HttpUrlSchema = v.pipe(
  v.string(expected('an http(s) URL')),
  v.maxLength(MAX_URL, urlTooLong),
  NO_SPACES,
  NO_CREDENTIALS,
  v.check((s) => isWebUrl(s, ['http:', 'https:']), expected('an absolute http(s) URL')),
);

const httpsUrlOn = (hostPattern: RegExp, what: string) =>
  v.pipe(
    v.string(expected(`an https URL`)),
    v.maxLength(MAX_URL, urlTooLong),
    NO_SPACES,
    NO_CREDENTIALS,
    v.check((s) => isWebUrl(s, ['https:']), expected('an https URL')),
    v.check((s) => hostPattern.test(s), expected(what)),
  );

export const YouTubeUrlSchema = httpsUrlOn(
  /^https:\/\/(?:www\.)?youtube\.com\/watch\?v=[\w-]{11}(?:&|$)/,
  'a YouTube watch URL (https://www.youtube.com/watch?v=…)',
);
export const TencentVideoUrlSchema = httpsUrlOn(
  /^https:\/\/v\.qq\.com\/x\/page\/[a-z0-9]+\.html$/,
  'a Tencent Video page URL (https://v.qq.com/x/page/….html)',
);

function isRealDate(s: string): boolean {
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
}

const isoDate = (what: string) =>
  v.pipe(
    v.string(expected(what)),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, expected(what)),
    v.check(isRealDate, (issue) => `${describe(issue.input)} is not a real calendar date`),
  );

export const IsoDateSchema = isoDate('a date as YYYY-MM-DD');

export const SlugSchema = v.pipe(
  v.string(expected('a URL slug')),
  v.maxLength(80, (issue) => `too long (${issue.received} characters, at most 80)`),
  v.regex(SLUG, expected('a URL slug (lowercase letters, digits and single hyphens)')),
);

/** Chinese is optional so a talk can be added before it is translated; coverage shows the gap. */
const Bilingual = (what: string, max: number) =>
  strict({ en: text(what, max), zh: v.optional(text(what, max)) }, 'an object with "en" (and "zh")');

export const SpeakerSchema = strict({
  name: text('name', 120),
  affiliation: text('affiliation', 200),
});

export const VideoSchema = strict({
  youtube: v.optional(YouTubeUrlSchema),
  tencent: v.optional(TencentVideoUrlSchema),
  seedShortLink: v.optional(HttpUrlSchema),
});

export const SlidesSchema = v.nullable(
  v.pipe(
    strict({ url: v.optional(HttpUrlSchema), seedShortLink: v.optional(HttpUrlSchema) }, 'an object, or null for "no slides"'),
    v.check(
      (s) => s.url !== undefined || s.seedShortLink !== undefined,
      'give "url" or "seedShortLink", or write null when there are no slides',
    ),
  ),
);

export const TalkSchema = strict({
  id: SlugSchema,
  title: Bilingual('title', 300),
  speakers: v.pipe(
    v.array(SpeakerSchema, expected('a list of speakers')),
    v.minLength(1, 'a talk needs at least one speaker'),
    v.maxLength(12, 'at most 12 speakers'),
  ),
  level: v.picklist(LEVELS, expected(`one of ${LEVELS.join(', ')}`)),
  topics: v.pipe(
    v.array(SlugSchema, expected('a list of topic ids')),
    v.minLength(1, 'a talk needs 1 to 3 topics'),
    v.maxLength(3, 'a talk has at most 3 topics'),
  ),
  // Note: valibot's nullable() takes a default value as its second argument, not a message.
  date: v.nullable(isoDate('a date as YYYY-MM-DD, or null when unknown')),
  summary: Bilingual('summary', 2000),
  pick: v.optional(v.boolean(expected('true or false')), false),
  video: VideoSchema,
  slides: SlidesSchema,
});

export const TopicSchema = strict({ id: SlugSchema, label: strict({ en: text('label', 60), zh: text('label', 60) }) });

export const EventSchema = strict({
  name: strict({ en: text('name', 200), zh: text('name', 200) }),
  city: strict({ en: text('city', 100), zh: text('city', 100) }),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  source: strict({ title: text('title', 300), published: IsoDateSchema }),
});

export const CatalogSchema = strict(
  {
    event: EventSchema,
    topics: v.pipe(v.array(TopicSchema, expected('a list of topics')), v.minLength(1, 'the topic list is empty')),
    talks: v.pipe(v.array(TalkSchema, expected('a list of talks')), v.minLength(1, 'the catalog has no talks')),
  },
  'an object with "event", "topics" and "talks"',
);

export type Catalog = v.InferOutput<typeof CatalogSchema>;
export type Talk = v.InferOutput<typeof TalkSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type Level = Talk['level'];
export type CatalogEvent = v.InferOutput<typeof EventSchema>;
