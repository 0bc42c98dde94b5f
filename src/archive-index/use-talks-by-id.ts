// Talks named by id that the page does not have, e.g. someone's shared list: their cards are
// fetched through the archive's index (its id files say where each one is), not the whole catalog.
import { findTalk } from '../catalog/catalog-lookups';
import { useArchiveIndex, useCatalog } from '../catalog/catalog-store';
import { useAnswer } from './use-answer';
import { loadArchiveView } from './use-archive-list';

export type TalksByIdStatus = 'loading' | 'loaded' | 'failed';

/** Whether the talks of `ids` the archive has are in the store yet; ids it lacks are left out. */
export function useTalksById(ids: readonly string[], wanted: boolean): { status: TalksByIdStatus; retry: () => void } {
  const catalog = useCatalog();
  const { indexUrl, merge } = useArchiveIndex();
  const missing = ids.filter((id) => findTalk(catalog, id) === undefined);
  // Without an index the app has the whole catalog: what it lacks is not in the archive. Asked
  // once per list of ids: `missing` shrinks as the cards arrive, and ids the archive lacks stay.
  const { status, retry } = useAnswer(wanted && indexUrl !== undefined && missing.length > 0, ids.join(' '), async () => {
    const archive = (await loadArchiveView()).clientFor(indexUrl ?? '');
    const indexOf = await archive.indicesOf(missing);
    merge(await archive.cards([...indexOf.values()]));
  });
  return { status: status === 'idle' ? 'loaded' : status, retry };
}
