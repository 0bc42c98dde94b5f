import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCatalog } from '../catalog/catalog-store';
import type { ListScope } from './list-scope';
import { parseTalkQuery, serializeTalkQuery, type TalkQuery } from './talk-query';

type UpdateOptions = { typing?: boolean };

/** History state marks an entry made by typing, so further keystrokes replace it. */
type QueryHistoryState = { typing: true } | null;

/**
 * A list's view state, read from and written to the URL. A filter change pushes a history entry
 * so back undoes it; a run of keystrokes in the search box makes a single entry.
 */
export function useTalkQuery(scope: ListScope): [TalkQuery, (next: TalkQuery, options?: UpdateOptions) => void] {
  const catalog = useCatalog();
  const location = useLocation();
  const navigate = useNavigate();
  const { defaultSort, sorts, without } = scope;
  const query = useMemo(
    () => parseTalkQuery(new URLSearchParams(location.search), catalog, defaultSort, sorts, without),
    [location.search, catalog, defaultSort, sorts, without],
  );
  const typingEntry = (location.state as QueryHistoryState)?.typing === true;

  const update = useCallback(
    (next: TalkQuery, { typing = false }: UpdateOptions = {}) => {
      const search = serializeTalkQuery(next, defaultSort);
      // Declarative-mode navigate() returns void; `void` keeps the lint rule for data-router promises happy.
      void navigate(
        { pathname: location.pathname, search },
        { replace: typing && typingEntry, state: typing ? { typing: true } : null },
      );
    },
    [navigate, location.pathname, typingEntry, defaultSort],
  );
  return [query, update];
}
