// What an import did to the reader's list, for the words the list tools say after it.
import type { ReaderList } from './reader-list-format';

export type MergeSummary = { saved: number; watched: number; unknown: number | undefined };

/**
 * What merging `incoming` added (`before` → `after`), and how many distinct ids of it the catalog
 * does not hold. `isKnown` is a lookup (the catalog's id map), so this is one pass over the file's
 * ids, never a scan of the catalog per id. Without it (the app has only part of the catalog, and a
 * talk it lacks is not unknown) `unknown` is left undefined rather than guessed.
 */
export function mergeSummary(before: ReaderList, after: ReaderList, incoming: ReaderList, isKnown: ((id: string) => boolean) | undefined): MergeSummary {
  const distinct = new Set([...incoming.saved, ...incoming.watched]);
  let unknown = 0;
  if (isKnown !== undefined) for (const id of distinct) if (!isKnown(id)) unknown += 1;
  return {
    saved: after.saved.length - before.saved.length,
    watched: after.watched.length - before.watched.length,
    unknown: isKnown === undefined ? undefined : unknown,
  };
}
