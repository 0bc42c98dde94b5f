// What the bench types into the archive's search box: real words from the catalog's titles,
// typed, refined with a second word, then deleted, as a reader looking for something does. Words
// are counted over the first 1,000 talks, which every bench size shares (a synthetic catalog's
// talks are a prefix of a larger one's with the same seed), so every size gets the same
// keystrokes and results compare. A real catalog (the post, the CNCF archive, a pyvideo import)
// gets its own commonest words; the floor page is typed the same keys as the app at each size, so
// every ratio still compares like with like.
import type { Catalog } from '../../src/catalog/catalog-schema';

export interface TypingPlan {
  /** Playwright key names, one keystroke each. */
  readonly keys: readonly string[];
  /** The commonest title word: a search that still matches a large share of the talks. */
  readonly broadTerm: string;
}

/** Talks that every bench size with one seed has in common (the synthetic catalogs are prefixes). */
export const SHARED_PREFIX = 1000;
const MIN_WORD_LENGTH = 5;
const WORDS_USED = 4;
// Long, common words that say nothing about a talk; nobody searches for them.
const STOPWORDS = new Set(['about', 'after', 'their', 'there', 'these', 'those', 'which', 'while', 'without']);

/**
 * Title words by the number of talks whose English title has them, most common first. A talk
 * with only a Chinese title adds none: the plan types Latin letters, one key each.
 */
function commonTitleWords(catalog: Catalog): string[] {
  const talksWith = new Map<string, number>();
  for (const talk of catalog.talks.slice(0, SHARED_PREFIX)) {
    const words = new Set(talk.title.en?.toLowerCase().match(/[a-z]+/g) ?? []);
    for (const word of words) {
      if (word.length >= MIN_WORD_LENGTH && !STOPWORDS.has(word)) talksWith.set(word, (talksWith.get(word) ?? 0) + 1);
    }
  }
  return [...talksWith].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([word]) => word);
}

export function typingPlan(catalog: Catalog, minKeys: number): TypingPlan {
  const words = commonTitleWords(catalog).slice(0, WORDS_USED);
  const [broadTerm] = words;
  if (broadTerm === undefined) throw new Error('the catalog has no title words to search for');
  const keys: string[] = [];
  for (let i = 0; keys.length < minKeys; i += 1) {
    const word = words[i % words.length] ?? broadTerm;
    const refinement = words[(i + 1) % words.length] ?? broadTerm;
    const deletes = (count: number) => Array.from({ length: count }, () => 'Backspace');
    // Words are [a-z]+ (see commonTitleWords), so one character is one key.
    keys.push(...Array.from(word), 'Space', ...Array.from(refinement));
    keys.push(...deletes(refinement.length + 1), ...deletes(word.length));
  }
  return { keys, broadTerm };
}
