// What the last `npm run check-links` found for each URL. The file is validated against
// LinkStatusFileSchema at build time (vite.config.ts), so the browser trusts its shape.
import rawStatus from '@link-status';
import type { LinkCheck, LinkStatusFile } from './link-status-schema';

const statusFile = rawStatus as LinkStatusFile;

/** undefined: never checked, so nothing can be said about the link (link-check-note.tsx says when links were checked). */
export function linkCheck(url: string, file: LinkStatusFile = statusFile): LinkCheck | undefined {
  return Object.hasOwn(file.links, url) ? file.links[url] : undefined;
}

/** The Internet Archive's copy closest to the conference, for a link that no longer works. */
export function archiveUrl(url: string): string {
  return `https://web.archive.org/web/2017/${url}`;
}

/** When `npm run check-links` last ran; null if it never has. */
export function lastLinkCheck(file: LinkStatusFile = statusFile): string | null {
  return file.checkedAt;
}
