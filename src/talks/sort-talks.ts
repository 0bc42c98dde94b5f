// Orders a filtered list. "list" is the list's own order, so it costs nothing; "newest" and
// "oldest" order by the event (its year, then its first day where known, then the catalog's
// order of events), keeping each event's talks in their listed order; the others compare the
// shown titles or names with a collator for the reader's language (pinyin for Chinese titles). Every sort is
// stable, so equal keys keep the list's order.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { findSpeaker, lookups } from '../catalog/catalog-lookups';
import { LEVELS } from '../catalog/levels';
import { LOCALE, type Language } from '../i18n/messages';
import type { Sort } from './talk-query';
import { talkTitle } from './talk-title';

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

/**
 * The title exactly as the card shows it (talk-title.ts), "Keynote:" and all. Skipping such a
 * prefix put "Keynote: Prometheus…" among the P's, where a reader scanning the shown titles in
 * order does not look for it; the kind filter is the way to group or drop keynotes.
 */
export function sortableTitle(talk: Talk, language: Language): string {
  return talkTitle(talk, language).text;
}

export function sortTalks(catalog: Catalog, talks: readonly Talk[], sort: Sort, language: Language): readonly Talk[] {
  // Both keep the order they are given: the list's, or best match first (filter-talks.ts).
  if (sort === 'list' || sort === 'relevance') return talks;
  const sorted = [...talks];
  if (sort === 'newest' || sort === 'oldest') {
    const { eventRank } = lookups(catalog);
    const rank = (talk: Talk) => eventRank.get(talk.event) ?? 0;
    const direction = sort === 'newest' ? -1 : 1;
    return sorted.sort((a, b) => direction * (rank(a) - rank(b)));
  }
  const compare = collator(language).compare;
  const byTitle = (a: Talk, b: Talk) => compare(sortableTitle(a, language), sortableTitle(b, language));
  const firstSpeaker = (talk: Talk) => {
    const first = talk.speakers[0];
    return first === undefined ? '\uffff' : (findSpeaker(catalog, first.id)?.name ?? '');
  };
  if (sort === 'title') sorted.sort(byTitle);
  if (sort === 'speaker') sorted.sort((a, b) => compare(firstSpeaker(a), firstSpeaker(b)) || byTitle(a, b));
  // Keynotes first (they had a "level" of their own once), then by level, unknown levels last.
  const levelRank = (talk: Talk) => (talk.kind === 'keynote' ? -1 : talk.level === undefined ? LEVELS.length : LEVELS.indexOf(talk.level));
  if (sort === 'level') sorted.sort((a, b) => levelRank(a) - levelRank(b));
  return sorted;
}
