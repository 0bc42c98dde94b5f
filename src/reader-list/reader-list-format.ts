// The reader list's shape in storage and in shared URLs. Everything here reads data that came
// from outside, so it keeps what is valid instead of trusting or rejecting the whole. No
// schema library here: this module is on every page, the export file format is not.
export type ReaderList = { saved: string[]; watched: string[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_IDS = 100_000;

export const isTalkId = (value: unknown): value is string => typeof value === 'string' && value.length <= 100 && ID.test(value);

/** Keeps the valid, distinct ids of a list, in order. */
function validIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter(isTalkId))].slice(0, MAX_IDS);
}

export function sanitizeReaderList(stored: unknown): ReaderList {
  const { saved, watched } = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return { saved: validIds(saved), watched: validIds(watched) };
}

/**
 * The most talks a shared link carries, and a shared page shows. One number for both, so what the
 * reader copies is what the other end sees. At the archive's ids (70 characters on average) this
 * is a link of about 35 KB, which browsers open.
 */
export const MAX_SHARED_IDS = 500;

/** The ids a share link carries for a list, and how many of the list it leaves out. */
export function sharedIdsOf(saved: readonly string[]): { ids: string[]; cut: number } {
  const ids = saved.slice(0, MAX_SHARED_IDS);
  return { ids, cut: saved.length - ids.length };
}

/**
 * A shared list travels in the URL as `?ids=a,b,c`; anything that is not an id is ignored. `total`
 * counts every distinct id the link holds, so a page can say how many beyond the limit it left out.
 */
export function parseSharedIds(param: string | null): { ids: string[]; total: number } {
  const all = validIds((param ?? '').split(','));
  return { ids: all.slice(0, MAX_SHARED_IDS), total: all.length };
}
