// Orders a filtered list. The post's order is the catalog's own order, so it costs nothing;
// other orders compare precomputed keys with a collator for the reader's language (pinyin for
// Chinese titles), cached per talk so a keystroke never rebuilds them.
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
