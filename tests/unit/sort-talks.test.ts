import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import { sortTalks } from '../../src/talks/sort-talks';

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
