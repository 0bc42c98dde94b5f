// A speaker's page id is derived from their name ("Björn Rabenstein" → "bjorn-rabenstein"),
// so the dataset never stores it and it cannot drift from the name.
import type { Catalog, Speaker, Talk } from '../catalog/catalog-schema';

export function speakerId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export type SpeakerEntry = { id: string; speaker: Speaker; talks: Talk[] };

const cache = new WeakMap<Catalog, Map<string, SpeakerEntry>>();

/** Every speaker once, with their talks in the catalog's order. */
export function speakersOf(catalog: Catalog): Map<string, SpeakerEntry> {
  let found = cache.get(catalog);
  if (!found) {
    found = new Map();
    for (const talk of catalog.talks) {
      for (const speaker of talk.speakers) {
        const id = speakerId(speaker.name);
        const entry = found.get(id) ?? { id, speaker, talks: [] };
        entry.talks.push(talk);
        found.set(id, entry);
      }
    }
    cache.set(catalog, found);
  }
  return found;
}
