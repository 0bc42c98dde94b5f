// The link checker against a local server that plays every kind of link we meet in the wild.
// Nothing here may reach the internet: the fetch used refuses any host but 127.0.0.1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../src/catalog/validate-catalog';
import { LinkStatusFileSchema } from '../../src/link-health/link-status-schema';
import { runCheckLinks } from '../../scripts/link-check/check-links';
import { collectLinks } from '../../scripts/link-check/collect-links';
import { describeFetchFailure } from '../../scripts/link-check/describe-fetch-failure';
import { mapWithConcurrency } from '../../scripts/link-check/limit-concurrency';
import { parseCheckLinksArgs } from '../../scripts/link-check/parse-check-links-args';
import { fixtureCatalog } from './fixture-catalog';

const NOW = '2026-11-25T08:00:00.000Z';
const TIMEOUT_MS = 300;

const localOnlyFetch: typeof fetch = async (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  if (url.hostname !== '127.0.0.1') throw new Error(`test tried to reach ${url.href}`);
  return fetch(input, init);
};

const offline = (log: string[] = []) => ({
  log: (line: string) => log.push(line),
  fetch: localOnlyFetch,
  now: () => new Date(NOW),
});

describe('check-links against a local server', () => {
  let server: Server;
  let base: string;
  let workDir: string;
  let inFlight = 0;
  let maxInFlight = 0;
  const hits = new Map<string, number>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const route = req.url ?? '';
      hits.set(route, (hits.get(route) ?? 0) + 1);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.on('close', () => (inFlight -= 1));
      switch (route) {
        case '/ok':
          return res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        case '/moved':
          return res.writeHead(301, { location: '/ok' }).end();
        case '/gone':
          return res.writeHead(404).end();
        case '/removed':
          return res.writeHead(410).end();
        case '/error':
          return res.writeHead(503).end();
        case '/slow':
          return; // never answers
        case '/reset':
          return req.socket.destroy();
        case '/endless':
          // Headers, then a body that never ends: the checker must not wait for it.
          res.writeHead(200, { 'content-type': 'text/plain' });
          return res.write('the first of many chunks');
        default:
          return res.writeHead(500).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    workDir = mkdtempSync(path.join(tmpdir(), 'check-links-'));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(workDir, { recursive: true, force: true });
  });

  /**
   * A valid catalog in two files, whose 9 link fields point at the server (one repeated, to test
   * dedup): each talk's video and slides in the first, a collection's slide links in the second.
   */
  function writeDataset(): string[] {
    const minimal = readFileSync(new URL('../fixtures/minimal-valid.json', import.meta.url), 'utf8');
    const parsed = parseCatalogText(minimal, 'minimal-valid.json');
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const [template] = parsed.catalog.talks;
    if (template === undefined) throw new Error('minimal-valid.json has no talk');
    const routes = [
      ['/ok', '/moved', '/gone'],
      ['/removed', '/error', '/slow'],
      ['/reset', '/endless', '/ok'],
    ] as const;
    // YouTube and Tencent links must be the real hosts, so the videos are of another host here.
    const talks = routes.map(([video, slides], i) => ({
      ...template,
      id: `talk-${i}`,
      videos: [{ host: 'other', url: `${base}${video}` }],
      slides: { url: `${base}${slides}` },
    }));
    const collection = {
      id: 'local-picks',
      title: { en: 'Local picks', zh: '本地推荐' },
      source: { title: 'A local list' },
      entries: routes.map(([, , entrySlides], i) => ({ talk: `talk-${i}`, links: { slides: `${base}${entrySlides}` } })),
    };
    const archive = path.join(workDir, 'archive.json');
    const curated = path.join(workDir, 'curated.json');
    writeFileSync(archive, JSON.stringify({ ...parsed.catalog, talks }));
    writeFileSync(curated, JSON.stringify({ collections: [collection] }));
    return [archive, curated];
  }

  it('classifies each link, retries only failures, stays within the concurrency limit, and writes the file', async () => {
    const datasets = writeDataset();
    const out = path.join(workDir, 'nested', 'link-status.json');
    const log: string[] = [];
    const argv = ['--timeout', String(TIMEOUT_MS), '--concurrency=2', '--out', out, ...datasets];

    const exitCode = await runCheckLinks(argv, { cwd: workDir, ...offline(log) });

    expect(exitCode).toBe(1); // two links are definitely gone
    const text = readFileSync(out, 'utf8');
    const written = v.parse(LinkStatusFileSchema, JSON.parse(text));
    expect(written).toEqual({
      checkedAt: NOW,
      links: {
        [`${base}/endless`]: { status: 'working', checkedAt: NOW, httpStatus: 200 },
        [`${base}/error`]: { status: 'unverified', checkedAt: NOW, httpStatus: 503, reason: 'HTTP 503' },
        [`${base}/gone`]: { status: 'broken', checkedAt: NOW, httpStatus: 404 },
        [`${base}/moved`]: { status: 'working', checkedAt: NOW, httpStatus: 200, finalUrl: `${base}/ok` },
        [`${base}/ok`]: { status: 'working', checkedAt: NOW, httpStatus: 200 },
        [`${base}/removed`]: { status: 'broken', checkedAt: NOW, httpStatus: 410 },
        [`${base}/reset`]: { status: 'unverified', checkedAt: NOW, reason: 'connection reset' },
        [`${base}/slow`]: { status: 'unverified', checkedAt: NOW, reason: `timed out after ${TIMEOUT_MS} ms` },
      },
    });
    const keys = Object.keys(written.links);
    expect(keys).toEqual([...keys].sort());
    expect(text.endsWith('}\n')).toBe(true);

    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(maxInFlight).toBe(2);
    expect(Object.fromEntries(hits)).toEqual({
      '/ok': 2, // once directly, once after /moved; the duplicate link is checked once
      '/moved': 1,
      '/gone': 1,
      '/removed': 1,
      '/error': 1, // an HTTP answer is final
      '/slow': 2, // timeouts and network errors get one retry
      '/reset': 2,
      '/endless': 1,
    });

    expect(log).toContain(`broken      404  ${base}/gone`);
    expect(log).toContain(`unverified  -    ${base}/slow  (timed out after ${TIMEOUT_MS} ms)`);
    expect(log).toContain(`working     200  ${base}/moved  (→ ${base}/ok)`);
    expect(log).toContain('8 links: 3 working, 2 broken, 3 unverified');
    expect(log[0]).toBe(`Checking 8 links from ${datasets.join(' + ')} (concurrency 2, timeout ${TIMEOUT_MS} ms)…`);
  });
});

describe('runCheckLinks refuses to start', () => {
  const cwd = path.resolve(import.meta.dirname, '../..');

  it.each([
    [['--timeout', 'soon']],
    [['--concurrency', '0']],
    [['--retries', '3']],
    [['--out']],
    [['-v']],
  ])('with bad arguments %j', async (argv) => {
    expect(await runCheckLinks(argv, { cwd, ...offline() })).toBe(2);
  });

  it('on an invalid dataset, listing its problems', async () => {
    const log: string[] = [];
    const fixture = 'tests/fixtures/invalid/javascript-url.json';
    expect(await runCheckLinks([fixture], { cwd, ...offline(log) })).toBe(2);
    expect(log).toEqual([
      [
        `${fixture} is invalid; fix it first (npm run validate-data):`,
        `${fixture}: talks[0] (counting-things): slides.url: expected an absolute http(s) URL, got "javascript:alert(1)"`,
      ].join('\n  '),
    ]);
  });

  it('on a missing dataset', async () => {
    const log: string[] = [];
    expect(await runCheckLinks(['tests/fixtures/catalog.json', 'data/missing.json'], { cwd, ...offline(log) })).toBe(2);
    expect(log).toEqual(['data/missing.json: cannot read the file: no such file']);
  });
});

describe('data/link-status.json', () => {
  it('matches the schema the app reads it with', () => {
    const text = readFileSync(new URL('../../data/link-status.json', import.meta.url), 'utf8');
    expect(v.safeParse(LinkStatusFileSchema, JSON.parse(text)).success).toBe(true);
  });
});

describe('parseCheckLinksArgs', () => {
  it('has defaults for everything', () => {
    expect(parseCheckLinksArgs([])).toEqual({
      ok: true,
      args: { datasets: ['data/cncf-archive.json', 'data/post-prometheus-2017.json'], out: 'data/link-status.json', timeoutMs: 10_000, concurrency: 4 },
    });
  });

  it('names an unknown option rather than asking for its value', () => {
    expect(parseCheckLinksArgs(['--retries'])).toEqual({ ok: false, error: 'unknown option --retries' });
  });

  it('reads flags in either form, and the catalog’s files in order', () => {
    expect(parseCheckLinksArgs(['--timeout=2500', 'b.json', '--concurrency', '8', 'a.json', '--out=x/y.json'])).toEqual({
      ok: true,
      args: { datasets: ['b.json', 'a.json'], out: 'x/y.json', timeoutMs: 2500, concurrency: 8 },
    });
  });

  it('says what is wrong with a value', () => {
    expect(parseCheckLinksArgs(['--timeout', 'soon'])).toEqual({ ok: false, error: '--timeout expects a positive whole number, got "soon"' });
    expect(parseCheckLinksArgs(['--out'])).toEqual({ ok: false, error: '--out needs a value' });
  });
});

describe('collectLinks', () => {
  it('lists every video, slides and collection link of the catalog once, sorted', () => {
    expect(collectLinks(fixtureCatalog)).toEqual([
      'http://t.cn/AAAA',
      'http://t.cn/BBBB',
      'http://t.cn/CCCC',
      'https://example.org/slides/counting.pdf',
      'https://mp.weixin.qq.com/s/abcdef',
      'https://v.qq.com/x/page/a0000000001.html',
      'https://v.qq.com/x/page/c0000000003.html',
      'https://v.qq.com/x/page/d0000000004.html',
      'https://vimeo.com/123456',
      'https://www.youtube.com/watch?v=aaaaaaaaaaa',
      'https://www.youtube.com/watch?v=bbbbbbbbbbb',
      'https://www.youtube.com/watch?v=ddddddddddd',
    ]);
  });

  it('lists a link that several places give only once', () => {
    const [first, ...rest] = fixtureCatalog.talks;
    if (first === undefined) throw new Error('the fixture has no talks');
    const shared = 'https://example.org/shared';
    const catalog = { ...fixtureCatalog, talks: [{ ...first, slides: { url: shared }, videos: [{ host: 'other' as const, url: shared }] }, ...rest] };
    expect(collectLinks(catalog).filter((url) => url === shared)).toHaveLength(1);
  });
});

describe('mapWithConcurrency', () => {
  it('runs at most `limit` tasks at once and keeps results in input order', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapWithConcurrency([30, 5, 20, 1, 10, 15, 2], 3, async (ms) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return ms * 2;
    });
    expect(peak).toBe(3);
    expect(results).toEqual([60, 10, 40, 2, 20, 30, 4]);
  });

  it('copes with fewer items than the limit, and with none', async () => {
    expect(await mapWithConcurrency([1], 4, (n) => Promise.resolve(n + 1))).toEqual([2]);
    expect(await mapWithConcurrency([], 4, (n: number) => Promise.resolve(n))).toEqual([]);
  });
});

describe('describeFetchFailure', () => {
  const failed = (cause: object) => new TypeError('fetch failed', { cause });

  it.each([
    [new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'timed out after 500 ms'],
    [failed({ code: 'ECONNRESET' }), 'connection reset'],
    [failed({ code: 'ENOTFOUND' }), 'DNS lookup failed'],
    [failed({ code: 'ECONNREFUSED' }), 'connection refused'],
    [failed({ code: 'CERT_HAS_EXPIRED' }), 'TLS certificate problem (CERT_HAS_EXPIRED)'],
    [failed(new Error('redirect count exceeded')), 'too many redirects'],
    [failed({ code: 'EWHATEVER' }), 'network error (EWHATEVER)'],
  ])('describes %s', (error, reason) => {
    expect(describeFetchFailure(error, 500)).toBe(reason);
  });
});
