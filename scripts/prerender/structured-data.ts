// schema.org JSON-LD for each page, so search engines can show the conferences, their talks and
// the recordings: an event page is the conference (an Event listing its talks), a talk page is one
// talk (an Event, part of its conference, whose recording is a VideoObject), a speaker page is a
// Person, a list page an ItemList. URLs of video thumbnails and players appear only as data here;
// the page itself never loads them.
import type { Catalog, CatalogEvent, Talk, Speaker } from '../../src/catalog/catalog-schema';
import { eventOf, findSpeaker, lookups } from '../../src/catalog/catalog-lookups';
import { youTubeIdOf } from '../../src/catalog/video-ids';
import { pickText, type Texts } from '../../src/i18n/use-i18n';
import { paths } from '../../src/paths';
import { PRERENDER_LANGUAGE } from '../../src/preferences/preferences-store';
import { frontScope } from '../../src/talks/list-scope';
import type { PageRoute } from './page-routes';
import { bestUrl, type Site } from './site-urls';

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

const language = PRERENDER_LANGUAGE;
const text = (value: Texts): string => pickText(value, language).text;

function place(event: CatalogEvent): JsonObject | undefined {
  if (event.city === undefined) return { '@type': 'VirtualLocation', name: text(event.name) };
  const city = text(event.city);
  return {
    '@type': 'Place',
    name: city,
    address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: COUNTRY_OF_CITY[event.city.en ?? ''] },
  };
}

function conference(event: CatalogEvent, site: Site): JsonObject {
  return {
    '@type': 'Event',
    name: text(event.name),
    startDate: event.startDate,
    endDate: event.endDate,
    eventAttendanceMode: event.city === undefined ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: place(event),
    url: bestUrl(site, paths.event(event.id)),
  };
}

function person(speaker: Speaker, affiliation: string | undefined, site: Site): JsonObject {
  return {
    '@type': 'Person',
    name: speaker.name,
    affiliation: affiliation === undefined ? undefined : { '@type': 'Organization', name: affiliation },
    url: bestUrl(site, paths.speaker(speaker.id)),
  };
}

/**
 * The recording. `url` is the video's page on its host; `embedUrl` is the player a search engine
 * may show (YouTube's privacy-enhanced one, as the app uses). No uploadDate: the dataset does
 * not know it, and a guessed date would be wrong.
 */
function recording(talk: Talk): JsonObject | undefined {
  const name = text(talk.title);
  const description = talk.summary === undefined ? undefined : text(talk.summary);
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
function talkEvent(catalog: Catalog, talk: Talk, site: Site): JsonObject {
  return {
    '@type': 'Event',
    name: text(talk.title),
    url: bestUrl(site, paths.talk(talk.id)),
    startDate: talk.date,
    performer: talk.speakers.flatMap(({ id, affiliation }) => {
      const speaker = findSpeaker(catalog, id);
      return speaker === undefined ? [] : [person(speaker, affiliation, site)];
    }),
  };
}

function itemList(catalog: Catalog, name: string, talks: readonly Talk[], site: Site): JsonObject {
  return {
    '@type': 'ItemList',
    name,
    numberOfItems: talks.length,
    itemListElement: talks.slice(0, MAX_LISTED_TALKS).map((talk, i) => ({ '@type': 'ListItem', position: i + 1, item: talkEvent(catalog, talk, site) })),
  };
}

function talkData(catalog: Catalog, talk: Talk, site: Site): JsonObject {
  const event = eventOf(catalog, talk);
  return {
    ...talkEvent(catalog, talk, site),
    description: talk.summary === undefined ? undefined : text(talk.summary),
    eventAttendanceMode:
      event?.city === undefined ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: event === undefined ? undefined : place(event),
    superEvent: event === undefined ? undefined : conference(event, site),
    recordedIn: recording(talk),
  };
}

function pageData(catalog: Catalog, route: PageRoute, site: Site): JsonObject | null {
  switch (route.kind) {
    case 'home': {
      const scope = frontScope(catalog);
      const name = scope.collection === undefined ? catalog.site.name[language] : scope.collection.title[language];
      return itemList(catalog, name, scope.talks, site);
    }
    case 'archive':
      return itemList(catalog, catalog.site.name[language], catalog.talks, site);
    case 'events':
      return { '@type': 'ItemList', name: catalog.site.name[language], itemListElement: catalog.events.map((event, i) => ({ '@type': 'ListItem', position: i + 1, item: conference(event, site) })) };
    case 'event':
      return {
        ...conference(route.event, site),
        subEvent: (lookups(catalog).talksByEvent.get(route.event.id) ?? []).slice(0, MAX_LISTED_TALKS).map((talk) => talkEvent(catalog, talk, site)),
      };
    case 'talk':
      return talkData(catalog, route.talk, site);
    case 'speaker':
      return {
        ...person(route.speaker, undefined, site),
        performerIn: route.talks.slice(0, MAX_LISTED_TALKS).map((talk) => ({ '@type': 'Event', name: text(talk.title), url: bestUrl(site, paths.talk(talk.id)) })),
      };
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
