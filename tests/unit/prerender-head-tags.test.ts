import { describe, expect, it } from 'vitest';
import type { Catalog, Talk } from '../../src/catalog/catalog-schema';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import { headTags } from '../../scripts/prerender/head-tags';
import { DESCRIPTION_LENGTH, metaDescription } from '../../scripts/prerender/meta-description';
import { DEPLOYED, ROOT, routeOf } from './prerender-sites';

/** The value of the meta tag named `key`, decoded as a browser would read it. */
function metaContent(tags: string[], key: string): string | undefined {
  const tag = tags.find((t) => t.includes(`="${key}"`));
  const raw = tag === undefined ? undefined : /content="([^"]*)"/.exec(tag)?.[1];
  const doc = raw === undefined ? undefined : raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return doc?.replace(/&amp;/g, '&');
}

const hostileTitle = 'Alerts </script><script>alert(1)</script> "quoted" & $& <!-- x';

function catalogWithTitle(title: string): Catalog {
  const first = bundledCatalog.talks[0] as Talk;
  return { ...bundledCatalog, talks: [{ ...first, title: { en: title } }, ...bundledCatalog.talks.slice(1)] };
}

describe('headTags', () => {
  it('describes a talk page with its English title and summary for Open Graph', () => {
    const route = routeOf(bundledCatalog, 'talk', '/talks/grafana-is-not-enough');
    const tags = headTags(bundledCatalog, route, ROOT);
    expect(metaContent(tags, 'og:title')).toBe('Grafana is Not Enough: DIY User Interfaces for Prometheus');
    expect(metaContent(tags, 'og:type')).toBe('video.other');
    expect(metaContent(tags, 'og:site_name')).toBe('Talk Catalog');
    expect(metaContent(tags, 'og:locale')).toBe('en_US');
    expect(metaContent(tags, 'og:locale:alternate')).toBe('zh_CN');
    expect(metaContent(tags, 'description')).toMatch(/^David Kaltschmidt looks at using Grafana/);
    expect(metaContent(tags, 'og:description')).toBe(metaContent(tags, 'description'));
  });

  it('describes the catalog with its introduction', () => {
    const tags = headTags(bundledCatalog, routeOf(bundledCatalog, 'home'), ROOT);
    expect(metaContent(tags, 'og:title')).toBe('Prometheus talks · KubeCon + CloudNativeCon Europe 2017');
    expect(metaContent(tags, 'description')).toMatch(/^11 Prometheus talks recorded in Berlin/);
  });

  it('escapes a title that tries to close the tag or the element', () => {
    const catalog = catalogWithTitle(hostileTitle);
    const tags = headTags(catalog, routeOf(catalog, 'talk', `/talks/${catalog.talks[0]?.id ?? ''}`), ROOT);
    const html = tags.join('\n');
    expect(html).not.toContain('</script><script>');
    expect(html).not.toContain('"quoted"');
    expect(metaContent(tags, 'og:title')).toBe(hostileTitle);
  });

  it('gives og:url and rel=canonical only when the site’s origin is known, with the base path', () => {
    const route = routeOf(bundledCatalog, 'speaker', '/speakers/david-kaltschmidt');
    const withoutOrigin = headTags(bundledCatalog, route, ROOT).join('\n');
    expect(withoutOrigin).not.toContain('og:url');
    expect(withoutOrigin).not.toContain('canonical');

    const tags = headTags(bundledCatalog, route, DEPLOYED);
    expect(metaContent(tags, 'og:url')).toBe('https://talks.example.org/talks/speakers/david-kaltschmidt');
    expect(tags).toContain('<link rel="canonical" href="https://talks.example.org/talks/speakers/david-kaltschmidt" />');
  });

  it('keeps the not-found page out of search results and gives it no address of its own', () => {
    const tags = headTags(bundledCatalog, routeOf(bundledCatalog, 'not-found'), DEPLOYED);
    expect(metaContent(tags, 'robots')).toBe('noindex');
    expect(tags.join('\n')).not.toMatch(/canonical|og:url|ld\+json/);
  });
});

describe('metaDescription', () => {
  it('keeps a short text as it is, whitespace collapsed', () => {
    expect(metaDescription('  A short\n summary.  ')).toBe('A short summary.');
  });

  it('cuts a long text at a word boundary within the limit and marks the cut', () => {
    const text = 'Prometheus alerting '.repeat(20);
    const description = metaDescription(text);
    expect(Array.from(description).length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    expect(description).toMatch(/(Prometheus|alerting)…$/);
    expect(text.startsWith(description.slice(0, -1))).toBe(true);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(metaDescription('one two, three four five', 12)).toBe('one two…');
  });

  it('cuts text without spaces by characters, never inside a surrogate pair', () => {
    const description = metaDescription('𝒜'.repeat(200), 10);
    expect(Array.from(description)).toHaveLength(10);
    // encodeURIComponent throws on a lone surrogate.
    expect(() => encodeURIComponent(description)).not.toThrow();
  });
});
