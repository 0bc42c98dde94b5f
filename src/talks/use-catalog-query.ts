// The catalog's view: the URL's query, except that changes reach the URL a little after the screen.
// Writing the address makes the router re-render its tree, every link in it included, and costs a
// history update: about 6 ms at 10,000 talks. So the view follows a draft here at once, and the
// URL catches up when typing pauses (or the reader leaves the box), or, for a change of filters or
// order, as soon as the frame that shows it is painted.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { afterNextPaint } from '../scheduling/after-next-paint';
import { serializeTalkQuery, withSearch, type TalkQuery } from './talk-query';
import type { ListScope } from './list-scope';
import { useTalkQuery } from './use-talk-query';

/** How long typing must pause before the URL catches up. */
export const URL_WRITE_DELAY_MS = 300;

/**
 * A view not yet in the URL, chosen while the address was the history entry `over` (a location
 * key). `typing`: it came from the search box, and waits for a pause in typing.
 */
type Draft = { view: TalkQuery; over: string; typing: boolean };

export type CatalogQuery = {
  /** The view on screen: the URL's, with the search as typed. */
  query: TalkQuery;
  /**
   * The view as the URL has it, as a query string: what links to a talk carry, so the talk page
   * leads back to it. Unlike `query`, it does not change with every keystroke, so neither do the
   * links; leaving the search box writes the typed text to the URL, and them, before a click lands.
   */
  urlSearch: string;
  /** A change of filters or order: written to the URL once its frame is painted, with the search as typed. */
  setQuery: (next: TalkQuery) => void;
  /** A keystroke in the search box. */
  setSearch: (text: string) => void;
  /** Writes the view to the URL now, e.g. when the reader leaves the search box. */
  flushView: () => void;
};

export function useCatalogQuery(scope: ListScope): CatalogQuery {
  const [urlQuery, setUrlQuery] = useTalkQuery(scope);
  const sortByDefault = scope.defaultSort;
  const { key } = useLocation();
  const [draft, setDraft] = useState<Draft | null>(null);
  // Any move of the address (back, forward, a link, this hook's own write) discards the draft, so
  // that coming back to this history entry later shows what its URL says. Reset during render,
  // React's way to adjust state to a prop change without an effect's extra render.
  if (draft !== null && draft.over !== key) setDraft(null);
  const urlSearch = useMemo(() => serializeTalkQuery(urlQuery, sortByDefault), [urlQuery, sortByDefault]);
  const pending = draft !== null && draft.over === key && serializeTalkQuery(draft.view, sortByDefault) !== urlSearch ? draft : null;
  // One object per distinct view, not per render: writing the draft to the URL swaps it for the
  // URL's equal query, and a new object then would make the page redo the search and the counts
  // for nothing. Keyed by its JSON, which holds a TalkQuery exactly.
  const viewKey = JSON.stringify(pending === null ? urlQuery : pending.view);
  const query = useMemo(() => JSON.parse(viewKey) as TalkQuery, [viewKey]);

  const flushView = useCallback(() => {
    if (pending !== null) setUrlQuery(pending.view, { typing: pending.typing });
  }, [pending, setUrlQuery]);

  useEffect(() => {
    if (pending === null) return;
    if (pending.typing) {
      const id = setTimeout(flushView, URL_WRITE_DELAY_MS);
      return () => clearTimeout(id);
    }
    // A change of filters or order: as soon as the frame that shows it is painted.
    return afterNextPaint(flushView);
  }, [pending, flushView]);

  return {
    query,
    urlSearch,
    setQuery: useCallback(
      (view: TalkQuery) => {
        // A second change before the first reached the URL (quicker than a frame, so only a
        // script does it): both are written now, so each stays a step of its own in the history.
        if (pending !== null && !pending.typing) {
          setUrlQuery(pending.view);
          setUrlQuery(view);
        } else {
          setDraft({ view, over: key, typing: false });
        }
      },
      [pending, key, setUrlQuery],
    ),
    // Typed straight after a change of filters that is not in the URL yet, the text goes with that
    // change, as its own history entry, rather than folding it into a run of typing.
    setSearch: useCallback(
      (text: string) => setDraft({ view: withSearch(query, text, sortByDefault), over: key, typing: pending?.typing ?? true }),
      [query, key, pending, sortByDefault],
    ),
    flushView,
  };
}
