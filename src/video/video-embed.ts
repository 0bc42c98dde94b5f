// How to embed a talk's recording: the players the talk page loads when the reader presses play.
// The dataset's URLs are already validated to these shapes; the ids are re-extracted defensively
// and an embed is only offered when an id is found. Apart from video-sources.ts, which the catalog
// page needs for its links, so that this loads with the talk page.
import type { Talk } from '../catalog/catalog-schema';
import type { VideoSource } from '../preferences/preferences-store';

export function youTubeId(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const id = new URL(url).searchParams.get('v');
  return id !== null && /^[\w-]{11}$/.test(id) ? id : null;
}

export function tencentId(url: string): string | null {
  return /^https:\/\/v\.qq\.com\/x\/page\/([a-z0-9]+)\.html$/.exec(url)?.[1] ?? null;
}

/** Privacy-enhanced YouTube (no cookies until play) and Tencent's own iframe player. */
export function embedUrl(talk: Talk, source: VideoSource): string | null {
  if (source === 'youtube') {
    const id = talk.video.youtube === undefined ? null : youTubeId(talk.video.youtube);
    return id === null ? null : `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`;
  }
  const id = talk.video.tencent === undefined ? null : tencentId(talk.video.tencent);
  return id === null ? null : `https://v.qq.com/txp/iframe/player.html?vid=${id}&autoplay=1`;
}
