// The browser's side of the archive's index: fetches its files as a view needs them and keeps
// each for the visit (the folder's name changes with the catalog, so the HTTP cache may keep them
// for good too). A file that failed is forgotten, so the next view asks again; one the host says
// is not there is an empty terms file (no term begins that way) and an error for any other.
import { CatalogLoadError, fetchJson } from '../catalog/fetch-catalog';
import type { PageSlice } from '../catalog/page-data';
import { idBucket, indexFiles, INDEX_VERSION, type FacetsFile, type IdsFile, type OrderFile, type OrderedSort, type TermsFile } from './index-files';

export type ArchiveIndexClient = {
  facets: () => Promise<FacetsFile>;
  /** Loaded terms files, by key, for the plan's files once `loadTerms` resolved. */
  loadTerms: (keys: readonly string[]) => Promise<(key: string) => TermsFile>;
  order: (sort: OrderedSort, language: string) => Promise<OrderFile>;
  /** The index of each of `ids` the archive has. */
  indicesOf: (ids: readonly string[]) => Promise<Map<string, number>>;
  /** The cards of these talks, in the same order. */
  cards: (indices: readonly number[]) => Promise<PageSlice[]>;
};

function remembered<T>(load: (name: string) => Promise<T>): (name: string) => Promise<T> {
  const files = new Map<string, Promise<T>>();
  return (name) => {
    let file = files.get(name);
    if (file === undefined) {
      file = load(name);
      files.set(name, file);
      file.catch(() => files.delete(name));
    }
    return file;
  };
}

const EMPTY_TERMS: TermsFile = {};

/** A client for the index under `baseUrl` (ends with "/"). */
export function archiveIndexClient(baseUrl: string): ArchiveIndexClient {
  const json = remembered((file) => fetchJson<unknown>(`${baseUrl}${file}`));
  const facets = async () => {
    const file = (await json(indexFiles.facets)) as FacetsFile;
    if (file.version !== INDEX_VERSION) throw new CatalogLoadError(`${baseUrl}${indexFiles.facets}: index version ${String(file.version)}`);
    return file;
  };
  const terms = remembered(async (key) => {
    try {
      return (await json(indexFiles.terms(key))) as TermsFile;
    } catch (error) {
      if (error instanceof CatalogLoadError && error.absent) return EMPTY_TERMS;
      throw error;
    }
  });
  // A card is merged into the store as it comes: one that is not a slice fails here, is not kept,
  // and is asked for again by the next view, rather than failing every later merge.
  const card = remembered(async (index) => {
    const url = `${baseUrl}${indexFiles.card(Number(index))}`;
    const slice = await fetchJson<Partial<PageSlice>>(url);
    if (!Array.isArray(slice.talks) || !Array.isArray(slice.positions) || !Array.isArray(slice.speakers)) {
      throw new CatalogLoadError(`${url}: not a talk's card`);
    }
    return slice as PageSlice;
  });
  const loaded = new Map<string, TermsFile>();
  return {
    facets,
    loadTerms: async (keys) => {
      const files = await Promise.all(keys.map(terms));
      keys.forEach((key, i) => loaded.set(key, files[i] ?? EMPTY_TERMS));
      return (key) => loaded.get(key) ?? EMPTY_TERMS;
    },
    order: async (sort, language) => (await json(indexFiles.order(sort, language))) as OrderFile,
    indicesOf: async (ids) => {
      const { idFiles } = await facets();
      const buckets = [...new Set(ids.map((id) => idBucket(id, idFiles)))];
      const files = (await Promise.all(buckets.map((bucket) => json(indexFiles.ids(bucket))))) as IdsFile[];
      const wanted = new Set(ids);
      return new Map(files.flat().filter(([id]) => wanted.has(id)));
    },
    cards: (indices) => Promise.all(indices.map((index) => card(String(index)))),
  };
}
