import { describe, expect, it } from 'vitest';
import type { Catalog, Talk } from '../../src/catalog/catalog-schema';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import { jsonLdScript, MAX_LISTED_TALKS, structuredData } from '../../scripts/prerender/structured-data';
import { DEPLOYED, ROOT, routeOf } from './prerender-sites';

/** What a search engine reads: the script's text parsed as JSON. */
function parsed(script: string): unknown {
  const json = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(script)?.[1];
  return JSON.parse(json ?? 'null');
}

describe('structuredData', () => {
  it('describes the catalog as the conference in Berlin, listing its talks', () => {
    const data = structuredData(bundledCatalog, routeOf(bundledCatalog, 'home'), ROOT);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'KubeCon + CloudNativeCon Europe 2017',
      startDate: '2017-03-29',
      endDate: '2017-03-30',
      location: {
        '@type': 'Place',
        name: 'Berlin',
        address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' },
      },
    });
    const talks = data?.subEvent as { '@type': string; name: string; url: string }[];
    expect(talks).toHaveLength(11);
    expect(talks[0]).toMatchObject({ '@type': 'Event', name: 'Keynote: Prometheus: From Berlin to Bonanza', url: '/talks/prometheus-from-berlin-to-bonanza' });
  });

  it('lists at most a bounded number of talks however large the catalog', () => {
    const many = Array.from({ length: MAX_LISTED_TALKS + 5 }, (_, i) => ({ ...(bundledCatalog.talks[0] as Talk), id: `talk-${i}` }));
    const catalog: Catalog = { ...bundledCatalog, talks: many };
    expect(structuredData(catalog, routeOf(catalog, 'home'), ROOT)?.subEvent).toHaveLength(MAX_LISTED_TALKS);
  });

  it('describes a talk as an event recorded in a video, performed by its speakers', () => {
    const data = structuredData(bundledCatalog, routeOf(bundledCatalog, 'talk', '/talks/grafana-is-not-enough'), DEPLOYED);
    expect(data).toMatchObject({
      '@type': 'Event',
      name: 'Grafana is Not Enough: DIY User Interfaces for Prometheus',
      url: 'https://talks.example.org/talks/talks/grafana-is-not-enough',
      superEvent: { '@type': 'Event', name: 'KubeCon + CloudNativeCon Europe 2017', url: 'https://talks.example.org/talks/' },
      performer: [
        {
          '@type': 'Person',
          name: 'David Kaltschmidt',
          affiliation: { '@type': 'Organization', name: 'Weaveworks' },
          url: 'https://talks.example.org/talks/speakers/david-kaltschmidt',
        },
      ],
      recordedIn: {
        '@type': 'VideoObject',
        name: 'Grafana is Not Enough: DIY User Interfaces for Prometheus',
        url: 'https://www.youtube.com/watch?v=bfSMDERvkZY',
        embedUrl: 'https://www.youtube-nocookie.com/embed/bfSMDERvkZY',
        thumbnailUrl: 'https://i.ytimg.com/vi/bfSMDERvkZY/hqdefault.jpg',
      },
    });
    expect(data?.description).toMatch(/^David Kaltschmidt looks at using Grafana/);
    // The dataset does not know when a video was uploaded, so no date is made up.
    expect(data?.recordedIn).not.toHaveProperty('uploadDate');
  });

  it('leaves the recording out of a talk without one', () => {
    const talk: Talk = { ...(bundledCatalog.talks[0] as Talk), video: {} };
    const catalog: Catalog = { ...bundledCatalog, talks: [talk] };
    const script = jsonLdScript(structuredData(catalog, routeOf(catalog, 'talk'), ROOT) ?? {});
    expect(parsed(script)).not.toHaveProperty('recordedIn');
  });

  it('describes a speaker as a person with their affiliation and talks', () => {
    const data = structuredData(bundledCatalog, routeOf(bundledCatalog, 'speaker', '/speakers/bjorn-rabenstein'), ROOT);
    expect(data).toMatchObject({ '@type': 'Person', name: 'Björn Rabenstein', affiliation: { name: 'SoundCloud' } });
    expect(data?.performerIn).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'Event' })]));
  });

  it('has nothing to say about the not-found page', () => {
    expect(structuredData(bundledCatalog, routeOf(bundledCatalog, 'not-found'), ROOT)).toBeNull();
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
