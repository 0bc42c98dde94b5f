// Talks named by id that the page does not have, e.g. someone's shared list: their cards are
// fetched through the archive's index (its id files say where each one is), not the whole catalog.
import { useEffect, useState } from 'react';
import { findTalk } from '../catalog/catalog-lookups';
import { useArchiveIndex, useCatalog } from '../catalog/catalog-store';
import { loadArchiveView } from './use-archive-list';

export type TalksByIdStatus = 'loading' | 'loaded' | 'failed';

/** Whether the talks of `ids` the archive has are in the store yet; ids it lacks are left out. */
export function useTalksById(ids: readonly string[], wanted: boolean): { status: TalksByIdStatus; retry: () => void } {
  const catalog = useCatalog();
  const { indexUrl, merge } = useArchiveIndex();
  const key = ids.join(' ');
  const [done, setDone] = useState<{ key: string; ok: boolean } | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const missing = ids.filter((id) => findTalk(catalog, id) === undefined);
  // Without an index the app has the whole catalog: what it lacks is not in the archive.
  const asking = wanted && indexUrl !== undefined && missing.length > 0 && done?.key !== key;
  useEffect(() => {
    if (!asking) return;
    let current = true;
    (async () => {
      const archive = (await loadArchiveView()).clientFor(indexUrl);
      const indexOf = await archive.indicesOf(missing);
      merge(await archive.cards([...indexOf.values()]));
    })().then(
      () => current && setDone({ key, ok: true }),
      (error: unknown) => {
        console.error(error);
        if (current) setDone({ key, ok: false });
      },
    );
    return () => {
      current = false;
    };
    // `key` stands for the ids; `missing` only shrinks as the cards arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asking, key, attempt, indexUrl, merge]);
  const failed = done?.key === key && !done.ok;
  return {
    status: failed ? 'failed' : asking ? 'loading' : 'loaded',
    retry: () => {
      setDone(undefined);
      setAttempt((n) => n + 1);
    },
  };
}
