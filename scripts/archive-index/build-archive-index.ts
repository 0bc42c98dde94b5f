// Writes the archive's search index (src/archive-index/index-files.ts says what each file holds):
// `npm run build`'s prerender step calls it with the catalog the pages were rendered from.
import { createHash } from 'node:crypto';
import type { Catalog, Talk } from '../../src/catalog/catalog-schema';
import { hasTencentMirror, talkHasSlides } from '../../src/catalog/catalog-lookups';
import type { PageSlice } from '../../src/catalog/page-data';
import { LANGUAGES } from '../../src/i18n/messages';
import {
  encodeGaps,
  encodePostings,
  IDS_PER_FILE,
  idBucket,
  INDEX_VERSION,
  indexFiles,
  ORDERED_SORTS,
  termsKey,
  type FacetsFile,
  type IdsFile,
  type Posting,
  type TermsFile,
} from '../../src/archive-index/index-files';
import { talkTerms } from '../../src/archive-index/index-terms';
import { chineseVariantsOf } from '../../src/text/chinese-variants';
import { SIMPLIFIED, TRADITIONAL } from '../../src/text/chinese-variants-table';
import { sortTalks } from '../../src/talks/sort-talks';

/** The index's folder under the base path: named by the catalog's content, so it can be cached for good. */
export function archiveIndexFolder(catalog: Catalog): string {
  const hash = createHash('sha256').update(`${String(INDEX_VERSION)}\n${JSON.stringify(catalog)}`).digest('hex').slice(0, 12);
  return `archive-index/${hash}/`;
}

export type IndexFile = { file: string; json: string };

function termsFiles(catalog: Catalog): IndexFile[] {
  const variants = chineseVariantsOf(TRADITIONAL, SIMPLIFIED);
  const postings = new Map<string, Posting[]>();
  catalog.talks.forEach((talk, index) => {
    for (const [term, field] of talkTerms(catalog, talk, variants)) {
      const list = postings.get(term);
      if (list === undefined) postings.set(term, [{ index, field }]);
      else list.push({ index, field });
    }
  });
  const byKey = new Map<string, TermsFile>();
  for (const [term, list] of [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const key = termsKey(term);
    const file = byKey.get(key) ?? {};
    file[term] = encodePostings(list);
    byKey.set(key, file);
  }
  return [...byKey].map(([key, file]) => ({ file: indexFiles.terms(key), json: JSON.stringify(file) }));
}

function indicesWhere(talks: readonly Talk[], test: (talk: Talk) => boolean): number[] {
  return talks.flatMap((talk, index) => (test(talk) ? [index] : []));
}

function facetsFile(catalog: Catalog, idFiles: number): FacetsFile {
  const { talks } = catalog;
  const eventIndex = new Map(catalog.events.map((event, i) => [event.id, i]));
  const events: number[] = [];
  for (const talk of talks) {
    const event = eventIndex.get(talk.event) ?? -1;
    if (events.at(-2) === event) events[events.length - 1] = (events.at(-1) ?? 0) + 1;
    else events.push(event, 1);
  }
  const grouped = (valueOf: (talk: Talk) => readonly string[]) => {
    const byValue = new Map<string, number[]>();
    talks.forEach((talk, index) => {
      for (const value of valueOf(talk)) {
        const indices = byValue.get(value);
        if (indices === undefined) byValue.set(value, [index]);
        else indices.push(index);
      }
    });
    return Object.fromEntries([...byValue].map(([value, indices]) => [value, encodeGaps(indices)]));
  };
  return {
    version: INDEX_VERSION,
    talks: talks.length,
    idFiles,
    events,
    topics: grouped((talk) => talk.topics),
    levels: grouped((talk) => (talk.level === undefined ? [] : [talk.level])),
    kinds: grouped((talk) => (talk.kind === undefined ? [] : [talk.kind])),
    tencent: encodeGaps(indicesWhere(talks, hasTencentMirror)),
    slides: encodeGaps(indicesWhere(talks, (talk) => talkHasSlides(catalog, talk))),
  };
}

function orderFiles(catalog: Catalog): IndexFile[] {
  const indexOf = new Map(catalog.talks.map((talk, i) => [talk, i]));
  return ORDERED_SORTS.flatMap((sort) =>
    LANGUAGES.map((language) => {
      const rank: number[] = new Array<number>(catalog.talks.length).fill(0);
      sortTalks(catalog, catalog.talks, sort, language).forEach((talk, place) => (rank[indexOf.get(talk) ?? 0] = place));
      return { file: indexFiles.order(sort, language), json: JSON.stringify(rank) };
    }),
  );
}

function idFiles(catalog: Catalog, buckets: number): IndexFile[] {
  const files = Array.from({ length: buckets }, (): IdsFile => []);
  catalog.talks.forEach((talk, index) => files[idBucket(talk.id, buckets)]?.push([talk.id, index]));
  return files.map((pairs, bucket) => ({ file: indexFiles.ids(bucket), json: JSON.stringify(pairs) }));
}

function cardFiles(catalog: Catalog): IndexFile[] {
  const speakerById = new Map(catalog.speakers.map((speaker) => [speaker.id, speaker]));
  return catalog.talks.map((talk, index) => {
    const slice: PageSlice = {
      talks: [talk],
      positions: [index],
      speakers: talk.speakers.flatMap((speaker) => speakerById.get(speaker.id) ?? []),
    };
    return { file: indexFiles.card(index), json: JSON.stringify(slice) };
  });
}

/** Every file of the index, with its path inside the index's folder. */
export function archiveIndexFiles(catalog: Catalog): IndexFile[] {
  const buckets = Math.max(1, Math.ceil(catalog.talks.length / IDS_PER_FILE));
  return [
    { file: indexFiles.facets, json: JSON.stringify(facetsFile(catalog, buckets)) },
    ...termsFiles(catalog),
    ...orderFiles(catalog),
    ...idFiles(catalog, buckets),
    ...cardFiles(catalog),
  ];
}
