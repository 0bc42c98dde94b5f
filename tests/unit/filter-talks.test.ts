import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-schema';
import { talkHasSlides } from '../../src/catalog/catalog-lookups';
import { filterTalks, type Facet, type ReaderMarks } from '../../src/talks/filter-talks';
import { talkSearch } from '../../src/talks/search-text';
import { emptyQuery, type TalkQuery } from '../../src/talks/talk-query';
import { fixtureCatalog, fixtureTalk, freshCatalog } from './fixture-catalog';

const view = (query: Partial<TalkQuery>): TalkQuery => ({ ...emptyQuery('list'), ...query });
const run = (query: Partial<TalkQuery>, marks?: ReaderMarks, catalog: Catalog = fixtureCatalog) =>
  filterTalks(catalog, catalog.talks, view(query), marks, talkSearch());
const ids = (query: Partial<TalkQuery>, marks?: ReaderMarks) => run(query, marks).talks.map((t) => t.id);
/** One facet's counts as a plain object, for readable expectations. */
const counts = (facet: Facet, query: Partial<TalkQuery>, marks?: ReaderMarks) => Object.fromEntries(run(query, marks).counts[facet]);

const ALL = ['counting-things', 'keynote-opening', 'alerting-at-scale', 'storage-deep-dive', 'envoy-in-production', 'panel-on-kubernetes'];

describe('filterTalks: which talks', () => {
  it('shows every talk in the list’s order with no filter', () => {
    expect(ids({})).toEqual(ALL);
  });

  it('starts from the talks it is given, in their order', () => {
    const talks = [fixtureTalk('panel-on-kubernetes'), fixtureTalk('counting-things')];
    expect(filterTalks(fixtureCatalog, talks, view({})).talks).toEqual(talks);
    expect(filterTalks(fixtureCatalog, talks, view({ events: ['conf-2017-berlin'] })).talks.map((t) => t.id)).toEqual(['counting-things']);
  });

  it('combines the values of one facet with OR', () => {
    expect(ids({ events: ['conf-2017-berlin', 'conf-2020-virtual'] })).toEqual(['counting-things', 'keynote-opening', 'alerting-at-scale', 'panel-on-kubernetes']);
    expect(ids({ projects: ['envoy', 'kubernetes'] })).toEqual(['envoy-in-production', 'panel-on-kubernetes']);
    expect(ids({ topics: ['alerting', 'storage'] })).toEqual(['alerting-at-scale', 'storage-deep-dive']);
    expect(ids({ kinds: ['keynote', 'panel'] })).toEqual(['keynote-opening', 'panel-on-kubernetes']);
  });

  it('combines different facets with AND', () => {
    expect(ids({ projects: ['prometheus'], levels: ['advanced'] })).toEqual(['alerting-at-scale']);
    expect(ids({ events: ['conf-2017-berlin'], kinds: ['keynote'] })).toEqual(['keynote-opening']);
    expect(ids({ years: ['2019'], kinds: ['keynote'] })).toEqual([]);
  });

  it('filters by the event’s year', () => {
    expect(ids({ years: ['2019'] })).toEqual(['storage-deep-dive', 'envoy-in-production']);
  });

  it('tells projects from subjects, though both are topics', () => {
    expect(ids({ projects: ['prometheus'] })).toEqual(['counting-things', 'alerting-at-scale', 'storage-deep-dive']);
    expect(ids({ topics: ['alerting'] })).toEqual(['alerting-at-scale']);
  });

  it('keeps talks with a Tencent Video mirror', () => {
    expect(ids({ tencentOnly: true })).toEqual(['counting-things', 'alerting-at-scale', 'storage-deep-dive']);
  });

  it('keeps talks with slides: their own, or a slide link a collection gave', () => {
    // alerting-at-scale has none of its own; the collection links its slides. keynote-opening has null.
    expect(ids({ slidesOnly: true })).toEqual(['counting-things', 'alerting-at-scale']);
    expect(talkHasSlides(fixtureCatalog, fixtureTalk('alerting-at-scale'))).toBe(true);
    expect(talkHasSlides(fixtureCatalog, fixtureTalk('keynote-opening'))).toBe(false);
  });

  it('combines the search with the filters', () => {
    expect(ids({ q: 'bjorn' })).toEqual(['keynote-opening', 'storage-deep-dive']);
    expect(ids({ q: 'bjorn', years: ['2019'] })).toEqual(['storage-deep-dive']);
  });

  it('returns nothing when nothing matches', () => {
    expect(ids({ q: 'kafka' })).toEqual([]);
  });
});

describe('filterTalks: facet counts', () => {
  it('counts every option over the whole list with no filter', () => {
    expect(counts('events', {})).toEqual({ 'conf-2017-berlin': 3, 'conf-2019-shanghai': 2, 'conf-2020-virtual': 1 });
    expect(counts('years', {})).toEqual({ 2017: 3, 2019: 2, 2020: 1 });
    expect(counts('projects', {})).toEqual({ prometheus: 3, envoy: 1, kubernetes: 1 });
    expect(counts('topics', {})).toEqual({ alerting: 1, storage: 1 });
    expect(counts('levels', {})).toEqual({ beginner: 1, intermediate: 1, advanced: 1 });
    expect(counts('kinds', {})).toEqual({ talk: 3, keynote: 1, lightning: 1, panel: 1 });
    expect(counts('tencent', {})).toEqual({ yes: 3 });
    expect(counts('slides', {})).toEqual({ yes: 2 });
  });

  it('does not let a facet’s selection narrow its own counts (OR: what picking another would add)', () => {
    expect(counts('events', { events: ['conf-2017-berlin'] })).toEqual({ 'conf-2017-berlin': 3, 'conf-2019-shanghai': 2, 'conf-2020-virtual': 1 });
    expect(counts('projects', { projects: ['envoy'] })).toEqual({ prometheus: 3, envoy: 1, kubernetes: 1 });
    expect(counts('tencent', { tencentOnly: true })).toEqual({ yes: 3 });
  });

  it('narrows every other facet’s counts (AND)', () => {
    expect(counts('years', { events: ['conf-2017-berlin'] })).toEqual({ 2017: 3 });
    expect(counts('projects', { levels: ['advanced'] })).toEqual({ prometheus: 1 });
    expect(counts('topics', { levels: ['advanced'] })).toEqual({ alerting: 1 });
    expect(counts('slides', { events: ['conf-2019-shanghai'] })).toEqual({});
    expect(counts('kinds', { tencentOnly: true })).toEqual({ talk: 3 });
  });

  it('counts a talk that fails two facets for neither', () => {
    // counting-things is neither at the virtual event nor a keynote, so picking either alone would not show it.
    const query = { events: ['conf-2020-virtual'], kinds: ['keynote' as const] };
    expect(counts('events', query)).toEqual({ 'conf-2017-berlin': 1 });
    expect(counts('kinds', query)).toEqual({ panel: 1 });
    expect(run(query).talks).toEqual([]);
  });

  it('reflects the search', () => {
    expect(counts('events', { q: 'ada' })).toEqual({ 'conf-2017-berlin': 2 });
    expect(counts('levels', { q: 'ada' })).toEqual({ intermediate: 1, advanced: 1 });
  });
});

describe('the reader’s list as filters', () => {
  const marks: ReaderMarks = {
    saved: new Set(['counting-things', 'storage-deep-dive', 'envoy-in-production']),
    watched: new Set(['storage-deep-dive', 'keynote-opening']),
  };

  it('shows only saved talks, only unwatched ones, or saved and not yet watched', () => {
    expect(ids({ savedOnly: true }, marks)).toEqual(['counting-things', 'storage-deep-dive', 'envoy-in-production']);
    expect(ids({ unwatchedOnly: true }, marks)).toEqual(['counting-things', 'alerting-at-scale', 'envoy-in-production', 'panel-on-kubernetes']);
    expect(ids({ savedOnly: true, unwatchedOnly: true }, marks)).toEqual(['counting-things', 'envoy-in-production']);
  });

  it('counts each of them given the other filters, but not itself', () => {
    expect([counts('saved', {}, marks), counts('unwatched', {}, marks)]).toEqual([{ yes: 3 }, { yes: 4 }]);
    // "Not watched yet" narrows the saved count; "saved" does not narrow its own.
    expect([counts('saved', { unwatchedOnly: true }, marks), counts('unwatched', { unwatchedOnly: true }, marks)]).toEqual([{ yes: 2 }, { yes: 4 }]);
    expect([counts('saved', { savedOnly: true }, marks), counts('unwatched', { savedOnly: true }, marks)]).toEqual([{ yes: 3 }, { yes: 2 }]);
    // Other filters narrow both, and the list narrows the other facets.
    expect([counts('saved', { years: ['2019'] }, marks), counts('unwatched', { years: ['2019'] }, marks)]).toEqual([{ yes: 2 }, { yes: 1 }]);
    expect(counts('years', { savedOnly: true }, marks)).toEqual({ 2017: 1, 2019: 2 });
  });

  it('counts nobody’s saved talks without a list: nothing is saved, everything is unwatched', () => {
    expect([counts('saved', {}), counts('unwatched', {})]).toEqual([{}, { yes: 6 }]);
    expect(ids({ savedOnly: true })).toEqual([]);
  });
});

describe('slides from a collection', () => {
  it('count only for talks a collection gives a slide link for', () => {
    const catalog = freshCatalog();
    const [collection] = catalog.collections;
    if (collection === undefined) throw new Error('the fixture has no collection');
    // The same catalog without the collection's slide link: alerting-at-scale has no slides then.
    const entries = collection.entries.map((entry) => ({ ...entry, links: entry.links === undefined ? undefined : { video: entry.links.video } }));
    const withoutLinks: Catalog = { ...catalog, collections: [{ ...collection, entries }] };
    expect(run({ slidesOnly: true }, undefined, withoutLinks).talks.map((t) => t.id)).toEqual(['counting-things']);
  });
});

describe('a view with search text', () => {
  it('needs a search to be given, rather than silently showing every talk', () => {
    expect(() => filterTalks(fixtureCatalog, fixtureCatalog.talks, view({ q: 'bjorn' }))).toThrow(/needs a search/);
    expect(filterTalks(fixtureCatalog, fixtureCatalog.talks, view({ q: '  ' })).talks).toHaveLength(fixtureCatalog.talks.length);
  });
});
