// Synthetic catalogs for benchmarks: thousands of talks shaped like the imported archive. Many
// events over several years (dated or year-only, some online), speakers who return to several
// events with the job they had that year, project and subject topics, kinds and levels where a
// source would state them, Chinese titles for most talks, summaries for some, several video hosts,
// and a front collection like the curated post's. Output depends only on (talks, seed).
import type { Catalog, CatalogEvent, Collection, Source, Speaker, Talk, TalkKind, Level, TalkSpeaker, Video } from '../../src/catalog/catalog-schema';
import { byDate, EventMaker, type SyntheticEvent } from './events';
import { Random } from './random';
import { affiliationIn, drawSpeakers, speakerPool, type PoolSpeaker } from './speakers';
import { slugify, spaceHanAndLatin, textOfLength, titleCase } from './text';
import {
  CONTEXTS,
  EN_SENTENCES,
  GENERIC_SUBJECTS,
  KIND_PREFIXES,
  TITLE_TEMPLATES,
  TOPIC_WORDS,
  ZH_SENTENCES,
  type Phrase,
  type SummaryParts,
  type TopicWords,
} from './vocabulary';

export interface GenerateOptions {
  talks: number;
  /** An unsigned 32-bit integer. */
  seed: number;
}

export const MAX_TALKS = 1_000_000;
export const MAX_SEED = 0xffffffff;

const SOURCE: Source = {
  id: 'synthetic-lists',
  title: 'Synthetic talk lists, generated for benchmarks',
  author: 'scripts/synthetic',
  license: 'CC0-1.0',
};

const SITE: Catalog['site'] = {
  name: { en: 'Synthetic talk archive', zh: '合成演讲档案' },
  description: {
    en: 'Generated talks for benchmarks: shaped like the real archive, about nobody.',
    zh: '为基准测试生成的演讲：结构与真实档案相同，内容纯属虚构。',
  },
};

// Shares chosen to resemble the imported archive and to cover every case the UI handles. An
// undefined value is a field the source does not state, which the catalog leaves out.
const KIND_WEIGHTS: readonly (readonly [TalkKind | undefined, number])[] = [
  [undefined, 30],
  ['talk', 52],
  ['keynote', 5],
  ['lightning', 6],
  ['panel', 3],
  ['workshop', 4],
];
const LEVEL_WEIGHTS: readonly (readonly [Level | undefined, number])[] = [
  [undefined, 40],
  ['beginner', 18],
  ['intermediate', 27],
  ['advanced', 15],
];
const PROJECT_COUNT_WEIGHTS = [[0, 35], [1, 50], [2, 15]] as const;
const SUBJECT_COUNT_WEIGHTS = [[0, 25], [1, 50], [2, 20], [3, 5]] as const;
// A few talks of an imported list name nobody; panels have a moderator and guests.
const SPEAKER_COUNT_WEIGHTS = [[0, 1], [1, 70], [2, 21], [3, 8]] as const;
const PANEL_SPEAKERS = { min: 3, max: 5 };
type Languages = 'both' | 'en' | 'zh';
const TITLE_LANGUAGE_WEIGHTS: readonly (readonly [Languages, number])[] = [['both', 72], ['en', 24], ['zh', 4]];
const SUMMARY_LANGUAGE_WEIGHTS: readonly (readonly [Languages, number])[] = [['both', 70], ['en', 25], ['zh', 5]];
const P_SUMMARY = 0.5;
const P_PARAGRAPHS = 0.35;
type Recording = 'youtube+tencent' | 'youtube' | 'tencent' | 'wechat' | 'vimeo' | 'bilibili' | 'none';
const VIDEO_WEIGHTS: readonly (readonly [Recording, number])[] = [
  ['youtube+tencent', 72],
  ['youtube', 10],
  ['tencent', 3],
  ['wechat', 4],
  ['vimeo', 2],
  ['bilibili', 2],
  ['none', 7],
];
/** "unknown": nobody has looked, so `slides` is absent; "none": known to have none (null). */
const SLIDES_WEIGHTS = [['url', 45], ['none', 25], ['unknown', 30]] as const;
const P_DATED_TALK = 0.8;
const P_NO_AFFILIATION = 0.06;
const P_CHINESE_AT_CHINA_EVENT = 0.5;
const EVENT_SIZE = { min: 60, max: 340 };
const EN_SUMMARY = { min: 150, max: 350, separator: ' ' };
const ZH_SUMMARY = { min: 50, max: 140, separator: '' };
const EN_PARAGRAPH = { min: 80, max: 300, separator: ' ' };
const ZH_PARAGRAPH = { min: 25, max: 100, separator: '' };
const COLLECTION_SIZE = 11;
const COLLECTION_PICKS = 2;
const NO_ORG: Phrase = { en: 'their company', zh: '所在公司' };

const YOUTUBE_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_ALNUM = `${LOWERCASE}0123456789`;
const ALNUM = `ABCDEFGHIJKLMNOPQRSTUVWXYZ${LOWER_ALNUM}`;

const PROJECTS = TOPIC_WORDS.filter((words) => words.topic.kind === 'project');
const SUBJECTS = TOPIC_WORDS.filter((words) => words.topic.kind === 'subject');

interface Context {
  readonly random: Random;
  readonly pool: readonly PoolSpeaker[];
}

/** `count` distinct topics, the heavier ones more often. */
function weightedTopics(random: Random, topics: readonly TopicWords[], count: number): TopicWords[] {
  const chosen = new Set<TopicWords>();
  const entries = topics.map((words) => [words, words.weight] as const);
  while (chosen.size < Math.min(count, topics.length)) chosen.add(random.weighted(entries));
  return [...chosen];
}

function subjectsOf(words: TopicWords | undefined): readonly Phrase[] {
  return words?.subjects ?? GENERIC_SUBJECTS;
}

function titleOf(random: Random, kind: TalkKind | undefined, parts: SummaryParts) {
  const phrase = random.pick(TITLE_TEMPLATES)(parts);
  const prefix = (kind === undefined ? undefined : KIND_PREFIXES[kind]) ?? { en: '', zh: '' };
  const bare = titleCase(phrase.en);
  const en = prefix.en + bare;
  const zh = spaceHanAndLatin(prefix.zh + phrase.zh);
  const languages = random.weighted(TITLE_LANGUAGE_WEIGHTS);
  const title = languages === 'both' ? { en, zh } : languages === 'en' ? { en } : { zh };
  return { bare, title };
}

/** One text, or 2–3 paragraphs separated by a blank line, each from its own part of the sentences. */
function summaryText(
  random: Random,
  sentences: readonly string[],
  whole: typeof EN_SUMMARY,
  paragraph: typeof EN_PARAGRAPH,
  paragraphs: number,
): string {
  if (paragraphs === 1) return textOfLength(random, sentences, whole);
  const size = Math.ceil(sentences.length / paragraphs);
  return Array.from({ length: paragraphs }, (_, i) => textOfLength(random, sentences.slice(i * size, (i + 1) * size), paragraph)).join('\n\n');
}

function summaryOf(random: Random, parts: SummaryParts): Talk['summary'] {
  if (!random.chance(P_SUMMARY)) return undefined;
  const languages = random.weighted(SUMMARY_LANGUAGE_WEIGHTS);
  const paragraphs = random.chance(P_PARAGRAPHS) ? random.between(2, 3) : 1;
  const en =
    languages === 'zh' ? undefined : summaryText(random, EN_SENTENCES.map((sentence) => sentence(parts)), EN_SUMMARY, EN_PARAGRAPH, paragraphs);
  const zh =
    languages === 'en'
      ? undefined
      : summaryText(random, ZH_SENTENCES.map((sentence) => spaceHanAndLatin(sentence(parts))), ZH_SUMMARY, ZH_PARAGRAPH, paragraphs);
  return { ...(en === undefined ? {} : { en }), ...(zh === undefined ? {} : { zh }) };
}

const youtube = (random: Random): Video => ({ host: 'youtube', url: `https://www.youtube.com/watch?v=${random.string(YOUTUBE_ID_CHARS, 11)}` });
const tencent = (random: Random): Video => ({
  host: 'tencent',
  url: `https://v.qq.com/x/page/${random.string(LOWERCASE, 1)}${random.string(LOWER_ALNUM, 10)}.html`,
});

function videosOf(random: Random): Video[] {
  switch (random.weighted(VIDEO_WEIGHTS)) {
    case 'youtube+tencent':
      return [youtube(random), tencent(random)];
    case 'youtube':
      return [youtube(random)];
    case 'tencent':
      return [tencent(random)];
    case 'wechat':
      // CNCF's list for one event links WeChat articles that carry the recording.
      return [{ host: 'wechat', url: `https://mp.weixin.qq.com/s/${random.string(YOUTUBE_ID_CHARS, 22)}` }];
    case 'vimeo':
      return [{ host: 'vimeo', url: `https://vimeo.com/${random.between(100_000_000, 999_999_999)}` }];
    case 'bilibili':
      return [{ host: 'bilibili', url: `https://www.bilibili.com/video/BV1${random.string(ALNUM, 9)}` }];
    case 'none':
      return [];
  }
}

function talkSpeakers(ctx: Context, kind: TalkKind | undefined, year: number): { pool: PoolSpeaker[]; speakers: TalkSpeaker[] } {
  const { random } = ctx;
  const count = kind === 'panel' ? random.between(PANEL_SPEAKERS.min, PANEL_SPEAKERS.max) : random.weighted(SPEAKER_COUNT_WEIGHTS);
  const pool = drawSpeakers(random, ctx.pool, count);
  const speakers = pool.map((drawn): TalkSpeaker => {
    const affiliation = random.chance(P_NO_AFFILIATION) ? undefined : affiliationIn(drawn, year);
    return affiliation === undefined ? { id: drawn.speaker.id } : { id: drawn.speaker.id, affiliation };
  });
  return { pool, speakers };
}

function makeTalk(ctx: Context, index: number, at: SyntheticEvent, line: number): Talk {
  const { random } = ctx;
  const { event } = at;
  const kind = random.weighted(KIND_WEIGHTS);
  const level = random.weighted(LEVEL_WEIGHTS);
  const topicWords = [
    ...weightedTopics(random, PROJECTS, random.weighted(PROJECT_COUNT_WEIGHTS)),
    ...weightedTopics(random, SUBJECTS, random.weighted(SUBJECT_COUNT_WEIGHTS)),
  ];
  const { pool, speakers } = talkSpeakers(ctx, kind, event.year);
  const [lead] = pool;
  const leadAffiliation = speakers[0]?.affiliation;

  const [first, second = first] = topicWords;
  const s = random.pick(subjectsOf(first));
  const other = random.pick(subjectsOf(second));
  // "Thanos and Thanos" reads as a bug; fall back to a broader subject instead.
  const t = other === s ? random.pick(GENERIC_SUBJECTS) : other;
  const parts: SummaryParts = {
    s,
    t,
    c: random.pick(CONTEXTS),
    speaker: lead?.speaker.name ?? 'The speaker',
    org: leadAffiliation === undefined ? NO_ORG : { en: leadAffiliation, zh: leadAffiliation },
  };
  const { bare, title } = titleOf(random, kind, parts);
  // The counter makes ids unique however often a title repeats; it is always the last segment.
  const id = `${slugify(bare) || 'talk'}-${index + 1}`;
  const summary = summaryOf(random, parts);
  const date = at.days.length > 0 && random.chance(P_DATED_TALK) ? random.pick(at.days) : undefined;
  const videos = videosOf(random);
  // example.org/.com are reserved (RFC 2606): fake slide links never point at a real deck.
  const slidesKind = random.weighted(SLIDES_WEIGHTS);
  const slides =
    slidesKind === 'url'
      ? {
          url: random.chance(0.5)
            ? `https://slides.example.org/${id}.pdf`
            : `https://speakerdeck.example.com/${slugify(lead?.speaker.name ?? '') || 'speaker'}/${id}`,
        }
      : slidesKind === 'none'
        ? null
        : undefined;
  const language = title.en === undefined || (at.city?.china === true && random.chance(P_CHINESE_AT_CHINA_EVENT)) ? 'zh' : undefined;

  return {
    id,
    event: event.id,
    title,
    speakers,
    ...(kind === undefined ? {} : { kind }),
    ...(level === undefined ? {} : { level }),
    topics: topicWords.map((words) => words.topic.id),
    ...(date === undefined ? {} : { date }),
    ...(summary === undefined ? {} : { summary }),
    videos,
    ...(slides === undefined ? {} : { slides }),
    ...(language === undefined ? {} : { language }),
    source: { file: at.sourceFile, line },
  };
}

/**
 * The front page's collection: a blog post's picks from the first event, in programme order, with
 * the post's notes and short links, like data/post-prometheus-2017.json. It draws from its own
 * generator so that the talks stay the same whatever the collection takes.
 */
function frontCollection(seed: number, event: CatalogEvent, talks: readonly Talk[]): Collection {
  const random = new Random((seed ^ 0x9e3779b9) >>> 0);
  const chosen = random.sample([...talks.keys()], Math.min(COLLECTION_SIZE, talks.length)).sort((a, b) => a - b);
  const picks = new Set(random.sample(chosen, Math.min(COLLECTION_PICKS, chosen.length)));
  const shortLink = () => `https://t.example.com/${random.string(ALNUM, 7)}`;
  const name = event.name.zh ?? event.name.en ?? event.id;
  return {
    id: `${event.id}-picks`,
    title: { en: `Picks from ${event.name.en ?? name}`, zh: `${name} 精选演讲` },
    description: {
      en: `${chosen.length} talks a blog post recommended, in the post’s order, with its author’s picks.`,
      zh: `一篇博客推荐的 ${chosen.length} 场演讲，按原文顺序排列，并标出作者最推荐的几场。`,
    },
    source: { title: `${name} 观后感`, author: 'A synthetic blogger', published: `${event.year}-12-20`, language: 'zh' },
    entries: chosen.flatMap((i) => {
      const talk = talks[i];
      if (talk === undefined) return [];
      const note = random.chance(0.8) ? { zh: spaceHanAndLatin(`主要介绍${talk.title.zh ?? talk.title.en ?? ''}的实践经验。`) } : undefined;
      const video = random.chance(0.7) ? shortLink() : undefined;
      const slides = random.chance(0.4) ? shortLink() : undefined;
      const links = video === undefined && slides === undefined ? undefined : { ...(video === undefined ? {} : { video }), ...(slides === undefined ? {} : { slides }) };
      return [{ talk: talk.id, pick: picks.has(i), ...(note === undefined ? {} : { note }), ...(links === undefined ? {} : { links }) }];
    }),
  };
}

export function generateCatalog({ talks, seed }: GenerateOptions): Catalog {
  if (!Number.isInteger(talks) || talks < 1 || talks > MAX_TALKS) {
    throw new RangeError(`talks must be an integer from 1 to ${MAX_TALKS}, got ${talks}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
  }
  const random = new Random(seed);
  // The pool is drawn first and events as the talks need them, so every catalog size with the
  // same seed shares its speakers and events, and a smaller catalog's talks are a prefix of a
  // larger one's (the bench's typing plan relies on it).
  const ctx: Context = { random, pool: speakerPool(random) };
  const makeEvent = new EventMaker(random, SOURCE.id);
  const events: SyntheticEvent[] = [];
  const list: Talk[] = [];
  let current: SyntheticEvent | undefined;
  let left = 0;
  let line = 0;
  for (let index = 0; index < talks; index += 1) {
    if (current === undefined || left === 0) {
      current = makeEvent.next();
      events.push(current);
      left = random.between(EVENT_SIZE.min, EVENT_SIZE.max);
      // Below the file's heading and table header, as in the CNCF lists.
      line = 3;
    }
    list.push(makeTalk(ctx, index, current, line));
    left -= 1;
    line += 1;
  }

  // Only speakers who give a talk, in the order they first appear, as an importer lists them.
  const byId = new Map(ctx.pool.map((drawn) => [drawn.speaker.id, drawn.speaker]));
  const speakers = new Map<string, Speaker>();
  for (const talk of list) {
    for (const { id } of talk.speakers) {
      const speaker = byId.get(id);
      if (speaker !== undefined && !speakers.has(id)) speakers.set(id, { ...speaker });
    }
  }
  const [first] = events;
  if (first === undefined) throw new Error('a catalog with talks has an event');
  const firstTalks = list.filter((talk) => talk.event === first.event.id);

  return {
    // Copies, so a caller editing one catalog's site or topics does not edit the next catalog's.
    site: structuredClone(SITE),
    sources: [{ ...SOURCE }],
    events: events.map((e) => e.event).sort(byDate),
    topics: TOPIC_WORDS.map((words) => structuredClone(words.topic)),
    speakers: [...speakers.values()],
    talks: list,
    collections: [frontCollection(seed, first.event, firstTalks)],
  };
}
