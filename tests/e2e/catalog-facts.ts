// What the end-to-end suites need to know about the dataset the app was built with: ids, titles,
// speakers. Read from data/talks.json (the build refuses an invalid one), so a catalog edit does
// not leave the tests checking stale titles.
import { readFileSync } from 'node:fs';
import { speakerId } from '../../src/speakers/speaker-id';

type Bilingual = { en: string; zh?: string };
type TalkFacts = { id: string; title: Bilingual; speakers: { name: string }[]; slides: unknown };
type CatalogFacts = { event: { name: Bilingual }; topics: { id: string }[]; talks: TalkFacts[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readCatalog(): CatalogFacts {
  const data: unknown = JSON.parse(readFileSync(new URL('../../data/talks.json', import.meta.url), 'utf8'));
  if (!isRecord(data) || !isRecord(data.event) || !Array.isArray(data.talks) || !Array.isArray(data.topics)) {
    throw new Error('data/talks.json does not have the shape the tests expect');
  }
  return data as CatalogFacts;
}

export const catalog = readCatalog();
export const talkIds = catalog.talks.map((talk) => talk.id);
export const topicIds = catalog.topics.map((topic) => topic.id);
export const talkTitles = catalog.talks.map((talk) => talk.title.en);
export const speakers = [...new Map(catalog.talks.flatMap((talk) => talk.speakers.map((s) => [speakerId(s.name), s.name] as const)))].map(
  ([id, name]) => ({ id, name }),
);

export const TALK_COUNT = catalog.talks.length;
export const CATALOG_HEADING = `Prometheus talks · ${catalog.event.name.en}`;
export const NOT_FOUND_HEADING = 'Page not found';
export const SHARED_HEADING = 'A shared list of talks';

export const PREFERENCES_KEY = 'talk-catalog:preferences';
export const READER_LIST_KEY = 'talk-catalog:reader-list';

export function talkTitle(id: string): string {
  const talk = catalog.talks.find((candidate) => candidate.id === id);
  if (!talk) throw new Error(`no talk ${id} in data/talks.json`);
  return talk.title.en;
}

/** The stored preferences, in zustand persist's format, as the app writes them. */
export function preferencesValue(preferences: { language?: 'en' | 'zh' | null; theme?: 'system' | 'light' | 'dark' }): string {
  return JSON.stringify({ state: { language: null, videoSource: null, theme: 'system', ...preferences }, version: 1 });
}
