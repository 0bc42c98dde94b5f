// schema.org JSON-LD for each page, so search engines can show the conferences, their talks and
// the recordings: an event page is the conference (an Event listing its talks), a talk page is one
// talk (an Event, part of its conference, whose recording is a VideoObject), a speaker page is a
// Person, a list page an ItemList. URLs of video thumbnails and players appear only as data here;
// the page itself never loads them.
import type { Catalog, CatalogEvent, Talk, Speaker } from '../../src/catalog/catalog-schema';
import { eventOf, findSpeaker, lookups } from '../../src/catalog/catalog-lookups';
import { youTubeIdOf } from '../../src/catalog/video-ids';
import { pathInLanguage } from '../../src/i18n/language-path';
import type { Language } from '../../src/i18n/messages';
import { pickText, type Texts } from '../../src/i18n/use-i18n';
import { paths } from '../../src/paths';
import { frontScope } from '../../src/talks/list-scope';
import type { PageRoute } from './page-routes';
import { bestUrl, type Site } from './site-urls';

/** Where the data is published: the site, and the language of the page (its texts and links). */
export type Published = { site: Site; language: Language };

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
/** `undefined` members are left out of the JSON, which keeps optional facts optional. */
export type JsonObject = { [key: string]: JsonValue | undefined };

/**
 * A list of thousands would make a page's JSON-LD weigh more than the page; structured data
 * describes the page, not the whole dataset.
 */
export const MAX_LISTED_TALKS = 100;

/**
 * schema.org wants the country (ISO 3166-1 alpha-2) in an address and the dataset does not
 * record one. The cities of the catalogs we publish are named here; any other city leaves the
 * country out rather than guessing.
 */
const COUNTRY_OF_CITY: Readonly<Record<string, string>> = {
  Berlin: 'DE',
  Seattle: 'US',
  Austin: 'US',
  'San Diego': 'US',
  Copenhagen: 'DK',
  Barcelona: 'ES',
  Shanghai: 'CN',
};

const text = (at: Published, value: Texts): string => pickText(value, at.language).text;
/** A page of the site in the same language. */
const urlOf = (at: Published, appPath: string): string => bestUrl(at.site, pathInLanguage(appPath, at.language));

function place(at: Published, event: CatalogEvent): JsonObject | undefined {
  if (event.city === undefined) return { '@type': 'VirtualLocation', name: text(at, event.name) };
  const city = text(at, event.city);
  return {
    '@type': 'Place',
    name: city,
    address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: COUNTRY_OF_CITY[event.city.en ?? ''] },
  };
}

function conference(event: CatalogEvent, at: Published): JsonObject {
  return {
    '@type': 'Event',
    name: text(at, event.name),
    startDate: event.startDate,
    endDate: event.endDate,
    eventAttendanceMode: event.city === undefined ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: place(at, event),
    url: urlOf(at, paths.event(event.id)),
  };
}

function person(speaker: Speaker, affiliation: string | undefined, at: Published): JsonObject {
  return {
    '@type': 'Person',
    name: speaker.name,
    affiliation: affiliation === undefined ? undefined : { '@type': 'Organization', name: affiliation },
    url: urlOf(at, paths.speaker(speaker.id)),
  };
}

/**
 * The recording. `url` is the video's page on its host; `embedUrl` is the player a search engine
 * may show (YouTube's privacy-enhanced one, as the app uses). No uploadDate: the dataset does
 * not know it, and a guessed date would be wrong.
 */
function recording(at: Published, talk: Talk): JsonObject | undefined {
  const name = text(at, talk.title);
  const description = talk.summary === undefined ? undefined : text(at, talk.summary);
  const youtube = talk.videos.find((video) => video.host === 'youtube');
  const id = youtube === undefined ? null : youTubeIdOf(youtube.url);
  const others = talk.videos.filter((video) => video !== youtube).map((video) => video.url);
  if (youtube !== undefined && id !== null) {
    return {
      '@type': 'VideoObject',
      name,
      description,
      url: youtube.url,
      embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
      thumbnailUrl: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
      sameAs: others.length === 0 ? undefined : others,
    };
  }
  const [first, ...rest] = talk.videos;
  return first === undefined ? undefined : { '@type': 'VideoObject', name, description, url: first.url, sameAs: rest.length === 0 ? undefined : rest.map((v) => v.url) };
}

/** A talk as an event of its conference, performed by its speakers. */
function talkEvent(catalog: Catalog, talk: Talk, at: Published): JsonObject {
  return {
    '@type': 'Event',
    name: text(at, talk.title),
    url: urlOf(at, paths.talk(talk.id)),
    startDate: talk.date,
    performer: talk.speakers.flatMap(({ id, affiliation }) => {
      const speaker = findSpeaker(catalog, id);
      return speaker === undefined ? [] : [person(speaker, affiliation, at)];
    }),
  };
}

function itemList(catalog: Catalog, name: string, talks: readonly Talk[], at: Published): JsonObject {
  return {
    '@type': 'ItemList',
    name,
    numberOfItems: talks.length,
    itemListElement: talks.slice(0, MAX_LISTED_TALKS).map((talk, i) => ({ '@type': 'ListItem', position: i + 1, item: talkEvent(catalog, talk, at) })),
  };
}

function talkData(catalog: Catalog, talk: Talk, at: Published): JsonObject {
  const event = eventOf(catalog, talk);
  return {
    ...talkEvent(catalog, talk, at),
    description: talk.summary === undefined ? undefined : text(at, talk.summary),
    eventAttendanceMode:
      event?.city === undefined ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: event === undefined ? undefined : place(at, event),
    superEvent: event === undefined ? undefined : conference(event, at),
    recordedIn: recording(at, talk),
  };
}

function pageData(catalog: Catalog, route: PageRoute, at: Published): JsonObject | null {
  switch (route.kind) {
    case 'home': {
      const scope = frontScope(catalog);
      const name = scope.collection === undefined ? catalog.site.name[at.language] : scope.collection.title[at.language];
      return itemList(catalog, name, scope.talks, at);
    }
    case 'archive':
      return itemList(catalog, catalog.site.name[at.language], catalog.talks, at);
    case 'events':
      return { '@type': 'ItemList', name: catalog.site.name[at.language], itemListElement: catalog.events.map((event, i) => ({ '@type': 'ListItem', position: i + 1, item: conference(event, at) })) };
    case 'event':
      return {
        ...conference(route.event, at),
        subEvent: (lookups(catalog).talksByEvent.get(route.event.id) ?? []).slice(0, MAX_LISTED_TALKS).map((talk) => talkEvent(catalog, talk, at)),
      };
    case 'talk':
      return talkData(catalog, route.talk, at);
    case 'speaker':
      return {
        ...person(route.speaker, undefined, at),
        performerIn: route.talks.slice(0, MAX_LISTED_TALKS).map((talk) => ({ '@type': 'Event', name: text(at, talk.title), url: urlOf(at, paths.talk(talk.id)) })),
      };
    case 'shared':
    case 'not-found':
      return null;
  }
}

/** The page's JSON-LD document, or null for a page that describes nothing (not found). */
export function structuredData(catalog: Catalog, route: PageRoute, at: Published): JsonObject | null {
  const data = pageData(catalog, route, at);
  return data === null ? null : { '@context': 'https://schema.org', ...data };
}

/**
 * The JSON-LD as a <script> element. JSON may contain "</script>" or "<!--" inside a string,
 * which would end or derail the element; "\u003c" is the same character to a JSON parser.
 */
export function jsonLdScript(data: JsonObject): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
