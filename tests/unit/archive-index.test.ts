// The archive's search index (src/archive-index/) as a caller sees it: its files as the build
// writes them, served through a stubbed fetch to archiveIndexClient, and archiveView's answer.
// The answer is held to the in-memory search of a short list (search-text.ts, filter-talks.ts,
// sort-talks.ts), which the index is meant to agree with; where the two legitimately differ, a
// test of its own says how.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { archiveView } from '../../src/archive-index/archive-view';
import { IDS_PER_FILE, idBucket, termsKey } from '../../src/archive-index/index-files';
import { CatalogLoadError } from '../../src/catalog/fetch-catalog';
import type { Language } from '../../src/i18n/messages';
import type { ReaderMarks } from '../../src/talks/filter-talks';
import type { Sort, TalkQuery } from '../../src/talks/talk-query';
import {
  archiveCatalog,
  catalogWith,
  indexAnswer,
  marksOf,
  memoryAnswer,
  plainCounts,
  serveIndex,
  viewOf,
} from './archive-index-host';

afterEach(() => vi.unstubAllGlobals());

const catalog = archiveCatalog();
/** The fixture and the curated talks alone, for tests that name every talk a query finds. */
const curated = archiveCatalog(0);

/** The index's answer and the in-memory one for the same view, ids and counts. */
async function bothAnswers(query: Partial<TalkQuery>, marks?: ReaderMarks, language: Language = 'en') {
  const served = serveIndex(catalog);
  const index = await indexAnswer(served, catalog, query, marks, language);
  const memory = await memoryAnswer(catalog, query, marks, language);
  return { index, memory };
}

/** The ids the index finds for `q`, best first, in `on`. */
async function indexFinds(q: string, on = catalog): Promise<string[]> {
  return (await indexAnswer(serveIndex(on), on, { q })).ids;
}

const memoryFinds = async (q: string, on = catalog): Promise<string[]> => (await memoryAnswer(on, { q })).ids;

// Single words, prefixes, two words, synonyms, Chinese either way, Latin with diacritics.
const QUERIES = [
  'prometheus',
  'prom',
  'st',
  'orm',
  'scale',
  'alerting scale',
  'bjorn storage',
  'wren garden',
  'k8s',
  'kubernetes',
  'monitoring',
  'alert',
  '数据',
  '數據',
  '告警',
  '存储深度解析',
  '实践',
  'practice 实践',
  'Søren',
  'ŁUKASZ',
  'Yılmaz',
  'straße',
  'node.js',
];

describe('the index and the in-memory search agree', () => {
  it.each(QUERIES)('by relevance: the same talks in the same order for %j', async (q) => {
    const { index, memory } = await bothAnswers({ q, sort: 'relevance' });
    expect(memory.ids.length).toBeGreaterThan(0);
    expect(index.ids).toEqual(memory.ids);
  });

  const SORTED: Sort[] = ['newest', 'oldest', 'title', 'speaker'];
  it.each(QUERIES.flatMap((q) => SORTED.map((sort) => [q, sort] as const)))('for %j sorted by %s: sortTalks(filterTalks(…))', async (q, sort) => {
    const { index, memory } = await bothAnswers({ q, sort });
    expect(index.ids).toEqual(memory.ids);
  });

  it('finds nothing where the search finds nothing', async () => {
    const { index, memory } = await bothAnswers({ q: 'wren zebra' });
    expect(memory.ids).toEqual([]);
    expect(index.ids).toEqual([]);
  });

  it('shows every talk, in the catalog’s order, for a query of no word', async () => {
    for (const q of ['', '  ', '-']) {
      const { index, memory } = await bothAnswers({ q, sort: 'relevance' });
      expect(index.ids).toEqual(catalog.talks.map((talk) => talk.id));
      expect(index.ids).toEqual(memory.ids);
    }
  });
});

// Where the two legitimately part, each stated on a catalog made for it.
describe('where the index and the in-memory search differ', () => {
  it('reads the words of one term ("node.js") as all required, each from its start, not as one run of words', async () => {
    const nodes = catalogWith([
      { id: 'node-js', event: 'conf-2021-berlin', title: { en: 'Node.js at Scale' } },
      { id: 'node-apart', event: 'conf-2021-berlin', title: { en: 'Node Operators' }, summary: { en: 'Tooling in JS.' } },
      { id: 'nodes-jsx', event: 'conf-2021-berlin', title: { en: 'Nodes and JSX' } },
    ]);
    expect(await memoryFinds('node.js', nodes)).toEqual(['node-js']);
    // Each word scores alone and the term as its weakest: the title's "node" and "js" 9, "nodes"
    // and "jsx" 8, the summary's "js" 3.
    expect(await indexFinds('node.js', nodes)).toEqual(['node-js', 'nodes-jsx', 'node-apart']);
    // Typed as two terms, both engines ask for each word anywhere, and agree.
    expect(await memoryFinds('node js', nodes)).toEqual(['node-js', 'nodes-jsx', 'node-apart']);
    expect(await indexFinds('node js', nodes)).toEqual(['node-js', 'nodes-jsx', 'node-apart']);
  });

  it('finds a one-letter Latin query only as that whole word, not as the start of longer ones', async () => {
    const letters = catalogWith([
      { id: 'c-language', event: 'conf-2021-berlin', title: { en: 'C for Kernel Hackers' } },
      { id: 'cpp', event: 'conf-2021-berlin', title: { en: 'C++ Tooling' } },
      { id: 'cloud', event: 'conf-2021-berlin', title: { en: 'Cloud Costs' } },
    ]);
    const memory = await memoryFinds('c', letters);
    expect(memory).toEqual(expect.arrayContaining(['c-language', 'cpp', 'cloud', 'counting-things']));
    expect(await indexFinds('c', letters)).toEqual(['c-language']);
    // From two letters on, the index finds what the search finds.
    expect(await indexFinds('cl', letters)).toEqual(await memoryFinds('cl', letters));
    expect(await indexFinds('c+', letters)).toEqual(['cpp']);
  });

  it('matches a Chinese query longer than four characters by its four-character pieces, wherever they are', async () => {
    const pieces = catalogWith([
      { id: 'whole', event: 'conf-2019-shanghai', title: { zh: '普罗米修斯监控实践' } },
      { id: 'apart', event: 'conf-2019-shanghai', title: { zh: '普罗米修' }, summary: { zh: '罗米修斯' } },
    ]);
    expect(await memoryFinds('普罗米修斯', pieces)).toEqual(['whole']);
    // "普罗米修" in the title and "罗米修斯" in the summary: both pieces are there.
    expect(await indexFinds('普罗米修斯', pieces)).toEqual(['whole', 'apart']);
    // Up to four characters the two agree.
    expect(await indexFinds('罗米修斯', pieces)).toEqual(['whole', 'apart']);
    expect(await memoryFinds('罗米修斯', pieces)).toEqual(['whole', 'apart']);
  });
});

describe('what a search finds and in which order', () => {
  it('finds a word from its start ("orm" finds "ORMs"), never inside one ("platform")', async () => {
    const found = await indexFinds('orm', curated);
    expect(found).toContain('scaling-orms');
    expect(found).not.toContain('platform-engineering');
    expect(await indexFinds('form', curated)).not.toContain('platform-engineering');
  });

  it('ranks a whole word above the start of one in the same field', async () => {
    // Listed "Scaling ORMs" first; the summary's whole "ORM" still scores below either title.
    expect(await indexFinds('orm', curated)).toEqual(['orm-patterns', 'scaling-orms', 'orm-in-summary']);
  });

  it('ranks the title above a speaker above the summary', async () => {
    // Listed summary, speaker, title; node-js is Jenny Wren's too.
    expect(await indexFinds('wren', curated)).toEqual(['wren-in-title', 'wren-speaking', 'node-js', 'wren-in-summary']);
  });

  it('scores a Chinese match as a whole word, above the start of a Latin word in the same field', async () => {
    const mixed = catalogWith([
      { id: 'containerd-internals', event: 'conf-2021-berlin', title: { en: 'Containerd Internals' } },
      { id: 'rongqi-basics', event: 'conf-2021-berlin', title: { zh: '容器入门' } },
    ]);
    // "container" also looks for 容器 (search-synonyms.ts), which is never only the start of something.
    expect(await indexFinds('container', mixed)).toEqual(['rongqi-basics', 'containerd-internals']);
    expect(await memoryFinds('container', mixed)).toEqual(['rongqi-basics', 'containerd-internals']);
  });

  it('requires every word, adding up their scores', async () => {
    expect(await indexFinds('wren dashboard', curated)).toEqual(['wren-in-title']);
    // wren-speaking: "garden" in its title and "wren" its speaker's name; wren-in-summary: both in its summary.
    expect(await indexFinds('wren garden', curated)).toEqual(['wren-speaking', 'wren-in-summary']);
    expect(await indexFinds('wren kubernetes', curated)).toEqual([]);
  });

  it('also finds a word’s synonyms', async () => {
    // Both have the word in their title, so keep the catalog's order.
    expect(await indexFinds('k8s', curated)).toEqual(['panel-on-kubernetes', 'k8s-operators']);
    expect(await indexFinds('kubernetes', curated)).toEqual(['panel-on-kubernetes', 'k8s-operators']);
  });
});

describe('folding', () => {
  it.each([
    ['lukasz', 'alerting-at-scale'],
    ['ŁUKASZ', 'alerting-at-scale'],
    ['soren', 'metrics-street'],
    ['oberg', 'metrics-street'],
    ['oresund', 'metrics-street'],
    ['strasse', 'metrics-street'],
    ['STRASSE', 'metrics-street'],
    ['isik', 'tracing-edge'],
    ['yilmaz', 'tracing-edge'],
    ['Yılmaz', 'tracing-edge'],
  ])('%j finds %s', async (q, id) => {
    expect(await indexFinds(q, curated)).toEqual([id]);
  });

  it('finds Traditional Chinese from Simplified and back', async () => {
    // One title in Traditional (數據), one in Simplified (数据) with 數據 in its summary.
    expect(await indexFinds('数据', curated)).toEqual(['data-platform-traditional', 'data-lake-simplified']);
    expect(await indexFinds('數據', curated)).toEqual(['data-platform-traditional', 'data-lake-simplified']);
    expect(await indexFinds('數據平台', curated)).toEqual(['data-platform-traditional']);
    expect(await indexFinds('数据平台', curated)).toEqual(['data-platform-traditional']);
  });

  const TITLE = '分布式数据库内核';
  const chinese = catalogWith([{ id: 'zh-title', event: 'conf-2019-shanghai', title: { zh: TITLE } }]);
  const chars = Array.from(TITLE);
  const substrings = chars.flatMap((_, at) => chars.slice(at).map((__, length) => chars.slice(at, at + length + 1).join('')));

  it.each(substrings)('finds a Chinese title by any part of it: %s', async (q) => {
    const found = await indexFinds(q, chinese);
    expect(found).toContain('zh-title');
    expect(found).toEqual(await memoryFinds(q, chinese));
  });

  it('finds it by a part typed in Traditional, and not by characters that are not next to each other', async () => {
    expect(await indexFinds('數據庫', chinese)).toEqual(['zh-title']);
    expect(await indexFinds('分式', chinese)).toEqual([]);
    expect(await indexFinds('数据内核', chinese)).toEqual([]);
    // Longer than a piece: its first piece is there, its second is not.
    expect(await indexFinds('分布式数库', chinese)).toEqual([]);
  });
});

describe('facet counts over the whole result', () => {
  const VIEWS: Partial<TalkQuery>[] = [
    {},
    { q: 'scale' },
    { q: 'prometheus' },
    { projects: ['prometheus'] },
    { q: 'scale', topics: ['alerting'] },
    { q: 'scale', events: ['conf-2021-berlin'], levels: ['beginner', 'advanced'] },
    { years: ['2019'], kinds: ['talk', 'lightning'] },
    { q: 'scale', tencentOnly: true },
    { q: 'practice', tencentOnly: true },
    { slidesOnly: true, projects: ['kubernetes'] },
    { q: 'metrics', projects: ['prometheus', 'envoy'], topics: ['alerting', 'storage'], years: ['2017', '2021'] },
  ];

  it.each(VIEWS)('equal filterTalks’s for %j', async (query) => {
    const { index, memory } = await bothAnswers(query);
    expect(plainCounts(index.counts)).toEqual(plainCounts(memory.counts));
    expect(index.ids).toEqual(memory.ids);
  });

  it('count each option as if it were picked, given the other filters', async () => {
    const { index } = await bothAnswers({ q: 'scale', projects: ['prometheus'] });
    const scale = (await memoryAnswer(catalog, { q: 'scale' })).ids;
    // Picking another project would add talks: the project counts are over every "scale" talk.
    expect(index.counts.projects.get('prometheus')).toBe(index.ids.length);
    expect(index.counts.projects.get('kubernetes')).toBeGreaterThan(0);
    expect(index.ids.length).toBeLessThan(scale.length);
  });

  // The default catalog's talks are in two id files: a mark in each.
  const [first, second] = [0, 1].map((bucket) => catalog.talks.filter((talk) => idBucket(talk.id, 2) === bucket).map((talk) => talk.id));
  const saved = [...(first ?? []).slice(0, 3), ...(second ?? []).slice(0, 3), 'not-in-the-archive'];
  const watched = [...(first ?? []).slice(2, 6), ...(second ?? []).slice(5, 7), 'orm-patterns'];
  const marks = marksOf(saved, watched);

  it('spreads the test’s marks over both id files', () => {
    expect(Math.ceil(catalog.talks.length / IDS_PER_FILE)).toBe(2);
    expect(first?.length).toBeGreaterThan(6);
    expect(second?.length).toBeGreaterThan(6);
  });

  it.each<Partial<TalkQuery>>([{}, { savedOnly: true }, { unwatchedOnly: true }, { q: 'orm', unwatchedOnly: true }, { savedOnly: true, unwatchedOnly: true, sort: 'title' }])(
    'count and filter the reader’s saved and watched talks for %j',
    async (query) => {
      const { index, memory } = await bothAnswers(query, marks);
      expect(index.ids).toEqual(memory.ids);
      expect(plainCounts(index.counts)).toEqual(plainCounts(memory.counts));
    },
  );

  it('find the saved talks by their ids, in the catalog’s order', async () => {
    const { index } = await bothAnswers({ savedOnly: true, sort: 'relevance' }, marks);
    const known = saved.filter((id) => id !== 'not-in-the-archive');
    expect(index.ids).toEqual(catalog.talks.map((talk) => talk.id).filter((id) => known.includes(id)));
    expect(index.counts.saved.get('yes')).toBe(known.length);
    expect(index.counts.unwatched.get('yes')).toBe(known.filter((id) => !watched.includes(id)).length);
  });
});

describe('orders', () => {
  const VIEWS: Partial<TalkQuery>[] = [{}, { q: 'scale' }, { q: '实践' }, { years: ['2019', '2021'] }, { q: 'practice', levels: ['beginner'] }];
  const cases = (['newest', 'oldest', 'title', 'speaker'] as const).flatMap((sort) =>
    (['en', 'zh'] as const).flatMap((language) => VIEWS.map((view) => [sort, language, view] as const)),
  );

  it.each(cases)('%s in %s for %j: sortTalks on the same talks', async (sort, language, view) => {
    const { index, memory } = await bothAnswers({ ...view, sort }, undefined, language);
    expect(index.ids).toEqual(memory.ids);
  });

  it('are orders of their own, not the catalog’s', async () => {
    const listed = catalog.talks.map((talk) => talk.id);
    for (const sort of ['newest', 'oldest', 'title', 'speaker'] as const) {
      const en = (await bothAnswers({ sort }, undefined, 'en')).index.ids;
      expect(en).not.toEqual(listed);
      if (sort === 'title' || sort === 'speaker') expect((await bothAnswers({ sort }, undefined, 'zh')).index.ids).not.toEqual(en);
    }
  });
});

describe('what the client fetches', () => {
  const terms = (...words: string[]) => [...new Set(words.map((word) => `terms/${termsKey(word)}.json`))];

  it.each<[Partial<TalkQuery>, string[]]>([
    [{ sort: 'newest' }, []],
    [{ q: 'prometheus' }, ['terms/70-72.json']],
    [{ q: 'Prometheus  prom', sort: 'oldest' }, ['terms/70-72.json']],
    [{ q: 'wren garden' }, ['terms/77-72.json', 'terms/67-61.json']],
    [{ q: 'k8s' }, ['terms/6b-38.json', 'terms/6b-75.json']],
    [{ q: '数据' }, terms('数据')],
    [{ q: '數據平台' }, terms('数据')],
    [{ q: '普罗米修斯' }, terms('普罗米修', '罗米修斯')],
    [{ q: 'prometheus', sort: 'title' }, ['terms/70-72.json', 'order/title-en.json']],
    [{ projects: ['prometheus'], sort: 'speaker' }, ['order/speaker-en.json']],
  ])('for %j: the facets and %j', async (query, files) => {
    const served = serveIndex(catalog);
    await archiveView(served.client, catalog, viewOf(query), marksOf([]), 'en');
    expect(served.asked().sort()).toEqual(['facets.json', ...files].sort());
  });

  it('asks for the order file of the view’s language', async () => {
    const served = serveIndex(catalog);
    await archiveView(served.client, catalog, viewOf({ sort: 'speaker' }), marksOf([]), 'zh');
    expect(served.asked().sort()).toEqual(['facets.json', 'order/speaker-zh.json']);
  });

  it('asks for the id files of the reader’s marks only, and only when there are some', async () => {
    const [inFirst, inSecond] = [0, 1].map((bucket) => catalog.talks.find((talk) => idBucket(talk.id, 2) === bucket)?.id ?? '');
    let served = serveIndex(catalog);
    await archiveView(served.client, catalog, viewOf({}), marksOf([inFirst ?? '']), 'en');
    expect(served.asked().sort()).toEqual(['facets.json', 'ids/0.json']);
    served = serveIndex(catalog);
    await archiveView(served.client, catalog, viewOf({ q: 'prometheus' }), marksOf([], [inSecond ?? '']), 'en');
    expect(served.asked().sort()).toEqual(['facets.json', 'ids/1.json', 'terms/70-72.json']);
    served = serveIndex(catalog);
    await archiveView(served.client, catalog, viewOf({ savedOnly: true }), marksOf([]), 'en');
    expect(served.asked()).toEqual(['facets.json']);
  });

  it('asks for each file once across repeated and concurrent views', async () => {
    const served = serveIndex(catalog);
    const marks = marksOf(['orm-patterns', 'generated-001', 'generated-002'], ['generated-003']);
    const views: [Partial<TalkQuery>, Language][] = [
      [{ q: 'prometheus' }, 'en'],
      [{ q: 'prometheus', sort: 'title' }, 'en'],
      [{ q: 'prom storage', sort: 'title' }, 'en'],
      [{ q: 'prometheus', sort: 'title' }, 'zh'],
      [{ q: 'storage', savedOnly: true }, 'en'],
      [{ q: '数据' }, 'zh'],
      [{ q: '數據', sort: 'speaker' }, 'zh'],
      [{ q: 'zebra' }, 'en'],
      [{ q: 'zebra prometheus' }, 'en'],
    ];
    for (const [query, language] of views) await archiveView(served.client, catalog, viewOf(query), marks, language);
    await Promise.all(views.map(([query, language]) => archiveView(served.client, catalog, viewOf(query), marks, language)));
    const asked = served.asked();
    expect(asked.length).toBeGreaterThan(8);
    expect(asked.filter((path, at) => asked.indexOf(path) !== at)).toEqual([]);
  });

  it('asks once for a file several concurrent first views need', async () => {
    const served = serveIndex(catalog);
    await Promise.all([1, 2, 3].map(() => archiveView(served.client, catalog, viewOf({ q: 'prometheus', sort: 'title' }), marksOf(['orm-patterns']), 'en')));
    expect(served.asked().sort()).toEqual(['facets.json', `ids/${String(idBucket('orm-patterns', 2))}.json`, 'order/title-en.json', 'terms/70-72.json']);
  });

  /** A host that answers `path` with `status` the first `times` times it is asked. */
  const failing = (path: string, status: number, times = 1) => {
    let left = times;
    return (asked: string) => (asked === path && left-- > 0 ? new Response('', { status }) : undefined);
  };

  it.each(['terms/70-72.json', 'facets.json', 'order/title-en.json', 'ids/0.json'])(
    'rejects when %s fails (503), and asks for it again on the next view',
    async (path) => {
      const served = serveIndex(catalog, failing(path, 503));
      const view = viewOf({ q: 'prometheus', sort: 'title' });
      const marks = marksOf([catalog.talks.find((talk) => idBucket(talk.id, 2) === 0)?.id ?? '']);
      await expect(archiveView(served.client, catalog, view, marks, 'en')).rejects.toBeInstanceOf(CatalogLoadError);
      const answer = await archiveView(served.client, catalog, view, marks, 'en');
      const memory = await memoryAnswer(catalog, view, marks);
      expect(answer.indices.map((index) => catalog.talks[index]?.id)).toEqual(memory.ids);
      expect(served.asked().filter((asked) => asked === path)).toHaveLength(2);
      // What did arrive is not asked for again.
      expect(served.asked().filter((asked) => asked !== path)).toHaveLength(new Set(served.asked().filter((asked) => asked !== path)).size);
    },
  );

  it('takes a terms file the host does not have (404) for no matches, not an error', async () => {
    const served = serveIndex(catalog);
    const zebra = await archiveView(served.client, catalog, viewOf({ q: 'zebra' }), marksOf([]), 'en');
    expect(served.asked()).toContain('terms/7a-65.json');
    expect(zebra.indices).toEqual([]);
    expect(Object.values(plainCounts(zebra.counts)).every((values) => Object.keys(values).length === 0)).toBe(true);
    // Every word must match, so one without a terms file leaves none; the same file is not asked again.
    const both = await archiveView(served.client, catalog, viewOf({ q: 'prometheus zebra' }), marksOf([]), 'en');
    expect(both.indices).toEqual([]);
    expect((await archiveView(served.client, catalog, viewOf({ q: 'prometheus' }), marksOf([]), 'en')).indices.length).toBeGreaterThan(0);
    expect(served.asked().filter((path) => path === 'terms/7a-65.json')).toHaveLength(1);
  });

  it('takes a missing facets file (404) for an error', async () => {
    const served = serveIndex(catalog, failing('facets.json', 404));
    await expect(archiveView(served.client, catalog, viewOf({ q: 'prometheus' }), marksOf([]), 'en')).rejects.toBeInstanceOf(CatalogLoadError);
  });
});
