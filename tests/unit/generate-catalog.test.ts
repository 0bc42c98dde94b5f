import { describe, expect, it } from 'vitest';
import { parseCatalogText, validateCatalog } from '../../src/catalog/validate-catalog';
import type { Talk } from '../../src/catalog/catalog-schema';
import { generateCatalog } from '../../scripts/synthetic/generate-catalog';
import { mulberry32 } from '../../scripts/synthetic/random';
import postPrometheus from '../../data/post-prometheus-2017.json';

const ACCENTED = /\p{M}/u;
const HAN = /\p{Script=Han}/u;

describe('generateCatalog', () => {
  // One shared catalog: generating and validating 2,000 talks is the slow part of these tests.
  const catalog = generateCatalog({ talks: 2000, seed: 42 });
  const speakerNames = catalog.speakers.map((speaker) => speaker.name);
  const share = (predicate: (talk: Talk) => boolean) => catalog.talks.filter(predicate).length / catalog.talks.length;

  it('is valid against the schema and the cross-checks, also read back from its JSON as the build reads it', () => {
    const result = validateCatalog(catalog, 'synthetic');
    expect(result.ok ? [] : result.problems).toEqual([]);
    const parsed = parseCatalogText(JSON.stringify(catalog), 'synthetic.json');
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    // Composing merges talks that share a YouTube video: none may.
    expect(parsed.ok && parsed.catalog.talks.length).toBe(2000);
  });

  it('produces the requested number of talks with unique ids', () => {
    expect(catalog.talks).toHaveLength(2000);
    expect(new Set(catalog.talks.map((talk) => talk.id)).size).toBe(2000);
    const one = generateCatalog({ talks: 1, seed: 42 });
    expect(one.talks).toHaveLength(1);
    expect(validateCatalog(one, 'one').ok).toBe(true);
  });

  it('is deterministic for a seed, differs between seeds, and a smaller catalog’s talks are a prefix of a larger one’s', () => {
    expect(generateCatalog({ talks: 200, seed: 7 })).toEqual(generateCatalog({ talks: 200, seed: 7 }));
    expect(JSON.stringify(generateCatalog({ talks: 200, seed: 7 }))).toBe(JSON.stringify(generateCatalog({ talks: 200, seed: 7 })));
    expect(generateCatalog({ talks: 200, seed: 8 }).talks).not.toEqual(generateCatalog({ talks: 200, seed: 7 }).talks);
    // The bench types the same words at every size because of this (typing-plan.ts).
    const small = generateCatalog({ talks: 500, seed: 42 });
    expect(catalog.talks.slice(0, 500)).toEqual(small.talks);
    expect(small.collections).toEqual(generateCatalog({ talks: 1000, seed: 42 }).collections);
  });

  it('spreads the talks over many events and years, some dated, some year-only, some online', () => {
    const { events } = catalog;
    // About one event per 200 talks.
    expect(events.length).toBeGreaterThanOrEqual(6);
    expect(events.length).toBeLessThanOrEqual(20);
    expect(new Set(events.map((event) => event.year)).size).toBeGreaterThanOrEqual(4);
    expect(events.some((event) => event.startDate !== undefined)).toBe(true);
    expect(events.some((event) => event.startDate === undefined)).toBe(true);
    expect(generateCatalog({ talks: 10_000, seed: 42 }).events.some((event) => event.city === undefined)).toBe(true);
    expect(new Set(events.map((event) => event.name.en)).size).toBe(events.length);
    expect(share((talk) => talk.date !== undefined)).toBeGreaterThan(0.2);
    expect(share((talk) => talk.date === undefined)).toBeGreaterThan(0.2);
  });

  it('has speakers with accented and Chinese names who speak at several events with different affiliations', () => {
    expect(speakerNames.some((name) => ACCENTED.test(name.normalize('NFKD')))).toBe(true);
    expect(speakerNames.some((name) => HAN.test(name))).toBe(true);
    const eventsOf = new Map<string, Set<string>>();
    const affiliationsOf = new Map<string, Set<string>>();
    for (const talk of catalog.talks) {
      for (const { id, affiliation } of talk.speakers) {
        eventsOf.set(id, (eventsOf.get(id) ?? new Set()).add(talk.event));
        if (affiliation !== undefined) affiliationsOf.set(id, (affiliationsOf.get(id) ?? new Set()).add(affiliation));
      }
    }
    expect([...eventsOf.values()].filter((events) => events.size >= 3).length).toBeGreaterThan(50);
    expect([...affiliationsOf.values()].filter((affiliations) => affiliations.size >= 2).length).toBeGreaterThan(50);
    expect(catalog.talks.some((talk) => talk.speakers.some((speaker) => speaker.affiliation === undefined))).toBe(true);
  });

  it('has project and subject topics, and talks with neither', () => {
    const kinds = new Map(catalog.topics.map((topic) => [topic.id, topic.kind]));
    expect(share((talk) => talk.topics.some((id) => kinds.get(id) === 'project'))).toBeGreaterThan(0.4);
    expect(share((talk) => talk.topics.some((id) => kinds.get(id) === 'subject'))).toBeGreaterThan(0.4);
    expect(share((talk) => talk.topics.length === 0)).toBeGreaterThan(0);
    // The subjects are the curated post's, so a synthetic catalog composes with it.
    const postSubjects = postPrometheus.topics.map((topic) => topic.id);
    expect(catalog.topics.map((topic) => topic.id)).toEqual(expect.arrayContaining([...postSubjects, 'prometheus', 'kubernetes']));
  });

  it('gives most talks a Chinese title, some only an English one and a few only a Chinese one', () => {
    expect(share((talk) => talk.title.en !== undefined && talk.title.zh !== undefined)).toBeCloseTo(0.72, 1);
    expect(share((talk) => talk.title.zh === undefined)).toBeCloseTo(0.24, 1);
    expect(share((talk) => talk.title.en === undefined)).toBeGreaterThan(0.01);
    expect(share((talk) => talk.title.en === undefined)).toBeLessThan(0.1);
  });

  it('gives some talks a summary, some of them in paragraphs, with lengths in range', () => {
    expect(share((talk) => talk.summary !== undefined)).toBeCloseTo(0.5, 1);
    expect(share((talk) => talk.summary?.zh === undefined && talk.summary?.en !== undefined)).toBeGreaterThan(0.05);
    expect(share((talk) => (talk.summary?.en ?? talk.summary?.zh ?? '').includes('\n\n'))).toBeGreaterThan(0.1);
    for (const { summary } of catalog.talks) {
      for (const [text, min, max] of [
        [summary?.en, 80, 350],
        [summary?.zh, 25, 140],
      ] as const) {
        if (text === undefined) continue;
        for (const paragraph of text.split('\n\n')) {
          expect(paragraph.length).toBeGreaterThanOrEqual(min);
          expect(paragraph.length).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  it('covers every kind and level and their absence, and every way a talk has or lacks videos and slides', () => {
    expect(new Set(catalog.talks.map((talk) => talk.kind ?? 'none'))).toEqual(new Set(['keynote', 'talk', 'panel', 'lightning', 'workshop', 'none']));
    expect(new Set(catalog.talks.map((talk) => talk.level ?? 'none'))).toEqual(new Set(['beginner', 'intermediate', 'advanced', 'none']));
    const hosts = (talk: Talk) => talk.videos.map((video) => video.host).join('+');
    expect(share((talk) => hosts(talk) === 'youtube+tencent')).toBeCloseTo(0.72, 1);
    for (const host of ['youtube', 'tencent', 'wechat', 'vimeo', 'bilibili', '']) {
      expect(catalog.talks.some((talk) => hosts(talk) === host)).toBe(true);
    }
    expect(share((talk) => talk.slides !== undefined && talk.slides !== null)).toBeCloseTo(0.45, 1);
    expect(share((talk) => talk.slides === null)).toBeCloseTo(0.25, 1);
    expect(share((talk) => talk.slides === undefined)).toBeCloseTo(0.3, 1);
  });

  it('has a front collection of about 11 talks of one event, with two picks', () => {
    const [collection, ...others] = catalog.collections;
    expect(others).toEqual([]);
    expect(collection?.entries).toHaveLength(11);
    expect(collection?.entries.filter((entry) => entry.pick)).toHaveLength(2);
    const eventOf = new Map(catalog.talks.map((talk) => [talk.id, talk.event]));
    expect(new Set(collection?.entries.map((entry) => eventOf.get(entry.talk))).size).toBe(1);
  });

  it('rejects sizes and seeds it cannot honour', () => {
    expect(() => generateCatalog({ talks: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateCatalog({ talks: 10, seed: -1 })).toThrow(RangeError);
    expect(() => generateCatalog({ talks: 1.5, seed: 1 })).toThrow(RangeError);
  });
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
