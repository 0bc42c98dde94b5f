// Where a talk's recording can be watched, the reader's preferred mirror first.
import type { Talk, Video } from '../catalog/catalog-schema';
import type { VideoSource } from '../preferences/preferences-store';

/** The talk's videos, the reader's preferred host first, the rest in the data's order. */
export function videosInOrder(talk: Talk, preferred: VideoSource): Video[] {
  const first = talk.videos.filter((video) => video.host === preferred);
  return [...first, ...talk.videos.filter((video) => video.host !== preferred)];
}

/** The mirrors the reader can choose between on this talk (hosts the player can embed). */
export function embeddableSources(talk: Talk): VideoSource[] {
  return (['youtube', 'tencent'] as const).filter((host) => talk.videos.some((video) => video.host === host));
}
