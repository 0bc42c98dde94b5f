// Lookups derived from a catalog, built once per catalog object and never stored in state.
import type { Catalog, Talk, Topic } from './catalog-schema';

type Lookups = {
  talkById: Map<string, Talk>;
  positionById: Map<string, number>;
  topicById: Map<string, Topic>;
};

const cache = new WeakMap<Catalog, Lookups>();

export function lookups(catalog: Catalog): Lookups {
  let found = cache.get(catalog);
  if (!found) {
    found = {
      talkById: new Map(catalog.talks.map((talk) => [talk.id, talk])),
      positionById: new Map(catalog.talks.map((talk, i) => [talk.id, i])),
      topicById: new Map(catalog.topics.map((topic) => [topic.id, topic])),
    };
    cache.set(catalog, found);
  }
  return found;
}

export const findTalk = (catalog: Catalog, id: string): Talk | undefined => lookups(catalog).talkById.get(id);
export const findTopic = (catalog: Catalog, id: string): Topic | undefined => lookups(catalog).topicById.get(id);
export const hasSlides = (talk: Talk): boolean => talk.slides !== null;
