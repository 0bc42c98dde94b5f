// How to embed a talk's recording: the players the talk page loads when the reader presses play.
// Only YouTube and Tencent Video, the hosts the Content Security Policy allows; the dataset's URLs
// are validated to their shapes and the ids are re-extracted defensively.
import type { Talk } from '../catalog/catalog-schema';
import { tencentIdOf, youTubeIdOf } from '../catalog/video-ids';
import type { VideoSource } from '../preferences/preferences-store';

/** Privacy-enhanced YouTube (no cookies until play) and Tencent's own iframe player. */
export function embedUrl(talk: Talk, source: VideoSource): string | null {
  const video = talk.videos.find((v) => v.host === source);
  if (video === undefined) return null;
  if (source === 'youtube') {
    const id = youTubeIdOf(video.url);
    return id === null ? null : `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`;
  }
  const id = tencentIdOf(video.url);
  return id === null ? null : `https://v.qq.com/txp/iframe/player.html?vid=${id}&autoplay=1`;
}
