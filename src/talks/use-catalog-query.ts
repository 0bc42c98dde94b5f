// The catalog's view is the URL's query: every keystroke and every change of filters or order
// writes it (a run of keystrokes replaces one history entry, use-talk-query.ts).
import { useCallback, useMemo } from 'react';
import { serializeTalkQuery, withSearch, type TalkQuery } from './talk-query';
import type { ListScope } from './list-scope';
import { useTalkQuery } from './use-talk-query';

export type CatalogQuery = {
  /** The view on screen, as the URL has it. */
  query: TalkQuery;
  /** The same view as a query string: what links to a talk carry, so the talk page leads back to it. */
  urlSearch: string;
  /** A change of filters or order: a history entry of its own. */
  setQuery: (next: TalkQuery) => void;
  /** A keystroke in the search box. */
  setSearch: (text: string) => void;
};

export function useCatalogQuery(scope: ListScope): CatalogQuery {
  const [query, setUrlQuery] = useTalkQuery(scope);
  const sortByDefault = scope.defaultSort;
  const urlSearch = useMemo(() => serializeTalkQuery(query, sortByDefault), [query, sortByDefault]);
  return {
    query,
    urlSearch,
    setQuery: useCallback((view: TalkQuery) => setUrlQuery(view), [setUrlQuery]),
    setSearch: useCallback((text: string) => setUrlQuery(withSearch(query, text, sortByDefault), { typing: true }), [query, setUrlQuery, sortByDefault]),
  };
}
