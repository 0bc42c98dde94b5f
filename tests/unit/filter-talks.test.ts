import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import { facetCounts, filterTalks } from '../../src/talks/filter-talks';
import { EMPTY_QUERY, type TalkQuery } from '../../src/talks/talk-query';

const ids = (query: Partial<TalkQuery>) => filterTalks(bundledCatalog, { ...EMPTY_QUERY, ...query }).map((t) => t.id);
const counts = (query: Partial<TalkQuery>) => facetCounts(bundledCatalog, { ...EMPTY_QUERY, ...query });

describe('filterTalks', () => {
  it('shows all 11 talks in the post’s order with no filter', () => {
    expect(ids({})).toEqual(bundledCatalog.talks.map((t) => t.id));
    expect(ids({})).toHaveLength(11);
    expect(ids({})[0]).toBe('prometheus-from-berlin-to-bonanza');
    expect(ids({})[10]).toBe('metrics-from-the-browser');
  });
  it('combines topics with OR', () => {
    expect(ids({ topics: ['storage'] })).toEqual(['long-term-storage', 'configuring-prometheus-for-high-performance']);
    expect(ids({ topics: ['storage', 'visualisation'] })).toEqual([
      'grafana-is-not-enough',
      'long-term-storage',
      'configuring-prometheus-for-high-performance',
    ]);
  });
  it('combines different filters with AND', () => {
    expect(ids({ topics: ['alerting'], levels: ['advanced'] })).toEqual(['alertmanager-high-availability']);
    expect(ids({ topics: ['alerting'], slidesOnly: true })).toEqual([
      'alertmanager-high-availability',
      'understanding-and-extending-alertmanager',
    ]);
  });
  it('filters by slides: talks 4 and 8 have none', () => {
    const withSlides = ids({ slidesOnly: true });
    expect(withSlides).toHaveLength(9);
    expect(withSlides).not.toContain('alerting-in-cloud-native-environments');
    expect(withSlides).not.toContain('prometheus-unsung-heroes');
  });
  it('combines search with filters', () => {
    expect(ids({ q: 'brian', levels: ['keynote'] })).toEqual(['prometheus-from-berlin-to-bonanza']);
  });
  it('returns nothing when nothing matches', () => {
    expect(ids({ q: 'kafka' })).toEqual([]);
  });
});

describe('facet counts', () => {
  it('counts every topic over the whole catalog with no filter', () => {
    const topics = counts({}).topics;
    expect(topics.get('alerting')).toBe(3);
    expect(topics.get('storage')).toBe(2);
    expect(topics.get('community')).toBe(1);
  });
  it('does not let a topic narrow its own counts', () => {
    // Picking alerting must still show what picking storage as well would add.
    expect(counts({ topics: ['alerting'] }).topics.get('storage')).toBe(2);
  });
  it('reflects the other filters', () => {
    const c = counts({ levels: ['advanced'] });
    expect(c.topics.get('alerting')).toBe(1);
    expect(c.topics.get('storage')).toBe(2);
    expect(c.topics.get('community')).toBeUndefined();
    expect(counts({ topics: ['alerting'] }).levels.get('intermediate')).toBe(2);
    expect(counts({ topics: ['alerting'] }).withSlides).toBe(2);
  });
  it('reflects the search', () => {
    expect(counts({ q: 'brian' }).levels.get('keynote')).toBe(1);
    expect(counts({ q: 'brian' }).levels.get('intermediate')).toBe(1);
  });
});

describe('the reader’s list as filters', () => {
  const marks = {
    saved: new Set(['grafana-is-not-enough', 'long-term-storage', 'monitor-my-socks']),
    watched: new Set(['long-term-storage', 'prometheus-unsung-heroes']),
  };
  const view = (query: Partial<TalkQuery>) => ({ ...EMPTY_QUERY, ...query });
  const listed = (query: Partial<TalkQuery>) => filterTalks(bundledCatalog, view(query), marks).map((t) => t.id);

  it('shows only saved talks, only unwatched ones, or saved and not yet watched', () => {
    expect(listed({ savedOnly: true })).toEqual(['grafana-is-not-enough', 'long-term-storage', 'monitor-my-socks']);
    expect(listed({ unwatchedOnly: true })).toHaveLength(9);
    expect(listed({ savedOnly: true, unwatchedOnly: true })).toEqual(['grafana-is-not-enough', 'monitor-my-socks']);
  });

  it('counts each of them given the other filters, but not itself', () => {
    expect(facetCounts(bundledCatalog, view({}), marks)).toMatchObject({ saved: 3, unwatched: 9 });
    // "Not watched yet" narrows the saved count; "saved" does not narrow its own.
    expect(facetCounts(bundledCatalog, view({ unwatchedOnly: true }), marks)).toMatchObject({ saved: 2, unwatched: 9 });
    expect(facetCounts(bundledCatalog, view({ savedOnly: true }), marks)).toMatchObject({ saved: 3, unwatched: 2 });
    // Other filters narrow both, and the list narrows the topic counts.
    expect(facetCounts(bundledCatalog, view({ topics: ['storage'] }), marks)).toMatchObject({ saved: 1, unwatched: 1 });
    expect(facetCounts(bundledCatalog, view({ savedOnly: true }), marks).topics.get('storage')).toBe(1);
  });
});
