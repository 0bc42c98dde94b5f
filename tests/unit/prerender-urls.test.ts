import { describe, expect, it } from 'vitest';
import { rendersPrerenderedUrl } from '../../src/prerender/prerendered-url';
import { outputFile, pageRoutes } from '../../scripts/prerender/page-routes';
import { answerFor } from '../../scripts/prerender/preview-static-pages';
import { absoluteUrl, parseBasePath, parseSiteOrigin, sitePath } from '../../scripts/prerender/site-urls';
import { fixtureCatalog } from './fixture-catalog';
import { routeOf } from './prerender-sites';

describe('pageRoutes and outputFile', () => {
  it('writes the front page, the archive, the events, each event, talk and speaker, and the not-found page', () => {
    expect(pageRoutes(fixtureCatalog).map((route) => `${route.kind} ${outputFile(route, 'en')}`)).toEqual([
      'home index.html',
      'archive talks/index.html',
      'events events/index.html',
      'event events/conf-2017-berlin/index.html',
      'event events/conf-2019-shanghai/index.html',
      'event events/conf-2020-virtual/index.html',
      'talk talks/counting-things/index.html',
      'talk talks/keynote-opening/index.html',
      'talk talks/alerting-at-scale/index.html',
      'talk talks/storage-deep-dive/index.html',
      'talk talks/envoy-in-production/index.html',
      'talk talks/panel-on-kubernetes/index.html',
      'speaker speakers/ada-lovelace/index.html',
      'speaker speakers/bjorn-rabenstein/index.html',
      'speaker speakers/lukasz-nowak/index.html',
      'speaker speakers/张三/index.html',
      'shared shared/index.html',
      'not-found 404.html',
    ]);
  });

  it('gives each page the in-app path the app links to', () => {
    const paths = pageRoutes(fixtureCatalog).map((route) => route.path);
    expect(paths.slice(0, 4)).toEqual(['/', '/talks', '/events', '/events/conf-2017-berlin']);
    expect(paths).toContain('/talks/counting-things');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('gives a speaker’s page the speaker’s talks, in the catalog’s order', () => {
    const ada = routeOf(fixtureCatalog, 'speaker', '/speakers/ada-lovelace');
    expect(ada.kind === 'speaker' && ada.talks.map((t) => t.id)).toEqual(['counting-things', 'alerting-at-scale']);
    const event = routeOf(fixtureCatalog, 'event', '/events/conf-2019-shanghai');
    expect(event.kind === 'event' && event.event.id).toBe('conf-2019-shanghai');
  });

  it('writes each page in Chinese under zh/, the not-found page included', () => {
    expect(pageRoutes(fixtureCatalog).slice(0, 3).map((route) => outputFile(route, 'zh'))).toEqual(['zh/index.html', 'zh/talks/index.html', 'zh/events/index.html']);
    expect(outputFile(routeOf(fixtureCatalog, 'not-found'), 'zh')).toBe('zh/404.html');
  });

  it('names a page’s file by its decoded path, as hosts look it up', () => {
    const speaker = routeOf(fixtureCatalog, 'speaker', '/speakers/%E5%BC%A0%E4%B8%89');
    expect(outputFile(speaker, 'en')).toBe('speakers/张三/index.html');
    expect(outputFile(speaker, 'zh')).toBe('zh/speakers/张三/index.html');
  });

  it('refuses to write outside dist/', () => {
    expect(() => outputFile({ kind: 'home', path: '/talks/%2E%2E/%2E%2E/etc' }, 'en')).toThrow(/outside dist/);
    expect(() => outputFile({ kind: 'home', path: '/talks/a%5Cb' }, 'zh')).toThrow(/outside dist/);
  });
});

describe('site URLs', () => {
  it('puts the base path in front of every in-app path', () => {
    expect(sitePath({ basePath: '/', origin: undefined }, '/talks/x')).toBe('/talks/x');
    expect(sitePath({ basePath: '/talks/', origin: undefined }, '/talks/x')).toBe('/talks/talks/x');
    expect(sitePath({ basePath: '/talks/', origin: undefined }, '/')).toBe('/talks/');
    expect(absoluteUrl({ basePath: '/talks/', origin: 'https://example.org' }, '/speakers/a')).toBe('https://example.org/talks/speakers/a');
    expect(absoluteUrl({ basePath: '/', origin: undefined }, '/')).toBeUndefined();
  });

  it('accepts the base paths Vite does and refuses relative ones', () => {
    expect(parseBasePath('/')).toBe('/');
    expect(parseBasePath('/talks')).toBe('/talks/');
    expect(() => parseBasePath('./')).toThrow(/absolute path/);
    expect(() => parseBasePath('//cdn.example.org/')).toThrow(/absolute path/);
  });

  it('takes SITE_URL as an origin only', () => {
    expect(parseSiteOrigin(undefined)).toBeUndefined();
    expect(parseSiteOrigin('')).toBeUndefined();
    expect(parseSiteOrigin('https://talks.example.org/')).toBe('https://talks.example.org');
    expect(() => parseSiteOrigin('talks.example.org')).toThrow(/absolute http/);
    expect(() => parseSiteOrigin('ftp://talks.example.org')).toThrow(/absolute http/);
    expect(() => parseSiteOrigin('https://example.org/talks/')).toThrow(/BASE_PATH/);
  });
});

describe('rendersPrerenderedUrl', () => {
  const at = (pathname: string, search = '') => ({ pathname, search });

  it('hydrates a page at the URL it was rendered for, with or without a trailing slash', () => {
    expect(rendersPrerenderedUrl('/talks/x', at('/talks/x'))).toBe(true);
    expect(rendersPrerenderedUrl('/talks/x', at('/talks/x/'))).toBe(true);
    expect(rendersPrerenderedUrl('/talks/', at('/talks'))).toBe(true);
    expect(rendersPrerenderedUrl('/', at('/'))).toBe(true);
  });

  it('renders afresh elsewhere: with a query, at another path, or from 404.html', () => {
    expect(rendersPrerenderedUrl('/talks/x', at('/talks/x', '?topic=alerting'))).toBe(false);
    expect(rendersPrerenderedUrl('/', at('/talks/nope'))).toBe(false);
    expect(rendersPrerenderedUrl(null, at('/talks/nope'))).toBe(false);
  });
});

describe('answerFor (vite preview as a static host)', () => {
  const files = new Set(['index.html', '404.html', 'talks/x/index.html', 'zh/404.html', 'zh/talks/x/index.html', 'assets/index.js']);
  const hasFile = (file: string) => files.has(file);

  it('serves a page from its directory, keeping the query', () => {
    expect(answerFor('/talks/x', '/', hasFile)).toEqual({ kind: 'rewrite', url: '/talks/x/' });
    expect(answerFor('/talks/x?topic=a&q=b', '/', hasFile)).toEqual({ kind: 'rewrite', url: '/talks/x/?topic=a&q=b' });
    expect(answerFor('/base/talks/x?topic=a', '/base/', hasFile)).toEqual({ kind: 'rewrite', url: '/base/talks/x/?topic=a' });
  });

  it('leaves pages with their slash, assets and foreign paths to Vite', () => {
    expect(answerFor('/', '/', hasFile)).toEqual({ kind: 'pass' });
    expect(answerFor('/talks/x/', '/', hasFile)).toEqual({ kind: 'pass' });
    expect(answerFor('/assets/index.js', '/', hasFile)).toEqual({ kind: 'pass' });
    expect(answerFor('/missing.png', '/', hasFile)).toEqual({ kind: 'pass' });
    expect(answerFor('/elsewhere', '/base/', hasFile)).toEqual({ kind: 'pass' });
  });

  it('answers an unknown page with the not-found page', () => {
    const english = { kind: 'not-found', file: '404.html' };
    expect(answerFor('/talks/nope', '/', hasFile)).toEqual(english);
    expect(answerFor('/talks/nope/', '/', hasFile)).toEqual(english);
    expect(answerFor('/no/such/page?x=1', '/', hasFile)).toEqual(english);
    expect(answerFor('/zhx/nope', '/', hasFile)).toEqual(english);
  });

  it('answers an unknown Chinese page with the Chinese not-found page, and serves a Chinese page', () => {
    expect(answerFor('/zh/talks/nope', '/', hasFile)).toEqual({ kind: 'not-found', file: 'zh/404.html' });
    expect(answerFor('/zh/talks/x?q=a', '/', hasFile)).toEqual({ kind: 'rewrite', url: '/zh/talks/x/?q=a' });
  });

  it('sends the base path without its slash to the base path', () => {
    expect(answerFor('/base?topic=a', '/base/', hasFile)).toEqual({ kind: 'redirect', location: '/base/?topic=a' });
  });
});
