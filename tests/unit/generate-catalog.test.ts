import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import { generateCatalog } from '../../scripts/synthetic/generate-catalog';
import { mulberry32 } from '../../scripts/synthetic/random';

const ACCENTED = /\p{M}/u;
const HAN = /\p{Script=Han}/u;

describe('generateCatalog', () => {
  // One shared catalog: generating and validating 1,000 talks is the slow part of these tests.
  const catalog = generateCatalog({ talks: 1000, seed: 42 });
  const speakerNames = catalog.talks.flatMap((talk) => talk.speakers.map((speaker) => speaker.name));

  it('is valid against the schema and the cross-talk rules', () => {
    const result = validateCatalog(catalog, 'synthetic');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('produces the requested number of talks with unique ids', () => {
    expect(catalog.talks).toHaveLength(1000);
    expect(new Set(catalog.talks.map((talk) => talk.id)).size).toBe(1000);
    expect(generateCatalog({ talks: 1, seed: 42 }).talks).toHaveLength(1);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCatalog({ talks: 200, seed: 7 })).toEqual(generateCatalog({ talks: 200, seed: 7 }));
    expect(JSON.stringify(generateCatalog({ talks: 200, seed: 7 }))).toBe(
      JSON.stringify(generateCatalog({ talks: 200, seed: 7 })),
    );
    expect(generateCatalog({ talks: 200, seed: 8 }).talks).not.toEqual(generateCatalog({ talks: 200, seed: 7 }).talks);
  });

  it('keeps the event and topics of the real dataset', async () => {
    const real = (await import('../../data/talks.json')).default;
    expect(catalog.event).toEqual(real.event);
    expect(catalog.topics).toEqual(real.topics);
  });

  it('includes accented and Chinese speaker names', () => {
    expect(speakerNames.some((name) => ACCENTED.test(name.normalize('NFKD')))).toBe(true);
    expect(speakerNames.some((name) => HAN.test(name))).toBe(true);
  });

  it('leaves some Chinese summaries out, and keeps lengths in range', () => {
    const withoutZh = catalog.talks.filter((talk) => talk.summary.zh === undefined).length;
    expect(withoutZh).toBeGreaterThan(50);
    expect(withoutZh).toBeLessThan(150);
    for (const { summary } of catalog.talks) {
      expect(summary.en.length).toBeGreaterThanOrEqual(150);
      expect(summary.en.length).toBeLessThanOrEqual(350);
      if (summary.zh !== undefined) {
        expect(summary.zh.length).toBeGreaterThanOrEqual(50);
        expect(summary.zh.length).toBeLessThanOrEqual(140);
      }
    }
  });

  it('covers every level, talks with and without videos and slides, and a few picks', () => {
    const levels = new Set(catalog.talks.map((talk) => talk.level));
    expect([...levels].sort()).toEqual(['advanced', 'beginner', 'intermediate', 'keynote', 'unknown']);
    const share = (predicate: (talk: (typeof catalog.talks)[number]) => boolean) =>
      catalog.talks.filter(predicate).length / catalog.talks.length;
    expect(share((talk) => talk.video.youtube !== undefined && talk.video.tencent !== undefined)).toBeCloseTo(0.85, 1);
    expect(share((talk) => talk.slides !== null)).toBeCloseTo(0.6, 1);
    expect(share((talk) => talk.pick)).toBeGreaterThan(0);
    expect(share((talk) => talk.pick)).toBeLessThan(0.05);
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
