// The list in the frame right after its query changed. Working out the whole answer (every match,
// their number, the filters' counts) means judging every talk: several milliseconds at 10,000
// talks, before React has drawn a card. The frame after a keystroke needs much less: the first
// screenful of matches, or, when the change leaves the cards at the top in place (typing a letter
// that keeps them matching), those cards. The catalog page shows this preview and renders the
// whole answer once the frame is painted.
import type { Talk } from '../catalog/catalog-schema';
import { passesFilters, type ReaderMarks } from './filter-talks';
import { matchesTerms, searchTerms } from './search-text';
import type { TalkQuery } from './talk-query';

export type Preview = {
  /** The first matches, in the view's order. */
  readonly talks: readonly Talk[];
  /** Whether `talks` is every match, so that their number is known too. */
  readonly complete: boolean;
};

/**
 * Judges the talks of `ordered` (the whole catalog in the view's order) one by one, and stops as
 * soon as the first `atLeast` matches are known and the matches no longer follow `onScreen`, the
 * cards shown now. Returns the matches found, up to the longer of those two: the first screenful,
 * or every card that can stay where it is. For a query that most talks match, that is a handful of
 * talks judged instead of the catalog; a query that few match costs one pass, as a search would.
 */
export function previewMatches(
  ordered: readonly Talk[],
  query: TalkQuery,
  marks: ReaderMarks,
  onScreen: readonly Talk[],
  atLeast: number,
): Preview {
  const terms = searchTerms(query.q);
  const passes = passesFilters(query, marks);
  const found: Talk[] = [];
  // How many matches so far are the cards on screen, in the same places.
  let inPlace = 0;
  for (const talk of ordered) {
    if (!matchesTerms(talk, terms) || !passes(talk)) continue;
    if (inPlace === found.length && onScreen[inPlace] === talk) inPlace += 1;
    found.push(talk);
    const followsScreen = inPlace === found.length && inPlace < onScreen.length;
    if (found.length >= atLeast && !followsScreen) {
      return { talks: found.slice(0, Math.max(atLeast, inPlace)), complete: false };
    }
  }
  return { talks: found, complete: true };
}
