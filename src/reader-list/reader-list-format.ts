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

/** A shared list travels in the URL as `?ids=a,b,c`; anything that is not an id is ignored. */
export function parseSharedIds(param: string | null): string[] {
  return validIds((param ?? '').split(',').slice(0, 500));
}
