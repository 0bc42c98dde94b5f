import { describe, expect, it } from 'vitest';
import type { Catalog, Talk } from '../../src/catalog/catalog-schema';
import { jsonLdScript, MAX_LISTED_TALKS, structuredData } from '../../scripts/prerender/structured-data';
import { fixtureCatalog, fixtureTalk } from './fixture-catalog';
import { DEPLOYED, ROOT, routeOf } from './prerender-sites';

/** What a search engine reads: the script's text parsed as JSON. */
function parsed(script: string): unknown {
  const json = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(script)?.[1];
  return JSON.parse(json ?? 'null');
}

const BERLIN = {
  '@type': 'Event',
  name: 'Conf Europe 2017',
  startDate: '2017-03-29',
  endDate: '2017-03-30',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  location: { '@type': 'Place', name: 'Berlin', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } },
};

describe('structuredData of an event', () => {
  it('describes the conference in its city, listing its talks', () => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'event', '/events/conf-2017-berlin'), { site: DEPLOYED, language: 'en' });
    expect(data).toMatchObject({ '@context': 'https://schema.org', ...BERLIN, url: 'https://talks.example.org/talks/events/conf-2017-berlin' });
    const talks = data?.subEvent as { '@type': string; name: string; url: string }[];
    expect(talks.map((t) => t.name)).toEqual(['Counting Things with Prometheus', 'Keynote: Opening the Conference', 'Alerting at Scale']);
    expect(talks[0]).toMatchObject({ '@type': 'Event', url: 'https://talks.example.org/talks/talks/counting-things', startDate: '2017-03-29' });
  });

  it('leaves out the days where the data does not know them', () => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'event', '/events/conf-2019-shanghai'), { site: ROOT, language: 'en' });
    const json = parsed(jsonLdScript(data ?? {}));
    expect(json).not.toHaveProperty('startDate');
    expect(json).not.toHaveProperty('endDate');
    expect(data?.location).toEqual({ '@type': 'Place', name: 'Shanghai', address: { '@type': 'PostalAddress', addressLocality: 'Shanghai', addressCountry: 'CN' } });
  });

  it('does not guess the country of a city it does not know', () => {
    const events = fixtureCatalog.events.map((e) => (e.id === 'conf-2019-shanghai' ? { ...e, city: { en: 'Utrecht' } } : e));
    const catalog: Catalog = { ...fixtureCatalog, events };
    const json = parsed(jsonLdScript(structuredData(catalog, routeOf(catalog, 'event', '/events/conf-2019-shanghai'), { site: ROOT, language: 'en' }) ?? {}));
    expect(json).toMatchObject({ location: { '@type': 'Place', name: 'Utrecht', address: { '@type': 'PostalAddress', addressLocality: 'Utrecht' } } });
    expect(JSON.stringify(json)).not.toContain('addressCountry');
  });

  it('places an event without a city online', () => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'event', '/events/conf-2020-virtual'), { site: ROOT, language: 'en' });
    expect(data).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', name: 'Conf Virtual 2020' },
    });
  });

  it('lists at most a bounded number of talks however large the event', () => {
    const many = Array.from({ length: MAX_LISTED_TALKS + 5 }, (_, i) => ({ ...fixtureTalk('counting-things'), id: `talk-${i}` }));
    const catalog: Catalog = { ...fixtureCatalog, talks: many };
    expect(structuredData(catalog, routeOf(catalog, 'event', '/events/conf-2017-berlin'), { site: ROOT, language: 'en' })?.subEvent).toHaveLength(MAX_LISTED_TALKS);
    expect(structuredData(catalog, routeOf(catalog, 'archive'), { site: ROOT, language: 'en' })).toMatchObject({ numberOfItems: MAX_LISTED_TALKS + 5 });
    expect(structuredData(catalog, routeOf(catalog, 'archive'), { site: ROOT, language: 'en' })?.itemListElement).toHaveLength(MAX_LISTED_TALKS);
  });
});

describe('structuredData of a talk', () => {
  it('describes it as an event of its conference, recorded in a video, performed by its speakers', () => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'talk', '/talks/counting-things'), { site: DEPLOYED, language: 'en' });
    expect(data).toMatchObject({
      '@type': 'Event',
      name: 'Counting Things with Prometheus',
      url: 'https://talks.example.org/talks/talks/counting-things',
      startDate: '2017-03-29',
      description: 'How counters work.\n\nAnd how to use them.',
      location: BERLIN.location,
      superEvent: { ...BERLIN, url: 'https://talks.example.org/talks/events/conf-2017-berlin' },
      performer: [
        {
          '@type': 'Person',
          name: 'Ada Lovelace',
          affiliation: { '@type': 'Organization', name: 'Analytical Engines' },
          url: 'https://talks.example.org/talks/speakers/ada-lovelace',
        },
      ],
      recordedIn: {
        '@type': 'VideoObject',
        name: 'Counting Things with Prometheus',
        url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa',
        embedUrl: 'https://www.youtube-nocookie.com/embed/aaaaaaaaaaa',
        thumbnailUrl: 'https://i.ytimg.com/vi/aaaaaaaaaaa/hqdefault.jpg',
        sameAs: ['https://v.qq.com/x/page/a0000000001.html'],
      },
    });
    // The dataset does not know when a video was uploaded, so no date is made up.
    expect(data?.recordedIn).not.toHaveProperty('uploadDate');
  });

  it.each([
    ['storage-deep-dive', 'Conf China 2019'],
    ['panel-on-kubernetes', 'Conf Virtual 2020'],
  ])('gives %s its own event as superEvent', (id, event) => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'talk', `/talks/${id}`), { site: ROOT, language: 'en' });
    expect(data?.superEvent).toMatchObject({ '@type': 'Event', name: event });
  });

  it('names each speaker with the affiliation they had for this talk, and none where it is not known', () => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'talk', '/talks/alerting-at-scale'), { site: ROOT, language: 'en' });
    expect(data?.performer).toEqual([
      { '@type': 'Person', name: 'Ada Lovelace', url: '/speakers/ada-lovelace' },
      { '@type': 'Person', name: 'Łukasz Nowak', affiliation: { '@type': 'Organization', name: 'Example Sp. z o.o.' }, url: '/speakers/lukasz-nowak' },
    ]);
  });

  it('uses a Tencent Video page as the recording when there is no YouTube video', () => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'talk', '/talks/alerting-at-scale'), { site: ROOT, language: 'en' });
    expect(data?.recordedIn).toEqual({ '@type': 'VideoObject', name: 'Alerting at Scale', url: 'https://v.qq.com/x/page/c0000000003.html' });
  });

  it('leaves the recording out of a talk without one', () => {
    const talk: Talk = { ...fixtureTalk('counting-things'), videos: [] };
    const catalog: Catalog = { ...fixtureCatalog, talks: [talk] };
    const script = jsonLdScript(structuredData(catalog, routeOf(catalog, 'talk'), { site: ROOT, language: 'en' }) ?? {});
    expect(parsed(script)).not.toHaveProperty('recordedIn');
  });
});

describe('structuredData of the other pages', () => {
  it('describes the front page as its collection, in the collection’s order', () => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'home'), { site: ROOT, language: 'en' });
    expect(data).toMatchObject({ '@type': 'ItemList', name: 'Prometheus picks', numberOfItems: 3 });
    const items = data?.itemListElement as { position: number; item: { name: string } }[];
    expect(items.map((i) => [i.position, i.item.name])).toEqual([
      [1, 'Keynote: Opening the Conference'],
      [2, 'Alerting at Scale'],
      [3, 'Counting Things with Prometheus'],
    ]);
  });

  it('lists the events on the events page', () => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'events'), { site: ROOT, language: 'en' });
    const items = data?.itemListElement as { item: { name: string; url: string } }[];
    expect(items.map((i) => i.item.url)).toEqual(['/events/conf-2017-berlin', '/events/conf-2019-shanghai', '/events/conf-2020-virtual']);
  });

  it('describes a speaker as a person with their talks', () => {
    const data = structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'speaker', '/speakers/bjorn-rabenstein'), { site: ROOT, language: 'en' });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Björn Rabenstein',
      url: '/speakers/bjorn-rabenstein',
      performerIn: [
        { '@type': 'Event', name: 'Keynote: Opening the Conference', url: '/talks/keynote-opening' },
        { '@type': 'Event', name: 'Storage Deep Dive', url: '/talks/storage-deep-dive' },
      ],
    });
  });

  it('has nothing to say about the not-found page', () => {
    expect(structuredData(fixtureCatalog, routeOf(fixtureCatalog, 'not-found'), { site: ROOT, language: 'en' })).toBeNull();
  });
});

describe('jsonLdScript', () => {
  it('cannot be closed or commented out by text inside it, and parses back to the same data', () => {
    const data = { name: 'Alerts </script><script>alert(1)</script> <!-- x', nested: { list: ['</SCRIPT>'] } };
    const script = jsonLdScript(data);
    const inside = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inside).not.toContain('<');
    expect(parsed(script)).toEqual(data);
  });
});
