// Where a talk's recording can be watched, the reader's preferred host first.
import type { Talk } from '../catalog/catalog-schema';
import type { VideoSource } from '../preferences/preferences-store';

export function watchUrl(talk: Talk, source: VideoSource): string | undefined {
  return source === 'youtube' ? talk.video.youtube : talk.video.tencent;
}

/** The sources this talk has, the reader's preferred one first. */
export function availableSources(talk: Talk, preferred: VideoSource): VideoSource[] {
  const order: VideoSource[] = preferred === 'tencent' ? ['tencent', 'youtube'] : ['youtube', 'tencent'];
  return order.filter((source) => watchUrl(talk, source) !== undefined);
}
