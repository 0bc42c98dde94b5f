// The reader's own list: talks saved for later and talks watched. Ids, not talk objects, so the
// list survives catalog edits; arrays, not Sets, because they are persisted as JSON.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeJsonStorage } from '../storage/safe-storage';
import { sanitizeReaderList, type ReaderList } from './reader-list-format';

type ReaderListState = ReaderList & {
  toggleSaved: (id: string) => void;
  toggleWatched: (id: string) => void;
  /** Adds every entry of another list to this one; nothing already here is removed. */
  merge: (other: ReaderList) => void;
};

export const READER_LIST_KEY = 'talk-catalog:reader-list';
export const READER_LIST_VERSION = 2;

const toggled = (ids: readonly string[], id: string): string[] =>
  ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

export const useReaderListStore = create<ReaderListState>()(
  persist(
    (set) => ({
      saved: [],
      watched: [],
      toggleSaved: (id) => set((state) => ({ saved: toggled(state.saved, id) })),
      toggleWatched: (id) => set((state) => ({ watched: toggled(state.watched, id) })),
      merge: (other) => set((state) => ({ saved: union(state.saved, other.saved), watched: union(state.watched, other.watched) })),
    }),
    {
      name: READER_LIST_KEY,
      version: READER_LIST_VERSION,
      storage: safeJsonStorage<ReaderList>(READER_LIST_VERSION),
      partialize: ({ saved, watched }) => ({ saved, watched }),
      migrate: (stored, version) => migrateReaderList(stored, version),
      // Nothing stored: keep the initial state as it is. New (empty) arrays would differ from what
      // the page was prerendered with, and React would re-render every card after hydrating.
      merge: (stored, current) => (stored === undefined ? current : { ...current, ...sanitizeReaderList(stored) }),
    },
  ),
);

/**
 * Version 1 kept `{ later: { [id]: true }, seen: { [id]: true } }`; version 2 keeps ordered arrays.
 * Anything unrecognised is sanitised, keeping every valid id rather than discarding the list.
 */
export function migrateReaderList(stored: unknown, version: number): ReaderList {
  if (version < 2 && typeof stored === 'object' && stored !== null) {
    const { later, seen } = stored as { later?: unknown; seen?: unknown };
    const keysOf = (value: unknown) =>
      typeof value === 'object' && value !== null
        ? Object.entries(value)
            .filter(([, flag]) => flag === true)
            .map(([id]) => id)
        : [];
    return sanitizeReaderList({ saved: keysOf(later), watched: keysOf(seen) });
  }
  return sanitizeReaderList(stored);
}

export const useIsSaved = (id: string): boolean => useReaderListStore((state) => state.saved.includes(id));
export const useIsWatched = (id: string): boolean => useReaderListStore((state) => state.watched.includes(id));
