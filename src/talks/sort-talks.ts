// Orders a filtered list. The post's order is the catalog's own order, so it costs nothing; other
// orders compare titles or names with a collator for the reader's language (pinyin for Chinese
// titles). The whole catalog is sorted once per order and language (catalogInOrder), and a
// filtered list takes its order from that, so a keystroke never sorts: sorting 10,000 talks with a
// collator takes far longer than a frame.
import type { Talk } from '../catalog/catalog-schema';
import { LEVELS } from '../catalog/levels';
import { LOCALE, type Language } from '../i18n/messages';
import type { Sort } from './talk-query';

const collators = new Map<Language, Intl.Collator>();

function collator(language: Language): Intl.Collator {
  let found = collators.get(language);
  if (!found) {
    const locale = language === 'zh' ? 'zh-Hans-u-co-pinyin' : LOCALE.en;
    found = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(language, found);
  }
  return found;
}

function titleOf(talk: Talk, language: Language): string {
  // Sort on the words, not on a "Keynote:" prefix.
  const title = language === 'zh' ? (talk.title.zh ?? talk.title.en) : talk.title.en;
  return title.replace(/^(Keynote|主题演讲)\s*[:：]\s*/u, '');
}

const levelRank = (talk: Talk) => LEVELS.indexOf(talk.level);

export function sortTalks(talks: readonly Talk[], sort: Sort, language: Language): readonly Talk[] {
  if (sort === 'post') return talks;
  const compare = collator(language).compare;
  const byTitle = (a: Talk, b: Talk) => compare(titleOf(a, language), titleOf(b, language));
  const sorted = [...talks];
  if (sort === 'title') sorted.sort(byTitle);
  if (sort === 'speaker') sorted.sort((a, b) => compare(a.speakers[0]?.name ?? '', b.speakers[0]?.name ?? '') || byTitle(a, b));
  // Array.prototype.sort is stable, so talks of one level keep the post's order.
  if (sort === 'level') sorted.sort((a, b) => levelRank(a) - levelRank(b));
  return sorted;
}

// Sorted catalogs by talk list, then by order and language.
const sortedCatalogs = new WeakMap<readonly Talk[], Map<string, readonly Talk[]>>();

/** Every talk of the catalog in the given order, sorted once and kept. */
export function catalogInOrder(talks: readonly Talk[], sort: Sort, language: Language): readonly Talk[] {
  let byOrder = sortedCatalogs.get(talks);
  if (byOrder === undefined) {
    byOrder = new Map();
    sortedCatalogs.set(talks, byOrder);
  }
  const key = `${sort} ${language}`;
  let sorted = byOrder.get(key);
  if (sorted === undefined) {
    sorted = sortTalks(talks, sort, language);
    byOrder.set(key, sorted);
  }
  return sorted;
}

/**
 * `matching`, a part of `talks` in the catalog's order, put in the given order. The same as
 * sortTalks(matching, …) because the sort is stable, at the cost of a filter instead of a sort.
 */
export function orderMatches(matching: readonly Talk[], talks: readonly Talk[], sort: Sort, language: Language): readonly Talk[] {
  if (sort === 'post') return matching;
  const sorted = catalogInOrder(talks, sort, language);
  if (matching.length === talks.length) return sorted;
  const kept = new Set(matching);
  return sorted.filter((talk) => kept.has(talk));
}
