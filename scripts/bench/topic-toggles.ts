// Which topic checkboxes the bench turns on and off on the archive page. The archive's filter
// panel has a group for projects and one for subjects, and shows each group's most common
// options first, hiding the rest behind "show all" (src/talks/filter-options.ts orders them,
// src/talks/filter-panel.tsx cuts the list). The bench toggles only options shown at first, as a
// reader would, and the same ones at every size, so the sizes' toggle figures compare.
import type { Catalog, Talk, Topic } from '../../src/catalog/catalog-schema';
import { SHARED_PREFIX } from './typing-plan';

/** filter-panel.tsx's SHORT_LIST: the options a group shows before "show all". */
const SHOWN_PER_GROUP = 10;
/** The commonest few of each group: 12 topics, each turned on and off, are the 24 toggles. */
const TOGGLED_PER_GROUP = 6;

/** What a checkbox's accessible name starts with in the English interface. */
export function topicName(topic: Topic): string {
  return topic.label.en ?? topic.label.zh ?? topic.id;
}

/**
 * The `count` topics of each kind with the most talks, ties in the catalog's order, as
 * filter-options.ts sorts a group's options.
 */
function commonest(catalog: Catalog, talks: readonly Talk[], count: number): Set<string> {
  const talksWith = new Map<string, number>();
  for (const talk of talks) {
    for (const id of new Set(talk.topics)) talksWith.set(id, (talksWith.get(id) ?? 0) + 1);
  }
  const order = new Map(catalog.topics.map((topic, i) => [topic.id, i]));
  const ids = new Set<string>();
  for (const kind of ['project', 'subject'] as const) {
    catalog.topics
      .filter((topic) => topic.kind === kind && (talksWith.get(topic.id) ?? 0) > 0)
      .sort((a, b) => (talksWith.get(b.id) ?? 0) - (talksWith.get(a.id) ?? 0) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .slice(0, count)
      .forEach((topic) => ids.add(topic.id));
  }
  return ids;
}

/**
 * The topics to toggle, in the catalog's order: the commonest of each group over the talks all
 * sizes share, of those the archive shows without "show all" at this size (which, with the
 * synthetic catalogs' topic weights, is all of them).
 */
export function toggledTopics(catalog: Catalog): Topic[] {
  const preferred = commonest(catalog, catalog.talks.slice(0, SHARED_PREFIX), TOGGLED_PER_GROUP);
  const shown = commonest(catalog, catalog.talks, SHOWN_PER_GROUP);
  return catalog.topics.filter((topic) => preferred.has(topic.id) && shown.has(topic.id));
}
