// The catalog's view: the URL's query, except that the search box's text reaches the URL only when
// typing pauses, or when the reader leaves the box. Writing the address on every keystroke made the
// router re-render its tree, every link in it included, and cost a history update each time: about
// 6 ms a keystroke at 10,000 talks. The list itself follows every keystroke, from the draft here.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { serializeTalkQuery, type TalkQuery } from './talk-query';
import { useTalkQuery } from './use-talk-query';

/** How long typing must pause before the URL catches up. */
export const URL_WRITE_DELAY_MS = 300;

/** Text typed while the address was the history entry `over` (a location key). */
type Draft = { text: string; over: string };

export type CatalogQuery = {
  /** The view on screen: the URL's, with the search as typed. */
  query: TalkQuery;
  /**
   * The view as the URL has it, as a query string: what links to a talk carry, so the talk page
   * leads back to it. Unlike `query`, it does not change with every keystroke, so neither do the
   * links; leaving the search box writes the typed text to the URL, and them, before a click lands.
   */
  urlSearch: string;
  /** A change of filters or order: written to the URL at once, with the search as typed. */
  setQuery: (next: TalkQuery) => void;
  /** A keystroke in the search box. */
  setSearch: (text: string) => void;
  /** Writes typed text to the URL now, e.g. when the reader leaves the search box. */
  flushSearch: () => void;
};

export function useCatalogQuery(): CatalogQuery {
  const [urlQuery, setUrlQuery] = useTalkQuery();
  const { key } = useLocation();
  const [draft, setDraft] = useState<Draft | null>(null);
  // Any move of the address (back, forward, a link, this hook's own write) discards the draft, so
  // that coming back to this history entry later shows what its URL says. Reset during render,
  // React's way to adjust state to a prop change without an effect's extra render.
  if (draft !== null && draft.over !== key) setDraft(null);
  const pending = draft !== null && draft.over === key && draft.text !== urlQuery.q ? draft : null;
  // One object per distinct view, not per render: writing the typed text to the URL swaps the
  // draft for the URL's equal query, and a new object then would make the page redo the search and
  // the counts for nothing. Keyed by its JSON, which holds a TalkQuery exactly.
  const viewKey = JSON.stringify(pending === null ? urlQuery : { ...urlQuery, q: pending.text });
  const query = useMemo(() => JSON.parse(viewKey) as TalkQuery, [viewKey]);

  const flushSearch = useCallback(() => {
    if (pending !== null) setUrlQuery({ ...urlQuery, q: pending.text }, { typing: true });
  }, [pending, urlQuery, setUrlQuery]);

  useEffect(() => {
    if (pending === null) return;
    const id = setTimeout(flushSearch, URL_WRITE_DELAY_MS);
    return () => clearTimeout(id);
  }, [pending, flushSearch]);

  return {
    query,
    urlSearch: useMemo(() => serializeTalkQuery(urlQuery), [urlQuery]),
    setQuery: setUrlQuery,
    setSearch: useCallback((text: string) => setDraft({ text, over: key }), [key]),
    flushSearch,
  };
}
