// Every page the build writes: the front page, the archive, the events, one page per event, talk
// and speaker, and the not-found page that static hosts serve for unknown paths. In-app paths come
// from src/paths.ts, the same functions the app's links use, so a prerendered file exists for
// every link the app renders.
import type { Catalog, CatalogEvent, Speaker, Talk } from '../../src/catalog/catalog-schema';
import { lookups } from '../../src/catalog/catalog-lookups';
import { pathInLanguage } from '../../src/i18n/language-path';
import type { Language } from '../../src/i18n/messages';
import { paths, routes } from '../../src/paths';
import { pageCount } from '../../src/speakers/speaker-pages';

export type PageRoute =
  | { kind: 'home'; path: string }
  | { kind: 'archive'; path: string }
  | { kind: 'events'; path: string }
  | { kind: 'event'; path: string; event: CatalogEvent }
  | { kind: 'talk'; path: string; talk: Talk }
  /** `talks`: all of the speaker's; `page`: which hundred of them this page lists (speaker-pages.ts). */
  | { kind: 'speaker'; path: string; speaker: Speaker; talks: readonly Talk[]; page: number }
  /** A shared list: its talks are in the query, which only the app reads (a page here so it is no 404). */
  | { kind: 'shared'; path: string }
  | { kind: 'not-found'; path: string };

/** Matches no route but the app's catch-all, so the generic not-found page is rendered. */
const NOT_FOUND_PATH = '/404.html';

export function pageRoutes(catalog: Catalog): PageRoute[] {
  const { talksBySpeaker } = lookups(catalog);
  return [
    { kind: 'home', path: paths.home() },
    { kind: 'archive', path: paths.archive() },
    { kind: 'events', path: paths.events() },
    ...catalog.events.map((event): PageRoute => ({ kind: 'event', path: paths.event(event.id), event })),
    ...catalog.talks.map((talk): PageRoute => ({ kind: 'talk', path: paths.talk(talk.id), talk })),
    ...catalog.speakers.flatMap((speaker) => {
      const talks = talksBySpeaker.get(speaker.id) ?? [];
      return Array.from({ length: pageCount(talks.length) }, (_, i): PageRoute => {
        const page = i + 1;
        return { kind: 'speaker', path: paths.speaker(speaker.id, page), speaker, talks, page };
      });
    }),
    { kind: 'shared', path: routes.shared },
    { kind: 'not-found', path: NOT_FOUND_PATH },
  ];
}

/**
 * The file, relative to dist/, that a host serves for the route in a language: `talks/x/index.html`
 * for /talks/x and `zh/talks/x/index.html` for /zh/talks/x (what static hosts and
 * `try_files $uri/index.html` look for); `404.html` and `zh/404.html` for not-found.
 */
export function outputFile(route: PageRoute, language: Language): string {
  if (route.kind === 'not-found') return language === 'en' ? '404.html' : `${pathInLanguage('/', language).slice(1)}404.html`;
  // Hosts map a request to a file by its decoded path: /speakers/%E5%BC%A0 is speakers/张/.
  const segments = pathInLanguage(route.path, language).split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('\\'))) {
    throw new Error(`refusing to write a page outside dist/ for ${route.path}`);
  }
  return [...segments, 'index.html'].join('/');
}
