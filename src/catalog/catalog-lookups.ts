// Lookups derived from a catalog, built once per catalog object and never stored in state.
import type { Catalog, CatalogEvent, Collection, CollectionEntry, Speaker, Talk, Topic } from './catalog-schema';

type Lookups = {
  talkById: Map<string, Talk>;
  eventById: Map<string, CatalogEvent>;
  topicById: Map<string, Topic>;
  speakerById: Map<string, Speaker>;
  talksByEvent: Map<string, Talk[]>;
  talksBySpeaker: Map<string, Talk[]>;
  /** Each event's place in time: year, then first day where known, then the catalog's order. */
  eventRank: Map<string, number>;
  /** Each talk's entries in the collections that list it. */
  entriesByTalk: Map<string, { collection: Collection; entry: CollectionEntry; position: number }[]>;
};

const cache = new WeakMap<Catalog, Lookups>();

/** Events in time: year, then first day where known, then the order given. */
export function eventsInTime(events: readonly CatalogEvent[]): CatalogEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.year - b.event.year || (a.event.startDate ?? '').localeCompare(b.event.startDate ?? '') || a.index - b.index)
    .map(({ event }) => event);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export function lookups(catalog: Catalog): Lookups {
  let found = cache.get(catalog);
  if (!found) {
    const talksByEvent = new Map<string, Talk[]>();
    const talksBySpeaker = new Map<string, Talk[]>();
    for (const talk of catalog.talks) {
      push(talksByEvent, talk.event, talk);
      for (const speaker of talk.speakers) push(talksBySpeaker, speaker.id, talk);
    }
    const entriesByTalk: Lookups['entriesByTalk'] = new Map();
    for (const collection of catalog.collections) {
      collection.entries.forEach((entry, i) => push(entriesByTalk, entry.talk, { collection, entry, position: i + 1 }));
    }
    found = {
      eventRank: new Map(eventsInTime(catalog.events).map((event, rank) => [event.id, rank])),
      talkById: new Map(catalog.talks.map((talk) => [talk.id, talk])),
      eventById: new Map(catalog.events.map((event) => [event.id, event])),
      topicById: new Map(catalog.topics.map((topic) => [topic.id, topic])),
      speakerById: new Map(catalog.speakers.map((speaker) => [speaker.id, speaker])),
      talksByEvent,
      talksBySpeaker,
      entriesByTalk,
    };
    cache.set(catalog, found);
  }
  return found;
}

export const findTalk = (catalog: Catalog, id: string): Talk | undefined => lookups(catalog).talkById.get(id);
export const findTopic = (catalog: Catalog, id: string): Topic | undefined => lookups(catalog).topicById.get(id);
export const findEvent = (catalog: Catalog, id: string): CatalogEvent | undefined => lookups(catalog).eventById.get(id);
export const findSpeaker = (catalog: Catalog, id: string): Speaker | undefined => lookups(catalog).speakerById.get(id);

/** The collection `/` shows: the catalog's first, when it has one; otherwise `/` is the archive. */
export const frontCollection = (catalog: Catalog): Collection | undefined => catalog.collections[0];

/** Whether a talk has slides: its own, or a link a collection gave for it. */
export function talkHasSlides(catalog: Catalog, talk: Talk): boolean {
  if (talk.slides != null) return true;
  return (lookups(catalog).entriesByTalk.get(talk.id) ?? []).some(({ entry }) => entry.links?.slides !== undefined);
}
export const hasTencentMirror = (talk: Talk): boolean => talk.videos.some((video) => video.host === 'tencent');
/** The talk's event; the catalog's cross-checks guarantee it exists. */
export const eventOf = (catalog: Catalog, talk: Talk): CatalogEvent | undefined => findEvent(catalog, talk.event);
