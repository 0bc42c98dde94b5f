// Synthetic catalogs for benchmarks: thousands of talks with the real event, the real topic
// vocabulary and realistic variety (bilingual text, accented and Chinese names, missing
// translations, talks without video or slides). Output depends only on (talks, seed, base).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, CatalogEvent, Level, Speaker, Talk, Topic } from '../../src/catalog/catalog-schema';
import { parseCatalogText } from '../../src/catalog/validate-catalog';
import { Random } from './random';
import { speakerPool } from './speakers';
import { slugify, spaceHanAndLatin, textOfLength, titleCase } from './text';
import {
  CONTEXTS,
  EN_SENTENCES,
  GENERIC_SUBJECTS,
  KEYNOTE_PREFIX,
  SUBJECTS_BY_TOPIC,
  TITLE_TEMPLATES,
  ZH_SENTENCES,
  type Phrase,
  type SummaryParts,
} from './vocabulary';

/** The parts of a catalog that synthetic talks share with the real one. */
export interface CatalogBase {
  event: CatalogEvent;
  topics: Topic[];
}

export interface GenerateOptions {
  talks: number;
  /** An unsigned 32-bit integer. */
  seed: number;
  /** Defaults to the event and topics of data/talks.json. */
  base?: CatalogBase;
}

export const MAX_TALKS = 1_000_000;
export const MAX_SEED = 0xffffffff;

const REAL_CATALOG = fileURLToPath(new URL('../../data/talks.json', import.meta.url));

// Shares chosen to resemble a conference programme and to cover every case the UI handles.
const LEVEL_WEIGHTS: readonly (readonly [Level, number])[] = [
  ['keynote', 3],
  ['beginner', 25],
  ['intermediate', 40],
  ['advanced', 25],
  ['unknown', 7],
];
const TOPIC_COUNT_WEIGHTS = [[1, 50], [2, 35], [3, 15]] as const;
const SPEAKER_COUNT_WEIGHTS = [[1, 70], [2, 22], [3, 8]] as const;
const P_VIDEO = 0.85;
const P_SLIDES = 0.6;
const P_NO_ZH_SUMMARY = 0.1;
const P_PICK = 0.02;
const P_DATED = 0.4;
const EN_SUMMARY = { min: 150, max: 350, separator: ' ' };
const ZH_SUMMARY = { min: 50, max: 140, separator: '' };

const YOUTUBE_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_ALNUM = `${LOWERCASE}0123456789`;
const DAY_MS = 86_400_000;

export function loadBase(file = REAL_CATALOG): CatalogBase {
  const label = path.relative(process.cwd(), file);
  const result = parseCatalogText(readFileSync(file, 'utf8'), label);
  if (!result.ok) throw new Error(`cannot take the event from an invalid catalog:\n  ${result.problems.join('\n  ')}`);
  return { event: result.catalog.event, topics: result.catalog.topics };
}

function subjectsFor(topicId: string): readonly Phrase[] {
  return SUBJECTS_BY_TOPIC[topicId] ?? GENERIC_SUBJECTS;
}

/** Every day of the event, as YYYY-MM-DD. */
function eventDays(event: CatalogEvent): string[] {
  const start = Date.parse(`${event.startDate}T00:00:00Z`);
  const end = Date.parse(`${event.endDate}T00:00:00Z`);
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

interface Context {
  readonly random: Random;
  readonly topicIds: readonly string[];
  readonly speakers: readonly Speaker[];
  readonly days: readonly string[];
}

function titleOf(level: Level, parts: SummaryParts, template: (typeof TITLE_TEMPLATES)[number]) {
  const phrase = template(parts);
  const prefix = level === 'keynote' ? KEYNOTE_PREFIX : { en: '', zh: '' };
  const en = titleCase(phrase.en);
  return { bare: en, title: { en: prefix.en + en, zh: spaceHanAndLatin(prefix.zh + phrase.zh) } };
}

function makeTalk(ctx: Context, index: number): Talk {
  const { random } = ctx;
  const level = random.weighted(LEVEL_WEIGHTS);
  const topics = random.sample(ctx.topicIds, random.weighted(TOPIC_COUNT_WEIGHTS));
  const speakers = random.sample(ctx.speakers, random.weighted(SPEAKER_COUNT_WEIGHTS));
  const [firstTopic = '', secondTopic = firstTopic] = topics;
  const [lead] = speakers;
  if (lead === undefined) throw new Error('the speaker pool is empty');

  const s = random.pick(subjectsFor(firstTopic));
  const other = random.pick(subjectsFor(secondTopic));
  // "Thanos and Thanos" reads as a bug; fall back to a broader subject instead.
  const t = other === s ? random.pick(GENERIC_SUBJECTS) : other;
  const parts: SummaryParts = { s, t, c: random.pick(CONTEXTS), speaker: lead.name, org: lead.affiliation };
  const { bare, title } = titleOf(level, parts, random.pick(TITLE_TEMPLATES));
  // The counter makes ids unique however often a title repeats; it is always the last segment.
  const id = `${slugify(bare) || 'talk'}-${index + 1}`;

  const en = textOfLength(random, EN_SENTENCES.map((sentence) => sentence(parts)), EN_SUMMARY);
  const zh = random.chance(P_NO_ZH_SUMMARY)
    ? undefined
    : textOfLength(random, ZH_SENTENCES.map((sentence) => spaceHanAndLatin(sentence(parts))), ZH_SUMMARY);

  const date = random.chance(P_DATED) ? random.pick(ctx.days) : null;
  const pick = random.chance(P_PICK);
  const video = random.chance(P_VIDEO)
    ? {
        youtube: `https://www.youtube.com/watch?v=${random.string(YOUTUBE_ID_CHARS, 11)}`,
        tencent: `https://v.qq.com/x/page/${random.string(LOWERCASE, 1)}${random.string(LOWER_ALNUM, 10)}.html`,
      }
    : {};
  // example.org/.com are reserved (RFC 2606): fake slide links never point at a real deck.
  const slides = random.chance(P_SLIDES)
    ? {
        url: random.chance(0.5)
          ? `https://slides.example.org/${id}.pdf`
          : `https://speakerdeck.example.com/${slugify(lead.name) || 'speaker'}/${id}`,
      }
    : null;

  return {
    id,
    title,
    // Copies, so a caller editing one talk's speaker does not edit every talk of that speaker.
    speakers: speakers.map((speaker) => ({ ...speaker })),
    level,
    topics,
    date,
    summary: zh === undefined ? { en } : { en, zh },
    pick,
    video,
    slides,
  };
}

export function generateCatalog({ talks, seed, base = loadBase() }: GenerateOptions): Catalog {
  if (!Number.isInteger(talks) || talks < 1 || talks > MAX_TALKS) {
    throw new RangeError(`talks must be an integer from 1 to ${MAX_TALKS}, got ${talks}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
  }
  const random = new Random(seed);
  // The pool is drawn first, so every catalog size with the same seed shares its speakers and
  // a smaller catalog is a prefix of a larger one.
  const ctx: Context = {
    random,
    topicIds: base.topics.map((topic) => topic.id),
    speakers: speakerPool(random),
    days: eventDays(base.event),
  };
  return {
    event: base.event,
    topics: base.topics,
    talks: Array.from({ length: talks }, (_, index) => makeTalk(ctx, index)),
  };
}
