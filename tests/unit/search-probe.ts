// Tiny catalogs for the search tests: each talk says only what the test gives it, so a test shows
// exactly which words a query finds and in which field. Built on the fixture's site and source.
import type { Catalog, Talk } from '../../src/catalog/catalog-schema';
import type { ChineseVariants } from '../../src/text/chinese-variants';
import { speakerIdOf } from '../../src/text/fold-text';
import { matchingTalks, searchTalks } from '../../src/talks/search-text';
import { freshCatalog } from './fixture-catalog';

export interface ProbeTalk {
  id: string;
  title?: string;
  titleZh?: string;
  speakers?: readonly (string | { name: string; affiliation: string })[];
  topics?: readonly string[];
  event?: string;
  summary?: string;
}

/** A catalog of these talks; an event's name is "2020" unless a talk names its own. */
export function tinyCatalog(talks: readonly ProbeTalk[]): Catalog {
  const base = freshCatalog();
  const source = base.sources[0]?.id ?? 'fixture-source';
  const speakers = new Map<string, string>();
  const topics = new Map<string, string>();
  const events = new Map<string, string>([['2020', 'event-0']]);
  const built: Talk[] = talks.map((probe) => {
    const eventName = probe.event ?? '2020';
    if (!events.has(eventName)) events.set(eventName, `event-${events.size}`);
    return {
      id: probe.id,
      event: events.get(eventName) ?? 'event-0',
      title: { en: probe.title ?? (probe.titleZh === undefined ? '0' : undefined), zh: probe.titleZh },
      speakers: (probe.speakers ?? []).map((speaker) => {
        const { name, affiliation } = typeof speaker === 'string' ? { name: speaker, affiliation: undefined } : speaker;
        speakers.set(speakerIdOf(name), name);
        return { id: speakerIdOf(name), affiliation };
      }),
      topics: (probe.topics ?? []).map((label) => {
        if (!topics.has(label)) topics.set(label, `topic-${topics.size}`);
        return topics.get(label) ?? '';
      }),
      summary: probe.summary === undefined ? undefined : { en: probe.summary },
      videos: [],
    };
  });
  return {
    ...base,
    events: [...events].map(([name, id]) => ({ id, name: { en: name }, year: 2020, source })),
    speakers: [...speakers].map(([id, name]) => ({ id, name })),
    topics: [...topics].map(([label, id]) => ({ id, kind: 'subject' as const, label: { en: label } })),
    talks: built,
    collections: [],
  };
}

/** The ids of the talks `query` finds, best first. */
export const ranked = (catalog: Catalog, query: string, variants?: ChineseVariants): string[] =>
  searchTalks(catalog, catalog.talks, query, variants).map((talk) => talk.id);

/** The ids of the talks `query` finds, in the catalog's order. */
export const matched = (catalog: Catalog, query: string, variants?: ChineseVariants): string[] =>
  matchingTalks(catalog, catalog.talks, query, variants).map((talk) => talk.id);

/** Whether a talk with this title (and nothing else) is found by `query`. */
export const titleFinds = (title: string, query: string, variants?: ChineseVariants): boolean =>
  matched(tinyCatalog([{ id: 'probe', title }]), query, variants).length === 1;
