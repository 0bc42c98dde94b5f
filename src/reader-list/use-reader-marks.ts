import { useMemo } from 'react';
import type { ReaderMarks } from '../talks/filter-talks';
import { useReaderListStore } from './reader-list-store';

/** The reader's list as sets, rebuilt only when the list itself changes. */
export function useReaderMarks(): ReaderMarks {
  const saved = useReaderListStore((state) => state.saved);
  const watched = useReaderListStore((state) => state.watched);
  return useMemo(() => ({ saved: new Set(saved), watched: new Set(watched) }), [saved, watched]);
}
