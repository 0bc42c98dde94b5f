// The two link columns, read into the only URL shapes the catalog schema admits for embeddable
// hosts (catalog-schema.ts, VIDEO_URL_PATTERNS). What had to change, or could not be used, is
// returned as notes for the report.
import type { Video } from '../../../src/catalog/catalog-schema.ts';

export type LinkNote =
  | { rule: 'empty-youtube-id'; message: string }
  | { rule: 'unreadable-youtube-link'; message: string }
  | { rule: 'http-upgraded'; message: string }
  | { rule: 'wechat-link'; message: string }
  | { rule: 'unreadable-tencent-link'; message: string };

export type RowLinks = {
  videos: Video[];
  youtubeId: string | undefined;
  tencentId: string | undefined;
  notes: LinkNote[];
};

const YOUTUBE_ID = /^[\w-]{11}$/;
const TENCENT_PAGE = /^(https?):\/\/v\.qq\.com\/x\/page\/([a-z0-9]+)\.html$/i;
const WECHAT_ARTICLE = /^https?:\/\/mp\.weixin\.qq\.com\/s\/[\w-]+$/;

function readYouTube(url: string, notes: LinkNote[]): string | undefined {
  if (!URL.canParse(url)) {
    notes.push({ rule: 'unreadable-youtube-link', message: `YouTube link "${url}" is not a URL; the row has no YouTube video.` });
    return undefined;
  }
  const parsed = new URL(url);
  const id = parsed.searchParams.get('v') ?? '';
  if (/(^|\.)youtube\.com$/.test(parsed.hostname) && id === '') {
    notes.push({ rule: 'empty-youtube-id', message: 'YouTube link has an empty id (watch?v=); the row has no YouTube video.' });
    return undefined;
  }
  if (!/(^|\.)youtube\.com$/.test(parsed.hostname) || !YOUTUBE_ID.test(id)) {
    notes.push({ rule: 'unreadable-youtube-link', message: `YouTube link "${url}" has no 11-character video id; the row has no YouTube video.` });
    return undefined;
  }
  return id;
}

export function readRowLinks(youtubeUrl: string, tencentUrl: string): RowLinks {
  const notes: LinkNote[] = [];
  const videos: Video[] = [];
  const youtubeId = readYouTube(youtubeUrl, notes);
  if (youtubeId !== undefined) videos.push({ host: 'youtube', url: `https://www.youtube.com/watch?v=${youtubeId}` });

  let tencentId: string | undefined;
  const page = TENCENT_PAGE.exec(tencentUrl);
  if (page?.[2] !== undefined) {
    tencentId = page[2].toLowerCase();
    videos.push({ host: 'tencent', url: `https://v.qq.com/x/page/${tencentId}.html` });
    if (page[1]?.toLowerCase() === 'http') {
      notes.push({ rule: 'http-upgraded', message: 'Tencent Video link used http://; written as https:// (v.qq.com serves the same page).' });
    }
  } else if (WECHAT_ARTICLE.test(tencentUrl)) {
    // A WeChat article that carries the recording: a link, never a Tencent Video embed.
    videos.push({ host: 'wechat', url: tencentUrl.replace(/^http:/, 'https:') });
    notes.push({ rule: 'wechat-link', message: 'The Tencent column links a WeChat article (mp.weixin.qq.com), not Tencent Video; kept as host "wechat".' });
  } else {
    notes.push({ rule: 'unreadable-tencent-link', message: `Tencent column "${tencentUrl}" is neither a Tencent Video page nor a WeChat article; not used.` });
  }
  return { videos, youtubeId, tencentId, notes };
}
