// Several catalog files make one catalog: the imported archive first, our curated files on top.
// Later parts win, field by field, so a hand-verified talk keeps its facts and summaries over the
// imported row; a talk of a later part is the same talk as an earlier one when it has the same id
// or the same YouTube video, and then keeps the later part's id (so links to it keep working).
// Topics are the exception: a talk's topics are the union of every part's.
import type { Catalog, CatalogPart, Talk } from './catalog-schema.ts';
import { youTubeIdOf } from './video-ids.ts';

type WithId = { id: string };

/** Merges lists of things with ids: a later entry with a known id updates that entry in place. */
function mergeById<T extends WithId>(lists: readonly (readonly T[] | undefined)[]): T[] {
  const byId = new Map<string, T>();
  for (const entries of lists) {
    for (const entry of entries ?? []) byId.set(entry.id, { ...byId.get(entry.id), ...entry });
  }
  return [...byId.values()];
}

/** A talk's YouTube video id, by which the talks of different files are matched. */
export const youTubeKey = (talk: Talk): string | undefined => {
  const video = talk.videos.find((v) => v.host === 'youtube');
  return video === undefined ? undefined : (youTubeIdOf(video.url) ?? undefined);
};

function mergeTalks(lists: readonly (readonly Talk[] | undefined)[]): Talk[] {
  const merged: Talk[] = [];
  const indexById = new Map<string, number>();
  const indexByVideo = new Map<string, number>();
  for (const talks of lists) {
    // Only talks of earlier files are matched by video: two talks of one file that share a video
    // are a mistake for the checks to report (validate-catalog.ts), not one talk.
    const earlierVideos = new Map(indexByVideo);
    for (const talk of talks ?? []) {
      const video = youTubeKey(talk);
      const index = indexById.get(talk.id) ?? (video === undefined ? undefined : earlierVideos.get(video));
      const earlier = index === undefined ? undefined : merged[index];
      const next: Talk =
        earlier === undefined ? talk : { ...earlier, ...talk, topics: [...new Set([...earlier.topics, ...talk.topics])] };
      const at = index ?? merged.length;
      merged[at] = next;
      if (earlier !== undefined && earlier.id !== next.id) indexById.delete(earlier.id);
      indexById.set(next.id, at);
      const nextVideo = youTubeKey(next);
      if (nextVideo !== undefined) indexByVideo.set(nextVideo, at);
    }
  }
  return merged;
}

/** The parts as one catalog, not yet validated as a whole (validate-catalog.ts does that). */
export function composeCatalog(parts: readonly CatalogPart[]): Omit<Catalog, 'site'> & { site: Catalog['site'] | undefined } {
  return {
    site: parts.reduce<Catalog['site'] | undefined>((site, part) => part.site ?? site, undefined),
    sources: mergeById(parts.map((p) => p.sources)),
    events: mergeById(parts.map((p) => p.events)),
    topics: mergeById(parts.map((p) => p.topics)),
    speakers: mergeById(parts.map((p) => p.speakers)),
    talks: mergeTalks(parts.map((p) => p.talks)),
    collections: mergeById(parts.map((p) => p.collections)),
  };
}
