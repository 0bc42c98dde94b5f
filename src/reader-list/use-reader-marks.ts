import { useMemo } from 'react';
import type { ReaderMarks } from '../talks/filter-talks';
import { useReaderListStore } from './reader-list-store';

/** The reader's list as sets, rebuilt only when the list itself changes. */
export function useReaderMarks(): ReaderMarks {
  const saved = useReaderListStore((state) => state.saved);
  const watched = useReaderListStore((state) => state.watched);
  return useMemo(() => ({ saved: new Set(saved), watched: new Set(watched) }), [saved, watched]);
}

/** One talk's marks as a card's `saved` and `watched` props: booleans, so a memoised card re-renders only when its own marks change. */
export const marksOf = (marks: ReaderMarks, id: string): { saved: boolean; watched: boolean } => ({
  saved: marks.saved.has(id),
  watched: marks.watched.has(id),
});
