import { describe, expect, it } from 'vitest';
import type { CatalogInput } from '../../src/catalog/catalog-schema';
import { formatPath, parseCatalogText, validateCatalog, validateCatalogPart } from '../../src/catalog/validate-catalog';
import { FIXTURE_FILE, fixtureInput, fixtureText } from './fixture-catalog';

type TalkInput = CatalogInput['talks'][number];

const LABEL = 'catalog.json';

function talkAt(catalog: CatalogInput, index: number): TalkInput {
  const talk = catalog.talks[index];
  if (talk === undefined) throw new Error(`the fixture has no talks[${index}]`);
  return talk;
}

function problemsOf(input: unknown): string[] {
  const result = validateCatalog(input, LABEL);
  return result.ok ? [] : result.problems;
}

function parsed(input: CatalogInput) {
  const result = validateCatalog(input, LABEL);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.catalog;
}

describe('the fixture catalog', () => {
  it('validates, with its 6 talks, 3 events and 1 collection', () => {
    const result = parseCatalogText(fixtureText, FIXTURE_FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalog.talks).toHaveLength(6);
    expect(result.catalog.events).toHaveLength(3);
    expect(result.catalog.collections.map((c) => c.id)).toEqual(['fixture-picks']);
  });
});

describe('defaults and normalisation', () => {
  it('fills in empty lists for a talk’s omitted speakers, topics and videos', () => {
    const data = fixtureInput();
    const talk = talkAt(data, 5);
    delete talk.speakers;
    delete talk.topics;
    delete talk.videos;
    talk.id = 'panel-on-kubernetes';
    const out = parsed(data).talks[5];
    expect(out).toMatchObject({ speakers: [], topics: [], videos: [] });
  });

  it('treats an omitted pick as false, and an omitted collections list as none', () => {
    const data = fixtureInput();
    expect(parsed(data).collections[0]?.entries.map((e) => e.pick)).toEqual([false, true, false]);
    delete data.collections;
    expect(parsed(data).collections).toEqual([]);
  });

  it('trims the text it keeps', () => {
    const data = fixtureInput();
    talkAt(data, 0).title = { en: '  Counting Things  ' };
    expect(parsed(data).talks[0]?.title).toEqual({ en: 'Counting Things' });
  });

  it('tells "no slides published" (null) apart from "not known" (absent)', () => {
    const catalog = parsed(fixtureInput());
    expect(catalog.talks[1]?.slides).toBeNull();
    expect(catalog.talks[2]).not.toHaveProperty('slides');
    expect(catalog.talks[0]?.slides).toEqual({ url: 'https://example.org/slides/counting.pdf' });
  });

  it('accepts a talk whose title is only in Chinese, or only in English', () => {
    const catalog = parsed(fixtureInput());
    expect(catalog.talks[4]?.title).toEqual({ zh: '生产环境中的 Envoy' });
    expect(catalog.talks[1]?.title).toEqual({ en: 'Keynote: Opening the Conference' });
  });

  it('accepts speaker ids in any script', () => {
    expect(parsed(fixtureInput()).speakers.map((s) => s.id)).toContain('张三');
  });
});

describe('links', () => {
  it.each([
    ['javascript:alert(1)', 'expected an absolute http(s) URL, got "javascript:alert(1)"'],
    ['data:text/html,<b>hi</b>', 'expected an absolute http(s) URL, got "data:text/html,<b>hi</b>"'],
    ['ftp://example.com/slides.pdf', 'expected an absolute http(s) URL, got "ftp://example.com/slides.pdf"'],
    ['file:///etc/passwd', 'expected an absolute http(s) URL, got "file:///etc/passwd"'],
    ['mailto:someone@example.com', 'expected an absolute http(s) URL, got "mailto:someone@example.com"'],
    ['//example.com/slides.pdf', 'expected an absolute http(s) URL, got "//example.com/slides.pdf"'],
    ['slides.pdf', 'expected an absolute http(s) URL, got "slides.pdf"'],
    ['https://', 'expected an absolute http(s) URL, got "https://"'],
    ['https://example.org/my slides.pdf', 'URL contains a space; write it as %20'],
    ['https://user:secret@example.org/slides.pdf', 'URL must not contain a user name or password'],
  ])('refuses %s as a slides link', (url, message) => {
    const data = fixtureInput();
    talkAt(data, 0).slides = { url };
    expect(problemsOf(data)).toEqual([`${LABEL}: talks[0] (counting-things): slides.url: ${message}`]);
  });

  it('refuses a URL longer than 2048 characters', () => {
    const data = fixtureInput();
    talkAt(data, 0).slides = { url: `https://example.org/${'a'.repeat(2100)}` };
    expect(problemsOf(data)).toEqual([`${LABEL}: talks[0] (counting-things): slides.url: URL is too long (2120 characters, at most 2048)`]);
  });

  it('never repeats a password back in its message', () => {
    const data = fixtureInput();
    talkAt(data, 0).slides = { url: 'https://user:secret@example.org/' };
    expect(problemsOf(data).join('\n')).not.toContain('secret');
  });

  it.each(['http://example.com/slides.pdf', 'https://example.com/slides.pdf', 'https://例子.测试/幻灯片'])('accepts %s as a link', (url) => {
    const data = fixtureInput();
    talkAt(data, 0).slides = { url };
    expect(problemsOf(data)).toEqual([]);
  });

  it.each([
    ['youtube', 'https://youtu.be/aaaaaaaaaaa', 'expected a YouTube watch URL (https://www.youtube.com/watch?v=…), got "https://youtu.be/aaaaaaaaaaa"'],
    ['youtube', 'https://www.youtube.com/watch?v=short', 'expected a YouTube watch URL (https://www.youtube.com/watch?v=…), got "https://www.youtube.com/watch?v=short"'],
    ['youtube', 'http://www.youtube.com/watch?v=aaaaaaaaaaa', 'expected a YouTube watch URL (https://www.youtube.com/watch?v=…), got "http://www.youtube.com/watch?v=aaaaaaaaa…"'],
    ['tencent', 'https://v.qq.com/x/cover/abc.html', 'expected a Tencent Video page URL (https://v.qq.com/x/page/….html), got "https://v.qq.com/x/cover/abc.html"'],
  ])('refuses a %s video at %s', (host, url, message) => {
    const data = fixtureInput();
    talkAt(data, 0).videos = [{ host: host as 'youtube' | 'tencent', url }];
    expect(problemsOf(data)).toEqual([`${LABEL}: talks[0] (counting-things): videos[0].url: ${message}`]);
  });

  it('accepts any http(s) URL for hosts it does not embed', () => {
    const data = fixtureInput();
    talkAt(data, 0).videos = [{ host: 'other', url: 'https://example.org/recording.mp4' }];
    expect(problemsOf(data)).toEqual([]);
  });
});

describe('other fields', () => {
  it('names the allowed values of a vocabulary', () => {
    const data = fixtureInput();
    (talkAt(data, 0) as { level: string }).level = 'expert';
    expect(problemsOf(data)).toEqual([`${LABEL}: talks[0] (counting-things): level: expected one of beginner, intermediate, advanced, got "expert"`]);
  });

  it('refuses a date that is not on the calendar', () => {
    const data = fixtureInput();
    talkAt(data, 0).date = '2017-02-30';
    expect(problemsOf(data)).toEqual([`${LABEL}: talks[0] (counting-things): date: "2017-02-30" is not a real calendar date`]);
  });

  it('accepts a BCP 47 language tag and refuses anything else', () => {
    const data = fixtureInput();
    talkAt(data, 0).language = 'zh-Hans';
    expect(problemsOf(data)).toEqual([]);
    talkAt(data, 0).language = 'Chinese';
    expect(problemsOf(data)).toEqual([
      `${LABEL}: talks[0] (counting-things): language: expected a language tag such as "en" or "zh-Hans", got "Chinese"`,
    ]);
  });

  it('needs at least one talk in a whole catalog, but not in a part', () => {
    const data = fixtureInput();
    data.talks = [];
    data.collections = [];
    data.speakers = [];
    expect(problemsOf(data)).toEqual([`${LABEL}: talks: the catalog has no talks`]);
    expect(validateCatalogPart({ talks: [] }, 'part.json')).toMatchObject({ ok: true });
  });

  it('checks a part for shape only, every field optional', () => {
    expect(validateCatalogPart({}, 'part.json')).toEqual({ ok: true, part: {} });
    expect(validateCatalogPart({ talk: [] }, 'part.json')).toEqual({ ok: false, problems: ['part.json: talk: unknown field "talk"'] });
    expect(validateCatalogPart([], 'part.json')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^part\.json: expected an object with any of/)] });
  });
});

describe('formatPath', () => {
  const input = { talks: [{ id: 'a-talk' }, { id: 7 }], site: {} };
  it('names an entry of a list by its index and id, then the field', () => {
    expect(formatPath([{ key: 'talks' }, { key: 0 }, { key: 'videos' }, { key: 1 }, { key: 'url' }], input)).toBe('talks[0] (a-talk): videos[1].url');
  });
  it('leaves the id out where the entry has none it can show', () => {
    expect(formatPath([{ key: 'talks' }, { key: 1 }, { key: 'id' }], input)).toBe('talks[1]: id');
    expect(formatPath([{ key: 'talks' }, { key: 5 }], input)).toBe('talks[5]');
  });
  it('writes other paths as dotted fields', () => {
    expect(formatPath([{ key: 'site' }, { key: 'name' }, { key: 'en' }], input)).toBe('site.name.en');
    expect(formatPath([], input)).toBe('');
  });
});
