// schema.org JSON-LD for each page, so search engines can show the conference, its talks and
// their recordings: the catalog is the conference (an Event listing its talks), a talk page is
// one talk (an Event whose recording is a VideoObject), a speaker page is a Person. URLs of video
// thumbnails and players appear only as data here; the page itself never loads them.
import type { Catalog, CatalogEvent, Speaker, Talk } from '../../src/catalog/catalog-schema';
import { pickText } from '../../src/i18n/use-i18n';
import { paths } from '../../src/paths';
import { PRERENDER_LANGUAGE } from '../../src/preferences/preferences-store';
import { speakerId, type SpeakerEntry } from '../../src/speakers/speaker-id';
import { youTubeId } from '../../src/video/video-embed';
import type { PageRoute } from './page-routes';
import { bestUrl, type Site } from './site-urls';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
/** `undefined` members are left out of the JSON, which keeps optional facts optional. */
export type JsonObject = { [key: string]: JsonValue | undefined };

/**
 * The conference is listed with its talks, but a catalog of thousands would make the home page's
 * JSON-LD weigh more than the page; structured data describes the page, not the whole dataset.
 */
export const MAX_LISTED_TALKS = 100;

/**
 * schema.org wants the country (ISO 3166-1 alpha-2) in an address and the dataset does not
 * record one yet. Until it has an `event.country`, the cities of the catalogs we publish are
 * named here; any other city leaves the country out rather than guessing.
 */
const COUNTRY_OF_CITY: Readonly<Record<string, string>> = { Berlin: 'DE' };

const language = PRERENDER_LANGUAGE;
const text = (value: { en: string; zh?: string | undefined }): string => pickText(value, language).text;

function place(event: CatalogEvent): JsonObject {
  const city = event.city.en;
  return {
    '@type': 'Place',
    name: text(event.city),
    address: { '@type': 'PostalAddress', addressLocality: text(event.city), addressCountry: COUNTRY_OF_CITY[city] },
  };
}

function conference(catalog: Catalog, site: Site): JsonObject {
  const { event } = catalog;
  return {
    '@type': 'Event',
    name: text(event.name),
    startDate: event.startDate,
    endDate: event.endDate,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(event),
    url: bestUrl(site, paths.home()),
  };
}

function person(speaker: Speaker, site: Site): JsonObject {
  return {
    '@type': 'Person',
    name: speaker.name,
    affiliation: { '@type': 'Organization', name: speaker.affiliation },
    url: bestUrl(site, paths.speaker(speakerId(speaker.name))),
  };
}

/**
 * The recording. `url` is the video's page on its host; `embedUrl` is the player a search engine
 * may show (YouTube's privacy-enhanced one, as the app uses). No uploadDate: the dataset does
 * not know it, and a guessed date would be wrong.
 */
function recording(talk: Talk): JsonObject | undefined {
  const name = text(talk.title);
  const description = text(talk.summary);
  const id = talk.video.youtube === undefined ? null : youTubeId(talk.video.youtube);
  if (talk.video.youtube !== undefined && id !== null) {
    return {
      '@type': 'VideoObject',
      name,
      description,
      url: talk.video.youtube,
      embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
      thumbnailUrl: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
      sameAs: talk.video.tencent,
    };
  }
  const url = talk.video.youtube ?? talk.video.tencent;
  return url === undefined ? undefined : { '@type': 'VideoObject', name, description, url };
}

/** A talk as an event of the conference, performed by its speakers. */
function talkEvent(talk: Talk, site: Site): JsonObject {
  return {
    '@type': 'Event',
    name: text(talk.title),
    url: bestUrl(site, paths.talk(talk.id)),
    startDate: talk.date ?? undefined,
    performer: talk.speakers.map((speaker) => person(speaker, site)),
  };
}

function homeData(catalog: Catalog, site: Site): JsonObject {
  return {
    ...conference(catalog, site),
    subEvent: catalog.talks.slice(0, MAX_LISTED_TALKS).map((talk) => talkEvent(talk, site)),
  };
}

function talkData(catalog: Catalog, talk: Talk, site: Site): JsonObject {
  return {
    ...talkEvent(talk, site),
    description: text(talk.summary),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(catalog.event),
    superEvent: conference(catalog, site),
    recordedIn: recording(talk),
  };
}

function speakerData({ speaker, talks }: SpeakerEntry, site: Site): JsonObject {
  return {
    ...person(speaker, site),
    performerIn: talks.map((talk) => ({ '@type': 'Event', name: text(talk.title), url: bestUrl(site, paths.talk(talk.id)) })),
  };
}

function pageData(catalog: Catalog, route: PageRoute, site: Site): JsonObject | null {
  switch (route.kind) {
    case 'home':
      return homeData(catalog, site);
    case 'talk':
      return talkData(catalog, route.talk, site);
    case 'speaker':
      return speakerData(route.speaker, site);
    case 'not-found':
      return null;
  }
}

/** The page's JSON-LD document, or null for a page that describes nothing (not found). */
export function structuredData(catalog: Catalog, route: PageRoute, site: Site): JsonObject | null {
  const data = pageData(catalog, route, site);
  return data === null ? null : { '@context': 'https://schema.org', ...data };
}

/**
 * The JSON-LD as a <script> element. JSON may contain "</script>" or "<!--" inside a string,
 * which would end or derail the element; "\u003c" is the same character to a JSON parser.
 */
export function jsonLdScript(data: JsonObject): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
