import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import { catalogInOrder, orderMatches, sortTalks } from '../../src/talks/sort-talks';
import { generateCatalog } from '../../scripts/synthetic/generate-catalog';

const ids = (sort: Parameters<typeof sortTalks>[1], language: 'en' | 'zh' = 'en') =>
  sortTalks(bundledCatalog.talks, sort, language).map((talk) => talk.id);

describe('sortTalks', () => {
  it('keeps the post’s order by default, without copying', () => {
    expect(sortTalks(bundledCatalog.talks, 'post', 'en')).toBe(bundledCatalog.talks);
  });
  it('sorts by English title, ignoring the Keynote prefix', () => {
    const sorted = ids('title');
    expect(sorted[0]).toBe('alerting-in-cloud-native-environments');
    expect(sorted.indexOf('prometheus-from-berlin-to-bonanza')).toBeGreaterThan(sorted.indexOf('monitor-my-socks'));
  });
  it('sorts by the first speaker, accent-insensitively', () => {
    const sorted = ids('speaker');
    expect(sorted[0]).toBe('prometheus-unsung-heroes'); // Alejandro
    expect(sorted[1]).toBe('configuring-prometheus-for-high-performance'); // Björn
    // Brian Brazil's two talks, then by title with the "Keynote:" prefix ignored.
    expect(sorted.slice(2, 4)).toEqual(['counting-with-prometheus', 'prometheus-from-berlin-to-bonanza']);
  });
  it('sorts by level, keynote first and unknown last, stable within a level', () => {
    const sorted = ids('level');
    expect(sorted[0]).toBe('prometheus-from-berlin-to-bonanza');
    expect(sorted.at(-1)).toBe('monitor-my-socks');
    const advanced = sorted.filter((id) => bundledCatalog.talks.find((t) => t.id === id)?.level === 'advanced');
    expect(advanced).toEqual(['alertmanager-high-availability', 'long-term-storage', 'configuring-prometheus-for-high-performance']);
  });
  it('sorts Chinese titles by pinyin', () => {
    const sorted = ids('title', 'zh');
    // 监控 (jiān) comes before 配置 (pèi) and 云原生 (yún).
    expect(sorted.indexOf('monitor-my-socks')).toBeLessThan(sorted.indexOf('configuring-prometheus-for-high-performance'));
    expect(sorted.indexOf('configuring-prometheus-for-high-performance')).toBeLessThan(sorted.indexOf('alerting-in-cloud-native-environments'));
  });
});

describe('orderMatches', () => {
  const { talks } = generateCatalog({ talks: 500, seed: 5 });
  // Every third talk, and the talks whose title has an "e": two subsets in the catalog's order.
  const subsets = [talks.filter((_, i) => i % 3 === 0), talks.filter((talk) => talk.title.en.includes('e'))];
  const orders = [
    ['title', 'en'],
    ['title', 'zh'],
    ['speaker', 'en'],
    ['level', 'zh'],
  ] as const;

  it.each(orders)('puts a filtered list in the same order as sorting it would: %s, %s', (sort, language) => {
    for (const subset of subsets) expect(orderMatches(subset, talks, sort, language)).toEqual(sortTalks(subset, sort, language));
    expect(orderMatches(talks, talks, sort, language)).toEqual(sortTalks(talks, sort, language));
  });
  it('keeps the catalog’s order as it is for the post’s order', () => {
    const subset = subsets[0] ?? [];
    expect(orderMatches(subset, talks, 'post', 'en')).toBe(subset);
  });
  it('sorts the catalog once per order and language', () => {
    expect(catalogInOrder(talks, 'title', 'en')).toBe(catalogInOrder(talks, 'title', 'en'));
    expect(catalogInOrder(talks, 'title', 'zh')).not.toBe(catalogInOrder(talks, 'title', 'en'));
  });
});
