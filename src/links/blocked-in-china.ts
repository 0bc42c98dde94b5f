// Hosts that mainland China's firewall blocks and that a talk's video or slides links point to,
// so a link there can say it will not load for a reader in mainland China. Kept short on purpose:
// only hosts plausible in the catalog's video and slides links. Not listed because they load:
// Tencent Video (v.qq.com), WeChat (mp.weixin.qq.com), Bilibili, and GitHub Pages (github.io),
// which is generally reachable. Hong Kong, Macau and Taiwan are not behind this firewall.

/** Registrable hosts: the host itself and each of its subdomains match, nothing else. */
export const BLOCKED_IN_MAINLAND_CHINA = [
  'youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'vimeo.com',
  'slideshare.net',
  'speakerdeck.com',
  'docs.google.com',
  'drive.google.com',
  'dropbox.com',
  'twitter.com',
  'x.com',
  'facebook.com',
  'fb.watch',
] as const;

/**
 * Whether the URL's host is a blocked host or a subdomain of one ("m.youtube.com" is YouTube;
 * "notyoutube.com" and "youtube.com.example.org" are not). A URL that does not parse is not.
 */
export function isBlockedInMainlandChina(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return BLOCKED_IN_MAINLAND_CHINA.some((blocked) => host === blocked || host.endsWith(`.${blocked}`));
}
