// The list's search. Its code (search-text.ts and what it uses: a quarter of the list's own) is
// not in the first page's JavaScript: most visits never search. app.tsx fetches it while the
// browser is idle; a search typed before that suspends only the list's deferred render, so the
// list on screen stays until the results can show.
import { use, useMemo } from 'react';
import type { TalkSearch } from './filter-talks';
import { useChineseVariants } from './use-chinese-variants';

type SearchModule = typeof import('./search-text');

let loading: Promise<SearchModule> | undefined;
let loaded: SearchModule | undefined;

/** The search code, loaded once; a failed load is forgotten, so the next search tries again. */
export function loadSearch(): Promise<SearchModule> {
  loading ??= import('./search-text').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error instanceof Error ? error : new Error(String(error));
    },
  );
  return loading;
}

/** The search for `q`: undefined for no search text; suspends while the code loads. */
export function useTalkSearch(q: string): TalkSearch | undefined {
  const searching = q.trim() !== '';
  const search = searching ? (loaded ?? use(loadSearch())) : undefined;
  const variants = useChineseVariants(search, search?.needsChineseVariants(q) ?? false);
  // One function per module and table, so the list's memoised results survive a re-render.
  return useMemo(() => search?.talkSearch(variants), [search, variants]);
}
