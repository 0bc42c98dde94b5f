// Where a talk's recording can be watched, the reader's preferred mirror first.
import type { Talk, Video } from '../catalog/catalog-schema';
import type { VideoSource } from '../preferences/preferences-store';

/** The hosts the player can embed, in the order the source chooser offers them. */
const CHOOSER_ORDER: readonly VideoSource[] = ['youtube', 'tencent'];

/** The talk's videos, the reader's preferred host first, the rest in the data's order. */
export function videosInOrder(talk: Talk, preferred: VideoSource): Video[] {
  const first = talk.videos.filter((video) => video.host === preferred);
  return [...first, ...talk.videos.filter((video) => video.host !== preferred)];
}

/**
 * The talk's videos beside the source chooser: in the chooser's order, then the rest in the data's.
 * Not by preference: the reader's choice would move the link under their finger as they make it.
 */
export function videosInChooserOrder(talk: Talk): Video[] {
  const rank = (video: Video) => {
    const index = CHOOSER_ORDER.findIndex((host) => host === video.host);
    return index === -1 ? CHOOSER_ORDER.length : index;
  };
  // Array.prototype.sort is stable: videos of one rank keep the data's order.
  return [...talk.videos].sort((a, b) => rank(a) - rank(b));
}

/** The mirrors the reader can choose between on this talk (hosts the player can embed). */
export function embeddableSources(talk: Talk): VideoSource[] {
  return CHOOSER_ORDER.filter((host) => talk.videos.some((video) => video.host === host));
}
