// The archive's list, answered from its index: for the view on screen, which talks match, how
// many, each filter's counts over all of them, and the cards of the first `count`, fetched. While
// the next answer is on its way the last one stays on screen, so a keystroke never blanks the list.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import type { PageSlice } from '../catalog/page-data';
import { useArchiveIndex } from '../catalog/catalog-store';
import type { Language } from '../i18n/messages';
import type { FacetCounts, ReaderMarks } from '../talks/filter-talks';
import type { ListScope } from '../talks/list-scope';
import type { TalkQuery } from '../talks/talk-query';
import { useAnswer, type AnswerStatus } from './use-answer';

type ViewModule = typeof import('./archive-view');

let viewModule: Promise<ViewModule> | undefined;

/** The view code, loaded once; a failed load is forgotten, so the next view tries again. */
export function loadArchiveView(): Promise<ViewModule> {
  viewModule ??= import('./archive-view').catch((error: unknown) => {
    viewModule = undefined;
    throw error instanceof Error ? error : new Error(String(error));
  });
  return viewModule;
}

export type ArchiveListView = {
  talks: Talk[];
  total: number;
  counts: FacetCounts;
};

export type ArchiveListState = {
  /** The latest view answered, which may be for an earlier query than the one asked now. */
  view: ArchiveListView | undefined;
  status: AnswerStatus;
  retry: () => void;
};

/** The view as the archive's index is asked it: an event's list is the archive with its event chosen. */
const inScope = (scope: ListScope, query: TalkQuery): TalkQuery => (scope.event === undefined ? query : { ...query, events: [scope.event.id] });

/** A view's talks: its first `count` indices, their cards fetched and merged into the store. */
async function answerView(
  indexUrl: string,
  merge: (slices: readonly PageSlice[]) => void,
  catalog: Catalog,
  scope: ListScope,
  query: TalkQuery,
  marks: ReaderMarks,
  language: Language,
  count: number,
): Promise<ArchiveListView> {
  const { archiveView, clientFor } = await loadArchiveView();
  const archive = clientFor(indexUrl);
  const { indices, counts } = await archiveView(archive, catalog, inScope(scope, query), marks, language);
  const slices = await archive.cards(indices.slice(0, count));
  merge(slices);
  return { talks: slices.flatMap((slice) => slice.talks), total: indices.length, counts };
}

/**
 * `key` names the view (its query string and language, and how many cards); a new key asks again.
 * Nothing is fetched while not `wanted`.
 */
export function useArchiveList(
  wanted: boolean,
  key: string,
  catalog: Catalog,
  scope: ListScope,
  query: TalkQuery,
  marks: ReaderMarks,
  language: Language,
  count: number,
): ArchiveListState {
  const { indexUrl, merge } = useArchiveIndex();
  const { latest, status, retry } = useAnswer(wanted && indexUrl !== undefined, `${scope.key} ${key}`, () =>
    answerView(indexUrl ?? '', merge, catalog, scope, query, marks, language, count),
  );
  return { view: latest?.value, status, retry };
}

export type Neighbours = { previous: Talk | undefined; next: Talk | undefined };

const NO_NEIGHBOURS: Neighbours = { previous: undefined, next: undefined };

/**
 * The talks before and after `talkId` in the archive's view the reader came from (a talk page's
 * previous and next), from the index: the view's order, then the two cards. None while on their
 * way, when the talk is not in the view, when they could not be fetched (the page still shows its
 * talk and its way back to the list), or when not `wanted`.
 */
export function useArchiveNeighbours(
  wanted: boolean,
  key: string,
  catalog: Catalog,
  scope: ListScope,
  query: TalkQuery,
  marks: ReaderMarks,
  language: Language,
  talkId: string,
): Neighbours {
  const { indexUrl, merge } = useArchiveIndex();
  const { latest, status } = useAnswer(wanted && indexUrl !== undefined, `${scope.key} ${key} ${talkId}`, async () => {
    const { archiveView, clientFor } = await loadArchiveView();
    const archive = clientFor(indexUrl ?? '');
    const [{ indices }, indexOf] = await Promise.all([archiveView(archive, catalog, inScope(scope, query), marks, language), archive.indicesOf([talkId])]);
    const at = indices.indexOf(indexOf.get(talkId) ?? -1);
    if (at < 0) return NO_NEIGHBOURS;
    const slices = await archive.cards([indices[at - 1] ?? -1, indices[at + 1] ?? -1].filter((index) => index >= 0));
    merge(slices);
    const talkOf = (index: number | undefined) => slices.find((slice) => slice.positions[0] === index)?.talks[0];
    return { previous: talkOf(indices[at - 1]), next: talkOf(indices[at + 1]) };
  });
  return status === 'loaded' && latest !== undefined ? latest.value : NO_NEIGHBOURS;
}
