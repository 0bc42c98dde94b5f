// The four pages the bench weighs and the audit scores, picked from the build itself so they
// exist at every size and for any catalog: the front page, the archive, the first talk the
// archive lists (what its first screen links to), and the event whose page is the heaviest (the
// target is for *any* page, so the worst event is the one to weigh; it is also the one a reader
// of a big conference lands on). Paths are relative to the build's base, as the static server
// serves it ("talks/x", not "/talks/x").
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { paths } from '../../src/paths';
import { detectBase } from './static-server';

export const PAGE_KINDS = ['home', 'talk', 'event', 'archive'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export type BenchPages = Readonly<Record<PageKind, string>>;

const relative = (appPath: string) => appPath.replace(/^\//, '');

/** The first talk an archive page's list links to, e.g. "sidecars-621" from `href="/talks/sidecars-621?from=archive"`. */
export function firstListedTalk(archiveHtml: string, base: string): string | undefined {
  const list = archiveHtml.indexOf('class="talk-list"');
  if (list === -1) return undefined;
  const escaped = `${base}talks/`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`href="${escaped}([^"/?#]+)`).exec(archiveHtml.slice(list));
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/** The event whose prerendered page is the largest file; ties go to the first by name. */
export function heaviestEvent(pages: readonly { id: string; bytes: number }[]): string | undefined {
  return [...pages].sort((a, b) => b.bytes - a.bytes || a.id.localeCompare(b.id))[0]?.id;
}

function eventPages(root: string): { id: string; bytes: number }[] {
  const events = path.join(root, 'events');
  if (!existsSync(events)) return [];
  return readdirSync(events, { withFileTypes: true }).flatMap((entry) => {
    const page = path.join(events, entry.name, 'index.html');
    return entry.isDirectory() && existsSync(page) ? [{ id: decodeURIComponent(entry.name), bytes: statSync(page).size }] : [];
  });
}

export function pickPages(root: string): BenchPages {
  const base = detectBase(root);
  const archiveFile = path.join(root, 'talks', 'index.html');
  const talk = existsSync(archiveFile) ? firstListedTalk(readFileSync(archiveFile, 'utf8'), base) : undefined;
  const event = heaviestEvent(eventPages(root));
  if (talk === undefined) throw new Error(`${root}/talks/index.html lists no talk: is it a build of this app?`);
  if (event === undefined) throw new Error(`${root}/events/ has no event page: is it a build of this app?`);
  return {
    home: relative(paths.home()),
    talk: relative(paths.talk(talk)),
    event: relative(paths.event(event)),
    archive: relative(paths.archive()),
  };
}
