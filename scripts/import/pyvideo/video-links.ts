// Recording and slides links from the archive, in the catalog's form.
//
// YouTube links come in many shapes (youtu.be/ID, /embed/ID, /v/ID, watch?feature=…&v=ID,
// m.youtube.com); the catalog keeps one, https://www.youtube.com/watch?v=ID, so the app can embed
// the player and find the same video across sources. Other hosts keep their URL, upgraded to
// https where the host is known to serve it (old archive entries say http://vimeo.com/…).
import * as v from 'valibot';
import { HttpUrlSchema, VideoSchema, type Video } from '../../../src/catalog/catalog-schema.ts';

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const YOUTUBE_ID = /^[\w-]{11}$/;
const YOUTUBE_PATH_ID = /^\/(?:embed|v|e|shorts|live)\/([\w-]{11})(?:[/?#]|$)/;

// Hosts that serve https (checked by hand); a subdomain counts ("ia800.us.archive.org").
const HTTPS_HOSTS = [
  'youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'vimeo.com',
  'bilibili.com',
  'b23.tv',
  'archive.org',
  'v.qq.com',
  'dailymotion.com',
  'media.ccc.de',
  'speakerdeck.com',
  'slideshare.net',
  'slides.com',
  'github.com',
  'github.io',
  'gitlab.com',
  'google.com',
  'dropbox.com',
  'readthedocs.io',
  'pycon.org',
  'python.org',
];

const isOnHost = (hostname: string, hosts: readonly string[]) => hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`));

export type LinkResult =
  | { ok: true; url: string; upgraded: boolean }
  | { ok: false; problem: string };

/** A web link: trimmed, absolute http(s), upgraded to https where that is known to work. */
export function webLink(raw: string): LinkResult {
  let text = raw.trim();
  if (text.startsWith('//')) text = `https:${text}`; // protocol-relative, as in embed codes
  if (!URL.canParse(text)) return { ok: false, problem: `"${shorten(text)}" is not a URL` };
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: `"${shorten(text)}" is not a web (http/https) link` };
  const upgraded = url.protocol === 'http:' && isOnHost(url.hostname, HTTPS_HOSTS);
  // Keep the link as written (URL's serialisation would re-encode it); only the scheme changes.
  const out = upgraded ? `https:${text.slice(text.indexOf(':') + 1)}` : text;
  const checked = v.safeParse(HttpUrlSchema, out);
  if (!checked.success) return { ok: false, problem: `"${shorten(text)}": ${checked.issues[0].message}` };
  return { ok: true, url: out, upgraded };
}

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

/** The 11-character video id of a YouTube link, or null if it has none (a channel, a playlist). */
export function youTubeVideoId(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  if (host === 'youtu.be' || host === 'www.youtu.be') {
    const id = url.pathname.slice(1).split('/')[0] ?? '';
    return YOUTUBE_ID.test(id) ? id : null;
  }
  if (!YOUTUBE_HOSTS.has(host)) return null;
  const fromQuery = url.searchParams.get('v');
  if (fromQuery !== null) return YOUTUBE_ID.test(fromQuery) ? fromQuery : null;
  const fromPath = YOUTUBE_PATH_ID.exec(url.pathname)?.[1];
  if (fromPath !== undefined) return fromPath;
  // Old share links: youtube.com/watch#!v=ID
  const fromHash = /[#&!]v=([\w-]{11})(?:&|$)/.exec(url.hash)?.[1];
  return fromHash ?? null;
}

export const isYouTubeHost = (hostname: string) => hostname === 'youtu.be' || hostname === 'www.youtu.be' || YOUTUBE_HOSTS.has(hostname);

export type VideoResult =
  /** `link`: the link as given (trimmed, https where upgraded), before a YouTube link is rebuilt. */
  | { ok: true; video: Video; link: string; upgraded: boolean; rewritten: boolean; note?: string }
  | { ok: false; problem: string };

/** A recording link → the catalog's video, with its host. */
export function videoOf(raw: string): VideoResult {
  const link = webLink(raw);
  if (!link.ok) return link;
  const url = new URL(link.url);
  const host = url.hostname.toLowerCase();
  let video: Video;
  let note: string | undefined;
  let rewritten = false;
  if (isYouTubeHost(host)) {
    const id = youTubeVideoId(url);
    if (id === null) {
      video = { host: 'other', url: link.url };
      note = `YouTube link "${shorten(link.url)}" names no video (11-character id); kept as a plain link`;
    } else {
      video = { host: 'youtube', url: `https://www.youtube.com/watch?v=${id}` };
      rewritten = video.url !== link.url;
    }
  } else if (isOnHost(host, ['vimeo.com'])) video = { host: 'vimeo', url: link.url };
  else if (isOnHost(host, ['bilibili.com', 'b23.tv'])) video = { host: 'bilibili', url: link.url };
  else if (host === 'v.qq.com' && /^https:\/\/v\.qq\.com\/x\/page\/[a-z0-9]+\.html$/.test(link.url)) video = { host: 'tencent', url: link.url };
  else video = { host: 'other', url: link.url };
  const checked = v.safeParse(VideoSchema, video);
  if (!checked.success) return { ok: false, problem: `"${shorten(link.url)}": ${checked.issues[0].message}` };
  const result = { ok: true as const, video, link: link.url, upgraded: link.upgraded, rewritten };
  return note === undefined ? result : { ...result, note };
}

// Related links that are slides: by their label, or by where they point.
const SLIDES_LABEL = /slide|deck|幻灯片|スライド/i;
const SLIDES_HOSTS = ['speakerdeck.com', 'slideshare.net', 'slides.com'];

export function looksLikeSlides(label: string | undefined, url: string): boolean {
  if (label !== undefined && SLIDES_LABEL.test(label)) return true;
  if (!URL.canParse(url.trim())) return false;
  const parsed = new URL(url.trim());
  if (isOnHost(parsed.hostname.toLowerCase(), SLIDES_HOSTS)) return true;
  return parsed.hostname === 'docs.google.com' && parsed.pathname.startsWith('/presentation/');
}
