// What the end-to-end suites need to know about the data the app was built with: ids, titles,
// speakers. Read from the same files the build composes (scripts/catalog-files.ts), so a
// correction of the data does not leave the tests checking stale titles.
import { readFileSync } from 'node:fs';
import type { Catalog, Talk } from '../../src/catalog/catalog-schema';
import { lookups } from '../../src/catalog/catalog-lookups';
import { parseCatalogFiles } from '../../src/catalog/validate-catalog';
import { catalogFiles } from '../../scripts/catalog-files';

function readCatalog(): Catalog {
  const result = parseCatalogFiles(catalogFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') })));
  if (!result.ok) throw new Error(`the catalog the tests read is invalid:\n${result.problems.join('\n')}`);
  return result.catalog;
}

/** The whole composed catalog: the archive. */
export const archive = readCatalog();
const { talkById, speakerById, eventById, topicById } = lookups(archive);

type TalkFacts = { id: string; title: { en: string; zh?: string }; speakers: { id: string; name: string }[]; slides: Talk['slides'] };

const factsOf = (talk: Talk): TalkFacts => ({
  id: talk.id,
  title: { en: talk.title.en ?? talk.title.zh ?? '', ...(talk.title.zh === undefined ? {} : { zh: talk.title.zh }) },
  speakers: talk.speakers.map(({ id }) => ({ id, name: speakerById.get(id)?.name ?? id })),
  slides: talk.slides,
});

const collection = archive.collections[0];
if (collection === undefined) throw new Error('the end-to-end tests expect the catalog to have a front collection');
const frontTalks = collection.entries.flatMap((entry) => talkById.get(entry.talk) ?? []);
const frontEvent = eventById.get(frontTalks[0]?.event ?? '');
if (frontEvent === undefined) throw new Error('the front collection’s first talk has no event');

/** The front page: the collection, its talks in order, its event and subject topics. */
export const front = {
  title: collection.title,
  event: { id: frontEvent.id, name: { en: frontEvent.name.en ?? '', zh: frontEvent.name.zh } },
  talks: frontTalks.map(factsOf),
  topics: [...new Set(frontTalks.flatMap((talk) => talk.topics))].flatMap((id) => {
    const topic = topicById.get(id);
    return topic?.kind === 'subject' ? [{ id }] : [];
  }),
};

export const talkIds = front.talks.map((talk) => talk.id);
export const topicIds = front.topics.map((topic) => topic.id);
export const talkTitles = front.talks.map((talk) => talk.title.en);
export const speakers = [...new Map(front.talks.flatMap((talk) => talk.speakers.map((s) => [s.id, s.name] as const)))].map(([id, name]) => ({ id, name }));

export const TALK_COUNT = front.talks.length;
export const CATALOG_HEADING = collection.title.en;
export const NOT_FOUND_HEADING = 'Page not found';
export const SHARED_HEADING = 'A shared list of talks';

export const PREFERENCES_KEY = 'talk-catalog:preferences';
export const READER_LIST_KEY = 'talk-catalog:reader-list';

export function talkTitle(id: string): string {
  const talk = talkById.get(id);
  if (!talk) throw new Error(`no talk ${id} in the catalog`);
  return talk.title.en ?? talk.title.zh ?? '';
}

/** The stored preferences, in zustand persist's format, as the app writes them. */
export function preferencesValue(preferences: { language?: 'en' | 'zh' | null; theme?: 'system' | 'light' | 'dark' }): string {
  return JSON.stringify({ state: { language: null, videoSource: null, theme: 'system', ...preferences }, version: 1 });
}
