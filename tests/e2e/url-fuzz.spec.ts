// "Never breaks, never leaks": a few hundred hostile or malformed addresses, generated from a
// fixed seed so a failure always reproduces. Each one must be answered, render exactly one page
// heading (the page the URL names, or "Page not found"), run no injected script and log no error.
// The fixture fails the test on any console error, page error or request that leaves localhost.
import type { Page } from '@playwright/test';
import {
  CATALOG_HEADING,
  NOT_FOUND_HEADING,
  SHARED_HEADING,
  TALK_COUNT,
  speakers,
  talkIds,
  talkTitle,
  talkTitles,
  topicIds,
} from './catalog-facts';
import { languageEntryScript } from '../../scripts/prerender/language-entry-script';
import { mulberry32 } from '../../scripts/synthetic/random';
import { isTalkId, MAX_SHARED_IDS } from '../../src/reader-list/reader-list-format';
import { expect, test } from './fixtures';

const ENTRY_SCRIPT = languageEntryScript('/');

// Seeded, so the same URLs are thrown on every run.
const random = mulberry32(20170329);
const int = (max: number) => Math.floor(random() * max);
function pick<T>(values: readonly T[]): T {
  const value = values[int(values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

type Expected =
  | { kind: 'catalog' }
  | { kind: 'talk'; heading: string }
  | { kind: 'speaker'; heading: string }
  | { kind: 'shared' }
  | { kind: 'not-found' }
  /** Addresses whose meaning is the router's call (double slashes): any real page heading will do. */
  | { kind: 'archive' }
  | { kind: 'any' };

type FuzzCase = { path: string; expected: Expected; family: string };

// The values thrown, raw (the browser percent-encodes what it must) or pre-encoded.
const SCRIPTS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'-alert(1)-'",
  '<svg onload=alert(1)>',
  '"><img src=x onerror="window.fuzzPwned=1">',
  '</title><script>window.fuzzPwned=1</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
];
const UNICODE = ['普罗米修斯 告警', 'مراقبة الأداء', '\u202Egnp.exe', '🔥📈🚨', 'e\u0301\u0301', '\uFEFFzero\u200Bwidth', 'Ｐｒｏｍｅｔｈｅｕｓ', '𝔭𝔯𝔬𝔪'];
const BROKEN = ['%', '%E0%A4%A', '%ZZ', '%C0%AF', '%ED%A0%80', '%%', '%2', '%u0041', '%00', '%FF%FE'];
const WORDS = ['prometheus', 'alert', 'brazil', 'storage', 'x', '', ' ', '-', '..', '.', '0', 'null', 'undefined', '__proto__', 'constructor'];

const encode = (text: string) => (random() < 0.5 ? encodeURIComponent(text) : text.replace(/[#?&/%\s]/g, (c) => encodeURIComponent(c)));

/** One path segment that names nothing in the catalog. */
function junkSegment(): string {
  switch (int(5)) {
    case 0:
      return encode(pick(SCRIPTS));
    case 1:
      return encode(pick(UNICODE));
    case 2:
      return pick(BROKEN);
    case 3:
      return `${pick(['not-a-talk', 'talk', 'PROMETHEUS', 'counting_with_prometheus', 'a'.repeat(101)])}${pick(BROKEN.slice(8))}`;
    default:
      return encodeURIComponent(pick(WORDS.filter((word) => word !== '' && word !== '.' && word !== '..'))) + String(int(1000));
  }
}

/** A query value: sometimes valid, mostly not. */
function junkValue(valid: readonly string[]): string {
  switch (int(6)) {
    case 0:
      return pick(valid);
    case 1:
      return '';
    case 2:
      return encode(pick(SCRIPTS));
    case 3:
      return encode(pick(UNICODE));
    case 4:
      return pick(BROKEN);
    default:
      return encode(`${pick(WORDS)}${pick(['', '1', ' ', '+', ','])}`);
  }
}

function catalogQuery(): string {
  const params: string[] = [];
  const count = 1 + int(6);
  for (let i = 0; i < count; i += 1) {
    const name = pick(['q', 'q', 'topic', 'topic', 'level', 'sort', 'slides', 'saved', 'unwatched', 'utm_source', '__proto__', 'topic[]', '']);
    const valid =
      name === 'topic' ? topicIds : name === 'level' ? ['keynote', 'beginner', 'advanced', 'unknown'] : name === 'sort' ? ['title', 'speaker', 'level', 'post'] : ['1'];
    params.push(random() < 0.1 ? name : `${name}=${junkValue(valid)}`);
  }
  return `?${params.join(pick(['&', '&', '&&', ';']))}`;
}

function sharedIds(): string {
  const parts: string[] = [];
  const count = int(8);
  for (let i = 0; i < count; i += 1) parts.push(random() < 0.4 ? pick(talkIds) : junkValue(talkIds));
  return parts.join(pick([',', ',', ',,', '%2C', ', ']));
}

function generateCases(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const add = (family: string, path: string, expected: Expected) => cases.push({ family, path, expected });
  const notFound: Expected = { kind: 'not-found' };

  // Controls: real pages, so a wrong expectation below could not hide behind "everything is 404".
  add('control', '/', { kind: 'catalog' });
  for (const id of talkIds) add('control', `/talks/${id}`, { kind: 'talk', heading: talkTitle(id) });
  for (const speaker of speakers.slice(0, 4)) add('control', `/speakers/${speaker.id}`, { kind: 'speaker', heading: speaker.name });
  add('control', `/shared?ids=${talkIds.slice(0, 3).join(',')}`, { kind: 'shared' });

  for (let i = 0; i < 30; i += 1) add('unknown talk', `/talks/${junkSegment()}`, notFound);
  const suffixes = ['-', '-2', 'x', '.html', '.json', '%20', '%00', '!', '~', ';a=1', '%2F', '%2Fextra', '/extra', '/../x', '%E0%A4%A', '%3Cscript%3E', '%E2%80%8B', '%ZZ', '/index.html', '?#'];
  for (let i = 0; i < 25; i += 1) {
    const suffix = pick(suffixes);
    // "?#" leaves the path valid: an empty query and fragment still name the talk.
    const id = pick(talkIds);
    add('valid id, junk suffix', `/talks/${id}${suffix}`, suffix === '?#' ? { kind: 'talk', heading: talkTitle(id) } : notFound);
  }
  for (let i = 0; i < 15; i += 1) add('unknown speaker', `/speakers/${junkSegment()}`, notFound);
  for (let i = 0; i < 5; i += 1) add('valid speaker, junk suffix', `/speakers/${pick(speakers).id}${pick(suffixes.slice(0, 18))}`, notFound);

  for (let i = 0; i < 55; i += 1) add('catalog query', `/${catalogQuery()}`, { kind: 'catalog' });
  add('catalog query', '/?topic=&topic=&q=', { kind: 'catalog' });
  add('catalog query', '/?q=&q=&q=%3Cscript%3E', { kind: 'catalog' });
  add('catalog query', '/?topic=alerting&topic=alerting&topic=ALERTING&level=advanced&level=advanced', { kind: 'catalog' });
  add('catalog query', '/?sort=constructor&sort=__proto__&level=toString', { kind: 'catalog' });
  add('catalog query', `/?q=${encodeURIComponent(SCRIPTS[0] ?? '')}&topic=${encodeURIComponent(SCRIPTS[1] ?? '')}`, { kind: 'catalog' });
  for (const script of SCRIPTS) add('script in q', `/?q=${encode(script)}`, { kind: 'catalog' });
  for (const text of UNICODE) add('unicode in q', `/?q=${encode(text)}`, { kind: 'catalog' });
  for (const broken of BROKEN) add('broken encoding in q', `/?q=a${broken}b&topic=${broken}`, { kind: 'catalog' });

  // Long queries: the search keeps its first 200 characters; nothing may slow down or break.
  add('10,000-character q', `/?q=${'a'.repeat(10_000)}`, { kind: 'catalog' });
  add('10,000-character q', `/?q=${'javascript:alert(1)//'.repeat(476)}`, { kind: 'catalog' });
  // Characters a URL carries unescaped, with a few that need escaping: the request line stays
  // under the server's 16 KB header limit, which real servers share (a longer URL is refused).
  add('10,000-character q', `/?q=${Array.from({ length: 10_000 }, () => pick(['x', 'y', '.', '-', '_', '~', '+', '0', 'z', '<', '"'])).join('')}`, { kind: 'catalog' });
  add('10,000-character q', `/?q=${'%3C'.repeat(3_334)}`, { kind: 'catalog' });
  add('10,000-character q', `/?q=a${encodeURIComponent('🔥'.repeat(600))}`, { kind: 'catalog' });
  add('10,000-character q', `/?${'topic=x&'.repeat(1_250)}`, { kind: 'catalog' });

  for (let i = 0; i < 18; i += 1) add('shared junk', `/shared?ids=${sharedIds()}`, { kind: 'shared' });
  add('shared junk', '/shared?ids=', { kind: 'shared' });
  add('shared junk', '/shared', { kind: 'shared' });
  add('shared junk', `/shared?ids=${','.repeat(5_000)}`, { kind: 'shared' });
  add('shared junk', `/shared?ids=${talkIds.join(',')}&ids=${encodeURIComponent(SCRIPTS[0] ?? '')}`, { kind: 'shared' });
  add('shared junk', `/shared?ids=${`${talkIds[0] ?? ''},`.repeat(250)}`, { kind: 'shared' });
  // Only the first 500 entries are read: a known id after them is not listed.
  add('shared junk', `/shared?ids=${'x,'.repeat(600)}${talkIds[1] ?? ''}`, { kind: 'shared' });

  for (const path of [
    '/talks/..%2F..%2Fetc%2Fpasswd',
    '/talks/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/talks/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/talks/%252e%252e%252fetc%252fpasswd',
    '/speakers/..%5C..%5Cwindows%5Cwin.ini',
    '/talks/....//....//etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2F..%2Fpackage.json',
    '/assets/..%2f..%2f.git%2fconfig',
    '/..%2F..%2F..%2Fetc%2Fpasswd',
    '/shared/..%2F..%2Fetc%2Fpasswd?ids=..%2F..',
  ]) {
    add('path traversal', path, notFound);
  }

  for (const path of ['//', '///', '//talks/counting-with-prometheus', '/talks//counting-with-prometheus', '//?q=x', '/speakers//brian-brazil', '//shared?ids=counting-with-prometheus', '//evil.example/', '/talks/counting-with-prometheus//', '////talks////x']) {
    add('double slash', path, { kind: 'any' });
  }

  const firstId = talkIds[0] ?? '';
  const firstSpeaker = speakers[0] ?? { id: '', name: '' };
  add('trailing slash', `/talks/${firstId}/`, { kind: 'talk', heading: talkTitle(firstId) });
  add('trailing slash', `/speakers/${firstSpeaker.id}/`, { kind: 'speaker', heading: firstSpeaker.name });
  add('trailing slash', `/shared/?ids=${firstId}`, { kind: 'shared' });
  add('trailing slash', '/shared/', { kind: 'shared' });
  add('trailing slash', '/?topic=alerting/', { kind: 'catalog' });
  // /talks is the archive of every talk, with or without the slash.
  add('trailing slash', '/talks/', { kind: 'archive' });
  add('trailing slash', '/speakers/', notFound);
  add('trailing slash', '/talks', { kind: 'archive' });
  add('trailing slash', '/no/such/page/', notFound);

  add('very long path', `/${'a'.repeat(8_000)}`, notFound);
  add('very long path', `/talks/${'x'.repeat(6_000)}`, notFound);
  add('very long path', `/talks/${firstId}${'-x'.repeat(3_000)}`, notFound);
  add('very long path', '/a'.repeat(3_000), notFound);
  add('very long path', `/speakers/${'%F0%9F%94%A5'.repeat(600)}`, notFound);
  add('very long path', `/talks/${encodeURIComponent('普'.repeat(800))}`, notFound);
  add('very long path', `/${'../'.repeat(1_000)}etc/passwd`, notFound);
  add('very long path', `/talks/${'%3Cscript%3E'.repeat(500)}`, notFound);

  add('fragment', '/#%E0%A4%A', { kind: 'catalog' });
  add('fragment', `/talks/${firstId}#${encodeURIComponent(SCRIPTS[0] ?? '')}`, { kind: 'talk', heading: talkTitle(firstId) });
  add('fragment', '/?q=a#%', { kind: 'catalog' });
  add('fragment', `/#${'x'.repeat(5_000)}`, { kind: 'catalog' });
  return cases;
}

const CASES = generateCases();
const BATCH = 25;
const BATCHES = Array.from({ length: Math.ceil(CASES.length / BATCH) }, (_, i) => CASES.slice(i * BATCH, (i + 1) * BATCH));
const ANY_HEADING = [CATALOG_HEADING, NOT_FOUND_HEADING, SHARED_HEADING, ...talkTitles, ...speakers.map((s) => s.name)];

/** A path that is not valid percent-encoding (a lone "%", %C0%AF): the server cannot map it to a page. */
function undecodablePath(url: URL): boolean {
  try {
    decodeURIComponent(url.pathname);
    return false;
  } catch {
    return true;
  }
}

/** What the app's search box must show: the q parameter exactly as URLSearchParams reads it, cut to 200. */
const expectedSearch = (url: URL) => (url.searchParams.get('q') ?? '').slice(0, 200);

/** What the shared page must list: the known ids among the link's first MAX_SHARED_IDS distinct valid ids. */
function expectedShared(url: URL): number {
  const ids = [...new Set((url.searchParams.get('ids') ?? '').split(',').filter(isTalkId))].slice(0, MAX_SHARED_IDS);
  return ids.filter((id) => talkIds.includes(id)).length;
}

async function visit(page: Page, fuzzCase: FuzzCase, origin: string, serverRefusals: string[]): Promise<void> {
  const href = `${origin}${fuzzCase.path}`;
  const label = `${fuzzCase.family}: ${href.length > 160 ? `${href.slice(0, 160)}… (${href.length} characters)` : href}`;
  const url = new URL(href);
  const leaks = /root:.*:0:0:|"devDependencies"|\[core\]/;

  if (undecodablePath(url)) {
    // A path that is not valid percent-encoding never reaches the app: vite preview answers an
    // empty 404 (Chromium then shows its own error page). Checked over HTTP, not in the page.
    const answer = await page.request.get(href);
    expect([400, 404], `status for ${label}`).toContain(answer.status());
    expect(await answer.text(), `nothing but the app is served for ${label}`).not.toMatch(leaks);
    serverRefusals.push(fuzzCase.path);
    return;
  }

  const response = await page.goto(href, { waitUntil: 'domcontentloaded' });
  if (response === null) throw new Error(`no response for ${label}`);
  expect([200, 404], `status for ${label}`).toContain(response.status());
  expect(await response.text(), `nothing but the app is served for ${label}`).not.toMatch(leaks);

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading, `one page heading for ${label}`).toHaveCount(1);
  await expect(page.locator('h1'), `no hidden second <h1> for ${label}`).toHaveCount(1);
  await expect(heading, label).toBeVisible();
  const { expected } = fuzzCase;
  switch (expected.kind) {
    case 'catalog':
      await expect(heading, label).toHaveText(CATALOG_HEADING);
      await expect(page.getByRole('searchbox', { name: 'Search talks' }), `the search box shows q as typed text: ${label}`).toHaveValue(
        expectedSearch(url),
      );
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Showing \\d+ of ${TALK_COUNT} talks$`) }), label).toBeVisible();
      break;
    case 'talk':
    case 'speaker':
      await expect(heading, label).toHaveText(expected.heading);
      break;
    case 'shared': {
      await expect(heading, label).toHaveText(SHARED_HEADING);
      const count = expectedShared(url);
      await expect(page.getByRole('article'), `the shared page lists each known talk in the link once: ${label}`).toHaveCount(count);
      if (count === 0) await expect(page.getByText('This shared link holds no talk from this catalog.'), label).toBeVisible();
      break;
    }
    case 'archive':
      await expect(heading, label).toHaveText('All talks');
      break;
    case 'not-found':
      await expect(heading, label).toHaveText(NOT_FOUND_HEADING);
      await expect(page.getByRole('link', { name: 'Go to the front page' }), label).toBeVisible();
      break;
    case 'any':
      expect(ANY_HEADING, `a real page heading for ${label}`).toContain((await heading.textContent()) ?? '');
      break;
  }

  // Nothing the URL carried became markup or ran (one round trip: this runs for every URL).
  // The language entry script of English pages is the site's own, allowed by its hash.
  const injected = await page.evaluate((entryScript) => ({
    markup: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:" i]').length,
    inlineScripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')].filter(
      (script) => script.textContent !== entryScript,
    ).length,
    ran: 'fuzzPwned' in window,
  }), ENTRY_SCRIPT);
  expect(injected, `nothing injected by ${label}`).toEqual({ markup: 0, inlineScripts: 0, ran: false });
}

test.describe(`URL fuzz: ${CASES.length} generated URLs`, () => {
  test('the generator throws at least 200 URLs of every family, the same ones every run', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CASES.map((c) => c.path)).size, 'distinct URLs').toBeGreaterThanOrEqual(200);
    const families = new Set(CASES.map((c) => c.family));
    for (const family of ['unknown talk', 'valid id, junk suffix', 'catalog query', 'script in q', 'unicode in q', 'broken encoding in q', '10,000-character q', 'shared junk', 'path traversal', 'double slash', 'trailing slash', 'very long path']) {
      expect(families, family).toContain(family);
    }
    expect(CASES.some((c) => c.path.length > 10_000)).toBe(true);
  });

  BATCHES.forEach((batch, index) => {
    test(`batch ${index + 1}/${BATCHES.length}: ${batch.length} of ${CASES.length} URLs`, async ({ page, problems }, testInfo) => {
      test.setTimeout(60_000);
      testInfo.annotations.push({ type: 'URLs thrown', description: `${batch.length} in this batch, ${CASES.length} in all` });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      const origin = new URL(testInfo.project.use.baseURL ?? 'http://127.0.0.1:4173').origin;
      const serverRefusals: string[] = [];
      for (const fuzzCase of batch) {
        await visit(page, fuzzCase, origin, serverRefusals);
        expect(dialogs, `no dialog may open (${fuzzCase.path.slice(0, 120)})`).toEqual([]);
        expect(problems, `errors while loading ${fuzzCase.path.slice(0, 120)}`).toEqual([]);
      }
      if (serverRefusals.length > 0) {
        testInfo.annotations.push({
          type: 'answered 404 by the server (undecodable path)',
          description: serverRefusals.map((path) => path.slice(0, 60)).join('  '),
        });
      }
    });
  });
});
