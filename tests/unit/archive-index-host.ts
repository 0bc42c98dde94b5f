// The archive's index as a browser meets it, for the tests of archive-index.test.ts: catalogs
// built on the fixture (never data/), their index files as the build writes them, served to
// archiveIndexClient through a stubbed global fetch, and the in-memory search of a short list to
// compare the answers with.
import { vi } from 'vitest';
import type { Catalog, CatalogInput, Speaker, Talk } from '../../src/catalog/catalog-schema';
import { validateCatalog } from '../../src/catalog/validate-catalog';
import { archiveIndexClient, type ArchiveIndexClient } from '../../src/archive-index/archive-index-client';
import { archiveView } from '../../src/archive-index/archive-view';
import type { Language } from '../../src/i18n/messages';
import { filterTalks, NO_MARKS, type FacetCounts, type ReaderMarks } from '../../src/talks/filter-talks';
import { loadChineseVariants, talkSearch } from '../../src/talks/search-text';
import { sortTalks } from '../../src/talks/sort-talks';
import { emptyQuery, type TalkQuery } from '../../src/talks/talk-query';
import { archiveIndexFiles } from '../../scripts/archive-index/build-archive-index';
import { fixtureInput } from './fixture-catalog';

export type TalkInput = CatalogInput['talks'][number];

/** The fixture with `talks` (and the `speakers` they name) added, validated as the build does. */
export function catalogWith(talks: readonly TalkInput[], speakers: readonly Speaker[] = [], what = 'a variant of tests/fixtures/catalog.json'): Catalog {
  const input = fixtureInput();
  input.speakers.push(...speakers);
  input.talks.push(...talks);
  input.events.push(
    { id: 'conf-2021-berlin', name: { en: 'Conf Europe 2021', zh: 'Conf 欧洲 2021' }, year: 2021, startDate: '2021-05-04', source: 'fixture-source' },
    { id: 'conf-2019-online', name: { en: 'Conf Online 2019' }, year: 2019, source: 'fixture-source' },
  );
  const result = validateCatalog(input, what);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.catalog;
}

const youtube = (n: number) => ({ host: 'youtube' as const, url: `https://www.youtube.com/watch?v=idx${String(n).padStart(8, '0')}` });
const tencent = (n: number) => ({ host: 'tencent' as const, url: `https://v.qq.com/x/page/t${String(n).padStart(10, '0')}.html` });

/** Talks that say what the tests search for, each in one known place. */
const CURATED: TalkInput[] = [
  // "orm": in a summary as a word, inside "platform", at the start of "ORMs", a whole title word.
  { id: 'orm-in-summary', event: 'conf-2021-berlin', title: { en: 'Data Access Layers' }, summary: { en: 'Why we replaced our ORM.' }, videos: [youtube(9001)] },
  { id: 'platform-engineering', event: 'conf-2021-berlin', title: { en: 'Platform Engineering' }, videos: [youtube(9002)] },
  { id: 'scaling-orms', event: 'conf-2019-online', title: { en: 'Scaling ORMs' }, kind: 'talk', level: 'advanced', videos: [youtube(9003)] },
  { id: 'orm-patterns', event: 'conf-2017-berlin', title: { en: 'ORM Patterns' }, kind: 'workshop', videos: [youtube(9004)] },
  // "wren": in a summary, a speaker's name and a title, listed worst first.
  { id: 'wren-in-summary', event: 'conf-2021-berlin', title: { en: 'Birdsong Metrics' }, speakers: [{ id: 'ada-lovelace' }], summary: { en: 'Counting every wren in the garden.' }, videos: [youtube(9005)] },
  { id: 'wren-speaking', event: 'conf-2021-berlin', title: { en: 'Garden Telemetry' }, speakers: [{ id: 'jenny-wren' }], videos: [youtube(9006)] },
  { id: 'wren-in-title', event: 'conf-2021-berlin', title: { en: 'The Wren Dashboard' }, videos: [youtube(9007)] },
  { id: 'node-js', event: 'conf-2019-online', title: { en: 'Node.js at Scale', zh: 'Node.js 规模化' }, speakers: [{ id: 'jenny-wren' }], videos: [youtube(9008)] },
  { id: 'edge-nodes', event: 'conf-2020-virtual', title: { en: 'Edge Nodes' }, videos: [youtube(9015)] },
  // Letters NFKD leaves alone: ø ß ı.
  { id: 'metrics-street', event: 'conf-2021-berlin', title: { en: 'Die Straße der Metriken' }, speakers: [{ id: 'søren-øberg', affiliation: 'Øresund Labs' }], videos: [youtube(9009)] },
  { id: 'tracing-edge', event: 'conf-2019-online', title: { en: 'Tracing at the Edge' }, speakers: [{ id: 'işık-yılmaz' }], summary: { en: 'Spans, traces and logs.' }, videos: [youtube(9010), tencent(9010)] },
  // Traditional and Simplified Chinese for the same word, 数据.
  { id: 'data-platform-traditional', event: 'conf-2019-shanghai', title: { en: 'Data Platform in Practice', zh: '數據平台實踐' }, speakers: [{ id: '张三' }], videos: [youtube(9011)] },
  { id: 'data-lake-simplified', event: 'conf-2019-shanghai', title: { zh: '数据湖' }, summary: { zh: '湖仓一体的數據治理。' }, videos: [youtube(9012)], slides: { url: 'https://example.org/slides/lake' } },
  { id: 'prometheus-practice', event: 'conf-2019-shanghai', title: { zh: '普罗米修斯监控实践' }, topics: ['prometheus'], videos: [youtube(9013)] },
  { id: 'k8s-operators', event: 'conf-2021-berlin', title: { en: 'K8s Operators in Practice' }, topics: ['kubernetes'], level: 'beginner', videos: [youtube(9014)] },
];

const SPEAKERS: Speaker[] = [
  { id: 'jenny-wren', name: 'Jenny Wren' },
  { id: 'søren-øberg', name: 'Søren Øberg' },
  { id: 'işık-yılmaz', name: 'Işık Yılmaz' },
];

const EVENTS = ['conf-2017-berlin', 'conf-2019-shanghai', 'conf-2020-virtual', 'conf-2021-berlin', 'conf-2019-online'];
const SPEAKER_IDS = ['ada-lovelace', 'bjorn-rabenstein', 'lukasz-nowak', '张三', 'jenny-wren'];
const TOPICS = [[], ['prometheus'], ['prometheus', 'alerting'], ['storage'], ['kubernetes', 'envoy']];
const WORDS = ['Metrics', 'Logs', 'Operators', 'Clusters', 'Upgrades', 'Gateways', 'Pipelines'];
const ZH = ['指标', '日志', '集群', '升级', '网关', '流水线', '告警'];
const LEVELS = [undefined, 'beginner', 'intermediate', 'advanced'] as const;
const KINDS = [undefined, 'talk', 'keynote', 'lightning', 'panel', 'workshop'] as const;

/** `n` ordinary talks, spread over the events, speakers, topics, levels, kinds and mirrors. */
function generated(n: number): TalkInput[] {
  return Array.from({ length: n }, (_, at): TalkInput => {
    const i = at + 1;
    const word = WORDS[i % WORDS.length] ?? '';
    return {
      id: `generated-${String(i).padStart(3, '0')}`,
      event: EVENTS[i % EVENTS.length] ?? '',
      // Every 11th title repeats another's, so the title order has ties to keep in the list's order.
      title: { en: i % 11 === 0 ? 'Lightning Talks' : `${word} at Scale ${String(i % 37)}`, zh: i % 3 === 0 ? `${ZH[i % ZH.length] ?? ''}实践 ${String(i)}` : undefined },
      speakers: i % 13 === 0 ? [] : [{ id: SPEAKER_IDS[i % SPEAKER_IDS.length] ?? '' }, ...(i % 4 === 0 ? [{ id: 'ada-lovelace' }] : [])].filter((s, k, all) => all.findIndex((o) => o.id === s.id) === k),
      topics: [...(TOPICS[i % TOPICS.length] ?? [])],
      level: LEVELS[i % LEVELS.length],
      kind: KINDS[i % KINDS.length],
      summary: i % 5 === 0 ? { en: `How we run ${word.toLowerCase()} in production, part ${String(i)}.` } : undefined,
      videos: [youtube(i), ...(i % 4 === 1 ? [tencent(i)] : [])],
      slides: i % 6 === 0 ? { url: `https://example.org/slides/${String(i)}` } : undefined,
    };
  });
}

/**
 * The catalog most tests run on: the fixture, the curated talks and `extra` generated ones. The
 * default spreads its talks over two id files (IDS_PER_FILE is 128).
 */
export function archiveCatalog(extra = 200): Catalog {
  return catalogWith([...CURATED, ...generated(extra)], SPEAKERS, 'the archive test catalog');
}

export const INDEX_URL = '/archive-index/test/';

export type ServedIndex = {
  client: ArchiveIndexClient;
  fetch: ReturnType<typeof vi.fn<(url: string) => Promise<Response>>>;
  /** The paths fetched so far, inside the index's folder, in order. */
  asked: () => string[];
};

const built = new WeakMap<Catalog, ReadonlyMap<string, string>>();

/** The catalog's index files by URL, built once per catalog. */
function filesOf(catalog: Catalog): ReadonlyMap<string, string> {
  let files = built.get(catalog);
  if (files === undefined) {
    files = new Map(archiveIndexFiles(catalog).map(({ file, json }) => [`${INDEX_URL}${file}`, json]));
    built.set(catalog, files);
  }
  return files;
}

/**
 * A host with `catalog`'s index files, 404 for any other path, stubbed as the global fetch, and a
 * fresh client of it. `answer` may answer a path instead (e.g. fail it).
 */
export function serveIndex(catalog: Catalog, answer: (path: string) => Response | undefined = () => undefined): ServedIndex {
  const files = filesOf(catalog);
  const fetch = vi.fn((url: string) => {
    const path = url.startsWith(INDEX_URL) ? url.slice(INDEX_URL.length) : url;
    const json = files.get(url);
    return Promise.resolve(answer(path) ?? (json === undefined ? new Response('', { status: 404 }) : new Response(json)));
  });
  vi.stubGlobal('fetch', fetch);
  return { client: archiveIndexClient(INDEX_URL), fetch, asked: () => fetch.mock.calls.map(([url]) => url.slice(INDEX_URL.length)) };
}

export const viewOf = (query: Partial<TalkQuery>): TalkQuery => ({ ...emptyQuery('relevance'), ...query });

/** What the archive's index answers: the talks' ids in the view's order, and the counts. */
export async function indexAnswer(
  served: ServedIndex,
  catalog: Catalog,
  query: Partial<TalkQuery>,
  marks: ReaderMarks = NO_MARKS,
  language: Language = 'en',
): Promise<{ ids: string[]; counts: FacetCounts }> {
  const { indices, counts } = await archiveView(served.client, catalog, viewOf(query), marks, language);
  return { ids: indices.map((index) => catalog.talks[index]?.id ?? `#${String(index)}`), counts };
}

/** What the list's in-memory search answers for the same view, with the Chinese variants table. */
export async function memoryAnswer(
  catalog: Catalog,
  query: Partial<TalkQuery>,
  marks: ReaderMarks = NO_MARKS,
  language: Language = 'en',
): Promise<{ ids: string[]; counts: FacetCounts }> {
  const view = viewOf(query);
  const { talks, counts } = filterTalks(catalog, catalog.talks, view, marks, talkSearch(await loadChineseVariants()));
  return { ids: sortTalks(catalog, talks, view.sort, language).map((talk: Talk) => talk.id), counts };
}

/** Counts as plain objects, so a difference shows as which facet and value. */
export const plainCounts = (counts: FacetCounts): Record<string, Record<string, number>> =>
  Object.fromEntries(Object.entries(counts).map(([facet, map]) => [facet, Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)))]));

export const marksOf = (saved: readonly string[], watched: readonly string[] = []): ReaderMarks => ({ saved: new Set(saved), watched: new Set(watched) });
