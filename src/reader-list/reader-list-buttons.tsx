import { useT } from '../i18n/use-i18n';
import { useIsSaved, useIsWatched, useReaderListStore } from './reader-list-store';

export type ReaderListButtonsProps = { talkId: string };

/** Toggle buttons: the name stays the same and aria-pressed carries the state, as screen readers expect. */
export function ReaderListButtons({ talkId }: ReaderListButtonsProps) {
  const t = useT();
  const saved = useIsSaved(talkId);
  const watched = useIsWatched(talkId);
  const toggleSaved = useReaderListStore((state) => state.toggleSaved);
  const toggleWatched = useReaderListStore((state) => state.toggleWatched);
  return (
    <div className="reader-buttons">
      <button type="button" className="toggle-button" aria-pressed={saved} onClick={() => toggleSaved(talkId)}>
        <span aria-hidden="true">{saved ? '★' : '☆'}</span> {t.saveForLater}
      </button>
      <button type="button" className="toggle-button" aria-pressed={watched} onClick={() => toggleWatched(talkId)}>
        <span aria-hidden="true">{watched ? '✓' : '○'}</span> {t.markWatched}
      </button>
    </div>
  );
}
