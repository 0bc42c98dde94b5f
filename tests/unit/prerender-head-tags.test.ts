import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-schema';
import { headTags } from '../../scripts/prerender/head-tags';
import { DESCRIPTION_LENGTH, metaDescription } from '../../scripts/prerender/meta-description';
import { fixtureCatalog, fixtureTalk } from './fixture-catalog';
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
  const [first, ...rest] = fixtureCatalog.talks;
  if (first === undefined) throw new Error('the fixture has no talks');
  return { ...fixtureCatalog, talks: [{ ...first, title: { en: title } }, ...rest] };
}

describe('headTags', () => {
  it('describes a talk page with its English title and summary for Open Graph', () => {
    const tags = headTags(fixtureCatalog, routeOf(fixtureCatalog, 'talk', '/talks/counting-things'), ROOT, 'en');
    expect(metaContent(tags, 'og:title')).toBe('Counting Things with Prometheus');
    expect(metaContent(tags, 'og:type')).toBe('video.other');
    expect(metaContent(tags, 'og:site_name')).toBe('Fixture talks');
    expect(metaContent(tags, 'og:locale')).toBe('en_US');
    expect(metaContent(tags, 'og:locale:alternate')).toBe('zh_CN');
    expect(metaContent(tags, 'description')).toBe('How counters work. And how to use them.');
    expect(metaContent(tags, 'og:description')).toBe(metaContent(tags, 'description'));
  });

  it('describes a talk without a summary by its speakers and event, in the title’s one language', () => {
    const tags = headTags(fixtureCatalog, routeOf(fixtureCatalog, 'talk', '/talks/envoy-in-production'), ROOT, 'en');
    expect(metaContent(tags, 'og:title')).toBe('生产环境中的 Envoy');
    expect(metaContent(tags, 'description')).toBe('张三 · Conf China 2019');
  });

  it('describes the Chinese page in Chinese, with its own URL and the English one as alternates', () => {
    const tags = headTags(fixtureCatalog, routeOf(fixtureCatalog, 'talk', '/talks/storage-deep-dive'), DEPLOYED, 'zh');
    expect(metaContent(tags, 'og:title')).toBe('存储深度解析');
    expect(metaContent(tags, 'og:locale')).toBe('zh_CN');
    expect(metaContent(tags, 'og:locale:alternate')).toBe('en_US');
    expect(tags).toContain('<link rel="canonical" href="https://talks.example.org/talks/zh/talks/storage-deep-dive" />');
    expect(tags).toContain('<link rel="alternate" hreflang="zh-Hans" href="https://talks.example.org/talks/zh/talks/storage-deep-dive" />');
    expect(tags).toContain('<link rel="alternate" hreflang="en" href="https://talks.example.org/talks/talks/storage-deep-dive" />');
    expect(tags).toContain('<link rel="alternate" hreflang="x-default" href="https://talks.example.org/talks/talks/storage-deep-dive" />');
    expect(metaContent(tags, 'og:url')).toBe('https://talks.example.org/talks/zh/talks/storage-deep-dive');
  });

  it('names no alternates without the site’s origin, since search engines read only absolute ones', () => {
    const tags = headTags(fixtureCatalog, routeOf(fixtureCatalog, 'talk', '/talks/storage-deep-dive'), ROOT, 'zh');
    expect(tags.join('\n')).not.toMatch(/rel="canonical"|rel="alternate"|og:url/);
  });

  it('gives the not-found page no address and no alternates', () => {
    const tags = headTags(fixtureCatalog, routeOf(fixtureCatalog, 'not-found'), DEPLOYED, 'zh');
    expect(tags.join('\n')).not.toMatch(/rel="canonical"|rel="alternate"|og:url/);
  });

  it('calls a talk without a recording a website', () => {
    const catalog: Catalog = { ...fixtureCatalog, talks: [{ ...fixtureTalk('counting-things'), videos: [] }] };
    expect(metaContent(headTags(catalog, routeOf(catalog, 'talk'), ROOT, 'en'), 'og:type')).toBe('website');
  });

  it('describes the front page as its collection', () => {
    const tags = headTags(fixtureCatalog, routeOf(fixtureCatalog, 'home'), ROOT, 'en');
    expect(metaContent(tags, 'og:title')).toBe('Prometheus picks');
    expect(metaContent(tags, 'description')).toBe('Three talks a blog post recommended.');
  });

  it('describes the front page as the site when the catalog has no collection', () => {
    const catalog: Catalog = { ...fixtureCatalog, collections: [] };
    const tags = headTags(catalog, routeOf(catalog, 'home'), ROOT, 'en');
    expect(metaContent(tags, 'og:title')).toBe('Fixture talks');
    expect(metaContent(tags, 'description')).toBe('A small catalog for the tests.');
  });

  it('describes the archive, the events and an event with what they hold', () => {
    const shown = (kind: 'archive' | 'events' | 'event', path?: string) => {
      const tags = headTags(fixtureCatalog, routeOf(fixtureCatalog, kind, path), ROOT, 'en');
      return [metaContent(tags, 'og:title'), metaContent(tags, 'description')];
    };
    expect(shown('archive')).toEqual(['All talks', 'A small catalog for the tests. Every talk of the catalog: 6 talks from 3 events.']);
    expect(shown('events')).toEqual(['Events', '3 events in the catalog, with 6 talks. The newest first.']);
    expect(shown('event', '/events/conf-2017-berlin')).toEqual([
      'Conf Europe 2017',
      '3 talks: Counting Things with Prometheus; Keynote: Opening the Conference; Alerting at Scale',
    ]);
  });

  it('describes a speaker with their talks', () => {
    const tags = headTags(fixtureCatalog, routeOf(fixtureCatalog, 'speaker', '/speakers/bjorn-rabenstein'), ROOT, 'en');
    expect(metaContent(tags, 'og:type')).toBe('profile');
    expect(metaContent(tags, 'og:title')).toBe('Björn Rabenstein: talks');
    expect(metaContent(tags, 'description')).toBe('Björn Rabenstein: 2 talks. Keynote: Opening the Conference; Storage Deep Dive');
  });

  it('escapes a title that tries to close the tag or the element', () => {
    const catalog = catalogWithTitle(hostileTitle);
    const tags = headTags(catalog, routeOf(catalog, 'talk', `/talks/${catalog.talks[0]?.id ?? ''}`), ROOT, 'en');
    const html = tags.join('\n');
    expect(html).not.toContain('</script><script>');
    expect(html).not.toContain('"quoted"');
    expect(metaContent(tags, 'og:title')).toBe(hostileTitle);
  });

  it('gives og:url and rel=canonical only when the site’s origin is known, with the base path', () => {
    const route = routeOf(fixtureCatalog, 'speaker', '/speakers/ada-lovelace');
    const withoutOrigin = headTags(fixtureCatalog, route, ROOT, 'en').join('\n');
    expect(withoutOrigin).not.toContain('og:url');
    expect(withoutOrigin).not.toContain('canonical');

    const tags = headTags(fixtureCatalog, route, DEPLOYED, 'en');
    expect(metaContent(tags, 'og:url')).toBe('https://talks.example.org/talks/speakers/ada-lovelace');
    expect(tags).toContain('<link rel="canonical" href="https://talks.example.org/talks/speakers/ada-lovelace" />');
  });

  it('ends with the page’s JSON-LD', () => {
    expect(headTags(fixtureCatalog, routeOf(fixtureCatalog, 'talk', '/talks/counting-things'), ROOT, 'en').at(-1)).toMatch(/^<script type="application\/ld\+json">/);
  });

  it('keeps the not-found page out of search results and gives it no address of its own', () => {
    const tags = headTags(fixtureCatalog, routeOf(fixtureCatalog, 'not-found'), DEPLOYED, 'en');
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
