import { useT } from '../i18n/use-i18n';
import { useReaderListStore } from './reader-list-store';
import { useHydrated } from '../components/use-hydrated';

export type ReaderListButtonsProps = { talkId: string; saved: boolean; watched: boolean };

/**
 * Toggle buttons: the name stays the same and aria-pressed carries the state, as screen readers expect.
 * The marks come from the caller, which already reads the reader's list, so forty cards do not
 * each subscribe to it; the actions never change, so a click reads them from the store directly.
 */
export function ReaderListButtons({ talkId, saved, watched }: ReaderListButtonsProps) {
  const t = useT();
  const hydrated = useHydrated();
  return (
    <div className="reader-buttons">
      <button type="button" className="toggle-button" aria-pressed={saved} disabled={!hydrated} onClick={() => useReaderListStore.getState().toggleSaved(talkId)}>
        <span aria-hidden="true">{saved ? '★' : '☆'}</span>
        {` ${t.saveForLater}`}
      </button>
      <button type="button" className="toggle-button" aria-pressed={watched} disabled={!hydrated} onClick={() => useReaderListStore.getState().toggleWatched(talkId)}>
        <span aria-hidden="true">{watched ? '✓' : '○'}</span>
        {` ${t.markWatched}`}
      </button>
    </div>
  );
}
