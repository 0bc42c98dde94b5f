import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCatalog } from '../catalog/catalog-store';
import { parseTalkQuery, serializeTalkQuery, type TalkQuery } from './talk-query';

type UpdateOptions = { typing?: boolean };

/** History state marks an entry made by typing, so further keystrokes replace it. */
type QueryHistoryState = { typing: true } | null;

/**
 * The view state, read from and written to the URL. A filter change pushes a history entry so
 * back undoes it; a run of keystrokes in the search box makes a single entry.
 */
export function useTalkQuery(): [TalkQuery, (next: TalkQuery, options?: UpdateOptions) => void] {
  const catalog = useCatalog();
  const location = useLocation();
  const navigate = useNavigate();
  const query = useMemo(() => parseTalkQuery(new URLSearchParams(location.search), catalog), [location.search, catalog]);
  const typingEntry = (location.state as QueryHistoryState)?.typing === true;

  const update = useCallback(
    (next: TalkQuery, { typing = false }: UpdateOptions = {}) => {
      const search = serializeTalkQuery(next);
      // Declarative-mode navigate() returns void; `void` keeps the lint rule for data-router promises happy.
      void navigate(
        { pathname: location.pathname, search },
        { replace: typing && typingEntry, state: typing ? { typing: true } : null },
      );
    },
    [navigate, location.pathname, typingEntry],
  );
  return [query, update];
}
