// One view of the archive, answered from its index: the files the view needs are fetched
// (archive-index-client.ts), then archive-query.ts works the answer out. This module and the
// search code it uses load only when a reader searches, filters or pages the archive.
import type { Catalog } from '../catalog/catalog-schema';
import { eventsInTime } from '../catalog/catalog-lookups';
import type { Language } from '../i18n/messages';
import { NO_MARKS, type ReaderMarks } from '../talks/filter-talks';
import { loadChineseVariants, needsChineseVariants, searchGroups } from '../talks/search-text';
import type { TalkQuery } from '../talks/talk-query';
import type { ChineseVariants } from '../text/chinese-variants';
import { archiveIndexClient, type ArchiveIndexClient } from './archive-index-client';
import { answerArchive, archiveRows, marksAsIndices, planKeys, queryPlan, scoreArchive, type ArchiveResult, type ArchiveRows, type IndexMarks } from './archive-query';
import type { FacetsFile } from './index-files';

const clients = new Map<string, ArchiveIndexClient>();

/** The one client per index folder, so what it fetched is kept for the visit. */
export function clientFor(indexUrl: string): ArchiveIndexClient {
  let client = clients.get(indexUrl);
  if (client === undefined) {
    client = archiveIndexClient(indexUrl);
    clients.set(indexUrl, client);
  }
  return client;
}

type Rows = { rows: ArchiveRows; eventRank: number[] };

const rowsCache = new WeakMap<FacetsFile, Rows>();

/** The facets file read once per visit, with each event's place in time by its index in the outline. */
function rowsOf(file: FacetsFile, catalog: Catalog): Rows {
  let found = rowsCache.get(file);
  if (found === undefined) {
    const inTime = eventsInTime(catalog.events);
    found = { rows: archiveRows(file, catalog.events, catalog.topics), eventRank: catalog.events.map((event) => inTime.indexOf(event)) };
    rowsCache.set(file, found);
  }
  return found;
}

/** Simplified and Traditional find each other once the table is in; offline, Chinese matches as typed. */
async function variantsFor(q: string): Promise<ChineseVariants | undefined> {
  if (!needsChineseVariants(q)) return undefined;
  try {
    return await loadChineseVariants();
  } catch (error) {
    console.error(error);
    return undefined;
  }
}

const NO_INDEX_MARKS: IndexMarks = { saved: new Set(), watched: new Set() };

async function indexMarks(client: ArchiveIndexClient, marks: ReaderMarks): Promise<IndexMarks> {
  if (marks === NO_MARKS || (marks.saved.size === 0 && marks.watched.size === 0)) return NO_INDEX_MARKS;
  return marksAsIndices(marks, await client.indicesOf([...marks.saved, ...marks.watched]));
}

/** `catalog`: the outline the app has, whose events and topics the index's numbers name. */
export async function archiveView(
  client: ArchiveIndexClient,
  catalog: Catalog,
  query: TalkQuery,
  marks: ReaderMarks,
  language: Language,
): Promise<ArchiveResult> {
  const plan = queryPlan(searchGroups(query.q, await variantsFor(query.q)));
  const [file, terms, order, indexedMarks] = await Promise.all([
    client.facets(),
    plan.length === 0 ? undefined : client.loadTerms(planKeys(plan)),
    query.sort === 'title' || query.sort === 'speaker' ? client.order(query.sort, language) : undefined,
    indexMarks(client, marks),
  ]);
  const { rows, eventRank } = rowsOf(file, catalog);
  return answerArchive({
    rows,
    query,
    marks: indexedMarks,
    scores: terms === undefined ? undefined : scoreArchive(plan, terms),
    eventRank,
    order,
  });
}
