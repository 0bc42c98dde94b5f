// What the archive's search index holds of a talk, and how a query word finds it there. The texts
// and their order are the in-memory search's (search-haystack.ts), folded the same way and, at
// build time, to Simplified Chinese. So the index and the search of a short list agree on what a
// word is (search-words.ts) and on how a field scores (search-score.ts).
//
// - A word of a spaced script is a term; a query word finds every term it begins ("orm" → "orm",
//   "orms"), the term itself scoring a point more.
// - A CJK run is cut into its four-character pieces from every position (and the shorter ones at
//   its end): "普罗米修斯" → "普罗米修", "罗米修斯", "米修斯", "修斯", "斯". A query run of up to four
//   characters is then the start of a piece exactly where it is a substring of the run; a longer
//   one needs each of its four-character pieces, which almost always means the run itself.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import type { ChineseVariants } from '../text/chinese-variants';
import { foldText } from '../text/fold-text';
import { isCjkRun, searchWords } from '../text/search-words';
import { fieldTexts } from '../talks/search-haystack';

/** Characters of a CJK piece; a longer query run is matched piece by piece. */
export const CJK_PIECE = 4;

/** The pieces of a CJK run that the index holds. */
export function cjkPieces(run: string): string[] {
  const chars = Array.from(run);
  return chars.map((_, at) => chars.slice(at, at + CJK_PIECE).join(''));
}

/** The terms one piece of text gives: a word as it is, a CJK run as its pieces. */
const termsOfWord = (word: string): string[] => (isCjkRun(word) ? cjkPieces(word) : [word]);

/**
 * The talk's terms, each with the first field it is in (an index of SEARCH_FIELDS, best first).
 * `variants` folds Chinese to Simplified, as the query is folded.
 */
export function talkTerms(catalog: Catalog, talk: Talk, variants?: ChineseVariants): Map<string, number> {
  const terms = new Map<string, number>();
  fieldTexts(catalog, talk).forEach((texts, field) => {
    const folded = foldText(texts.filter((text) => text !== undefined).join('\n'));
    for (const word of searchWords(variants?.toSimplified(folded) ?? folded)) {
      for (const term of termsOfWord(word)) if (!terms.has(term)) terms.set(term, field);
    }
  });
  return terms;
}

/**
 * What the index is asked for one word of a query: the terms that begin with `prefix`. A term
 * scores a point more when it is the whole word, and a CJK run always does, as it is never "only
 * the start" of a word (search-score.ts). A CJK run longer than a piece asks for each of its
 * pieces, all of which must be there.
 */
export type TermQuery = { prefix: string; cjk: boolean };

export function termQueries(word: string): TermQuery[] {
  if (!isCjkRun(word)) return [{ prefix: word, cjk: false }];
  const chars = Array.from(word);
  if (chars.length <= CJK_PIECE) return [{ prefix: word, cjk: true }];
  return chars.slice(0, chars.length - CJK_PIECE + 1).map((_, at) => ({ prefix: chars.slice(at, at + CJK_PIECE).join(''), cjk: true }));
}

/** Whether a term found for `query` is the whole word. */
export const isWholeTerm = (term: string, query: TermQuery): boolean => query.cjk || term === query.prefix;
