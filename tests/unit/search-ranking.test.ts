// searchTalks orders its matches by relevance: where each term matched, and whether as a whole
// word. The talks are listed worst first, so keeping the list's order would fail every test.
import { describe, expect, it } from 'vitest';
import { loadChineseVariants } from '../../src/text/chinese-variants';
import { MATCHES_ALL, prepareSearch, scoreTalk, searchTalks } from '../../src/talks/search-text';
import { ranked, tinyCatalog } from './search-probe';

describe('searchTalks ranking', () => {
  it('puts title matches before speaker and affiliation ones, before tags, before the summary', () => {
    const catalog = tinyCatalog([
      { id: 'summary', title: 'One', summary: 'Envoy at work' },
      { id: 'topic', title: 'Two', topics: ['Envoy'] },
      { id: 'event', title: 'Three', event: 'EnvoyCon 2020' },
      { id: 'affiliation', title: 'Four', speakers: [{ name: 'Ada', affiliation: 'Envoy Inc' }] },
      { id: 'speaker', title: 'Five', speakers: ['Envoy Smith'] },
      { id: 'title', title: 'Envoy' },
    ]);
    // The speaker and the affiliation tie, as do the topic and the event but for the whole word:
    // "EnvoyCon" only begins with the term.
    expect(ranked(catalog, 'envoy')).toEqual(['title', 'affiliation', 'speaker', 'topic', 'event', 'summary']);
  });

  it('puts a whole word before the start of a longer one, in the same field', () => {
    const catalog = tinyCatalog([
      { id: 'prefix', title: 'ORMs considered' },
      { id: 'whole', title: 'An ORM considered' },
    ]);
    expect(ranked(catalog, 'orm')).toEqual(['whole', 'prefix']);
  });

  it('counts the whole word anywhere in the field, not only where the term first occurs', () => {
    const catalog = tinyCatalog([
      { id: 'prefix-only', title: 'Promtail and Prometheus' },
      { id: 'whole-later', title: 'Promtail and Prom' },
    ]);
    expect(ranked(catalog, 'prom')).toEqual(['whole-later', 'prefix-only']);
  });

  it('ranks by the field before the whole word: a title prefix beats a whole word elsewhere', () => {
    const catalog = tinyCatalog([
      { id: 'speaker-whole', title: 'One', speakers: ['Orm Person'] },
      { id: 'title-prefix', title: 'ORMs' },
    ]);
    expect(ranked(catalog, 'orm')).toEqual(['title-prefix', 'speaker-whole']);
  });

  it('scores each term for its best field and adds the terms up', () => {
    const catalog = tinyCatalog([
      { id: 'one-in-title', title: 'Envoy', summary: 'Istio too' },
      { id: 'none-in-title', title: 'Other', speakers: ['Envoy Istio'] },
      { id: 'both-in-title', title: 'Envoy and Istio' },
    ]);
    expect(ranked(catalog, 'envoy istio')).toEqual(['both-in-title', 'none-in-title', 'one-in-title']);
  });

  it('scores a term once however often it occurs', () => {
    const catalog = tinyCatalog([
      { id: 'often', title: 'Envoy', summary: 'Envoy, Envoy and Envoy' },
      { id: 'once', title: 'Envoy' },
    ]);
    expect(ranked(catalog, 'envoy')).toEqual(['often', 'once']);
    expect(ranked({ ...catalog, talks: [...catalog.talks].reverse() }, 'envoy')).toEqual(['once', 'often']);
  });

  it('keeps the given order among equal scores', () => {
    const catalog = tinyCatalog([
      { id: 'a', title: 'Envoy one' },
      { id: 'b', summary: 'Envoy' },
      { id: 'c', title: 'Envoy two' },
      { id: 'd', title: 'Envoy three' },
    ]);
    expect(ranked(catalog, 'envoy')).toEqual(['a', 'c', 'd', 'b']);
    const reversed = [...catalog.talks].reverse();
    expect(searchTalks(catalog, reversed, 'envoy').map((t) => t.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('ranks a synonym like the term typed', () => {
    const catalog = tinyCatalog([
      { id: 'typed-in-summary', title: 'One', summary: 'Kubernetes' },
      { id: 'synonym-in-title', title: 'K8s' },
    ]);
    expect(ranked(catalog, 'kubernetes')).toEqual(['synonym-in-title', 'typed-in-summary']);
  });

  it('ranks Chinese by field too, Traditional and Simplified alike with the table', async () => {
    const variants = await loadChineseVariants();
    const catalog = tinyCatalog([
      { id: 'summary', title: 'One', summary: '数据平台' },
      { id: 'title', titleZh: '數據平台' },
    ]);
    expect(ranked(catalog, '数据', variants)).toEqual(['title', 'summary']);
  });
});

describe('scoreTalk', () => {
  const catalog = tinyCatalog([
    { id: 'title', title: 'Envoy' },
    { id: 'summary', title: 'One', summary: 'Envoy' },
    { id: 'none', title: 'Other' },
  ]);
  const [title, summary, none] = catalog.talks;

  it('is 0 for a talk that does not match, more the better otherwise', () => {
    if (title === undefined || summary === undefined || none === undefined) throw new Error('the catalog lost its talks');
    const search = prepareSearch('envoy');
    expect(scoreTalk(catalog, none, search)).toBe(0);
    expect(scoreTalk(catalog, summary, search)).toBeGreaterThan(0);
    expect(scoreTalk(catalog, title, search)).toBeGreaterThan(scoreTalk(catalog, summary, search));
  });

  it('is MATCHES_ALL for every talk when the query has no terms', () => {
    const search = prepareSearch('  ');
    expect(catalog.talks.map((talk) => scoreTalk(catalog, talk, search))).toEqual([MATCHES_ALL, MATCHES_ALL, MATCHES_ALL]);
  });
});

