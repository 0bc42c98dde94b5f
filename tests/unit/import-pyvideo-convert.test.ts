// The converter on small fabricated archives, one awkward case at a time, each checked for what it
// does to the catalog and for the finding it leaves in the report.
import { describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../src/catalog/validate-catalog.ts';
import { formatImportReport, type Finding } from '../../scripts/import/import-report.ts';
import { catalogText, convertPyvideo, type PyvideoConversion, type PyvideoFile } from '../../scripts/import/pyvideo/convert-pyvideo.ts';

type Talk = PyvideoConversion['catalog']['talks'][number];

/** A talk file as pyvideo writes it: pretty-printed, non-ASCII as \u escapes. */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

let videoCount = 0;
/** A talk file's fields; each gets a YouTube video of its own unless it says otherwise. */
const video = (fields: Record<string, unknown> = {}) => ({
  description: '',
  language: 'eng',
  recorded: '2019-07-10',
  speakers: ['Ann Lee'],
  title: 'A talk',
  videos: [{ type: 'youtube', url: `https://www.youtube.com/watch?v=${String((videoCount += 1)).padStart(11, 'v')}` }],
  ...fields,
});

/** An archive: paths → objects (written as pyvideo JSON) or raw text. */
function archive(files: Record<string, unknown>): PyvideoFile[] {
  return Object.entries(files).map(([path, value]) => ({ path, text: typeof value === 'string' ? value : json(value) }));
}

const EVENT = { 'conf-2019/category.json': { title: 'Conf 2019' } };

async function convert(files: Record<string, unknown>) {
  const result = await convertPyvideo(archive({ ...EVENT, ...files }));
  const text = catalogText(result.catalog);
  const checked = parseCatalogText(text, 'pyvideo.json');
  expect(checked.ok ? [] : checked.problems).toEqual([]);
  const talk = (file: string): Talk | undefined => result.catalog.talks.find((t) => t.source?.file === `conf-2019/videos/${file}`);
  const findings = (rule: string): Finding[] => result.report.findings.filter((f) => f.rule === rule);
  return { ...result, text, talk, findings };
}

describe('convertPyvideo: the catalog around the talks', () => {
  it('credits pyvideo and names the site in both languages, with Chinese punctuation in Chinese', async () => {
    const { catalog } = await convert({ 'conf-2019/videos/a.json': video() });
    expect(catalog.sources).toEqual([{ id: 'pyvideo', title: 'pyvideo.org data', url: 'https://github.com/pyvideo/data', license: 'CC0-1.0' }]);
    expect(catalog.site.name).toEqual({ en: 'PyVideo archive', zh: 'PyVideo 演讲档案' });
    expect(catalog.site.description.zh).toMatch(/，.*。$/);
    expect(catalog.site.description.zh).not.toMatch(/[,.]\s/);
  });

  it('takes site name overrides', async () => {
    const { catalog } = await convertPyvideo(archive({ ...EVENT, 'conf-2019/videos/a.json': video() }), { siteName: { en: 'My talks', zh: '我的演讲' } });
    expect(catalog.site.name).toEqual({ en: 'My talks', zh: '我的演讲' });
  });

  it('makes an event of each folder, with its recording days as its dates', async () => {
    const { catalog } = await convert({
      'conf-2019/videos/a.json': video({ recorded: '2019-07-12' }),
      'conf-2019/videos/b.json': video({ recorded: '2019-07-10T09:00:00' }),
    });
    expect(catalog.events).toEqual([{ id: 'conf-2019', name: { en: 'Conf 2019' }, year: 2019, startDate: '2019-07-10', endDate: '2019-07-12', source: 'pyvideo' }]);
    expect(catalog.talks.map((t) => t.date)).toEqual(['2019-07-12', '2019-07-10']);
  });

  it('uses the days category.json states, and leaves out talk dates outside them', async () => {
    const { catalog, talk, findings } = await convert({
      'conf-2019/category.json': { title: 'Conf 2019', start_date: '2019-07-08', end_date: '2019-07-14', url: 'http://pycon.org/2019' },
      'conf-2019/videos/a.json': video({ recorded: '2019-07-10' }),
      'conf-2019/videos/b.json': video({ recorded: '2019-08-01' }),
    });
    expect(catalog.events[0]).toMatchObject({ startDate: '2019-07-08', endDate: '2019-07-14', url: 'https://pycon.org/2019' });
    expect(talk('b.json')?.date).toBeUndefined();
    expect(findings('date-outside-event')).toMatchObject([{ file: 'conf-2019/videos/b.json', line: 4 }]);
  });

  it('gives no dates to an event whose recordings span months, and only its own year’s dates to talks', async () => {
    const { catalog, talk, findings } = await convert({
      'conf-2019/videos/a.json': video({ recorded: '2019-01-10' }),
      'conf-2019/videos/b.json': video({ recorded: '2019-09-10' }),
      'conf-2019/videos/c.json': video({ recorded: '2017-09-10' }),
    });
    expect(catalog.events[0]?.startDate).toBeUndefined();
    expect(findings('event-dates-left-out')).toHaveLength(1);
    expect(talk('a.json')?.date).toBe('2019-01-10');
    expect(talk('c.json')?.date).toBeUndefined();
    expect(findings('date-outside-event-year')).toMatchObject([{ file: 'conf-2019/videos/c.json' }]);
  });

  it('takes the year from the recordings when neither title nor folder has one, and skips an event with no year at all', async () => {
    const { catalog, findings } = await convert({
      'meetup/category.json': { title: 'Python Meetup' },
      'meetup/videos/a.json': video({ recorded: '2016-03-01' }),
      'nodate/category.json': { title: 'Python Nights' },
      'nodate/videos/a.json': video({ recorded: null }),
      'conf-2019/videos/a.json': video(),
    });
    expect(catalog.events.find((e) => e.id === 'meetup')?.year).toBe(2016);
    expect(catalog.events.some((e) => e.id === 'nodate')).toBe(false);
    expect(findings('event-without-year')).toMatchObject([{ file: 'nodate/category.json', line: 1, kind: 'skipped' }]);
  });

  it('reports a folder without category.json, a broken category.json and files outside the layout', async () => {
    const { catalog, findings } = await convert({
      'conf-2019/videos/a.json': video(),
      'orphan-2019/videos/a.json': video(),
      'broken-2019/category.json': '{"title": }',
      'broken-2019/videos/a.json': video(),
      'README.md': '# not an event',
      'conf-2019/videos/notes/extra.json': video(),
    });
    expect(catalog.events.map((e) => e.id)).toEqual(['conf-2019']);
    expect(findings('event-without-category').map((f) => f.file)).toEqual(['broken-2019/category.json', 'orphan-2019/category.json']);
    expect(findings('invalid-json')).toMatchObject([{ file: 'broken-2019/category.json', line: 1 }]);
    expect(findings('not-an-archive-file').map((f) => f.file).sort()).toEqual(['README.md', 'conf-2019/videos/notes/extra.json']);
  });

  it('reports a file that could not be read, or was not UTF-8', async () => {
    const files: PyvideoFile[] = [
      ...archive({ ...EVENT, 'conf-2019/videos/a.json': video() }),
      { path: 'conf-2019/videos/b.json', readError: 'permission denied' },
      { path: 'conf-2019/videos/c.json', text: json(video({ title: 'Caf\uFFFD' })), invalidUtf8: true },
    ];
    const { catalog, report } = await convertPyvideo(files);
    expect(catalog.talks).toHaveLength(2);
    expect(report.findings.filter((f) => f.rule === 'unreadable-file' || f.rule === 'invalid-utf8').map((f) => `${f.file} ${f.rule}`)).toEqual([
      'conf-2019/videos/b.json unreadable-file',
      'conf-2019/videos/c.json invalid-utf8',
    ]);
  });
});

describe('convertPyvideo: broken and odd files', () => {
  it('skips a file that is not valid JSON, naming its line and column, and goes on', async () => {
    const { catalog, findings } = await convert({
      'conf-2019/videos/a.json': '{\n  "title": "broken",\n  "speakers": [\n}\n',
      'conf-2019/videos/b.json': video(),
    });
    expect(catalog.talks).toHaveLength(1);
    const [finding] = findings('invalid-json');
    expect(finding).toMatchObject({ kind: 'skipped', file: 'conf-2019/videos/a.json', line: 4 });
    expect(finding?.message).toMatch(/line 4, column 1/);
  });

  it('skips a file that is not an object and a talk without a title', async () => {
    const { catalog, findings } = await convert({
      'conf-2019/videos/a.json': '[1, 2]',
      'conf-2019/videos/b.json': video({ title: null }),
      'conf-2019/videos/c.json': video({ title: '  \u200B ' }),
      'conf-2019/videos/d.json': video(),
    });
    expect(catalog.talks).toHaveLength(1);
    expect(findings('not-an-object')).toHaveLength(1);
    expect(findings('no-title').map((f) => f.file)).toEqual(['conf-2019/videos/b.json', 'conf-2019/videos/c.json']);
  });

  it('reads null and missing fields as absent', async () => {
    const { talk, findings } = await convert({
      'conf-2019/videos/a.json': { title: 'Only a title' },
      'conf-2019/videos/b.json': video({ description: null, speakers: null, recorded: null, videos: null, tags: null, language: null, related_urls: null, summary: null }),
    });
    for (const file of ['a.json', 'b.json']) {
      const t = talk(file);
      expect(t).toMatchObject({ speakers: [], topics: [], videos: [] });
      expect(t?.summary).toBeUndefined();
      expect(t?.date).toBeUndefined();
      expect(t?.language).toBeUndefined();
    }
    expect(findings('no-video').map((f) => f.file)).toEqual(['conf-2019/videos/a.json', 'conf-2019/videos/b.json']);
    expect(findings('wrong-type')).toEqual([]);
  });

  it('reports fields of the wrong type, at their line, and reads them as absent', async () => {
    const { talk, findings } = await convert({
      'conf-2019/videos/a.json': video({ description: 42, speakers: 'Ann Lee', tags: 'python', videos: { url: 'x' }, recorded: 20190710, language: 3, related_urls: 'x' }),
    });
    expect(talk('a.json')).toMatchObject({ speakers: [], videos: [], topics: [] });
    expect(findings('wrong-type').map((f) => f.message.split(' ')[0]).sort()).toEqual(['description', 'recorded', 'related_urls', 'speakers', 'tags', 'videos']);
    expect(findings('wrong-type').every((f) => f.line > 1)).toBe(true);
    expect(findings('language-not-understood')).toHaveLength(1);
  });

  it('removes control, direction and zero-width characters, and says so', async () => {
    const { talk, findings } = await convert({
      'conf-2019/videos/a.json': video({ title: 'Bad\u0007 title \u202Ehere\u200B', description: 'Para\u0000graph\u2066 one.', speakers: ['Ann\u0008 Lee'] }),
    });
    expect(talk('a.json')?.title).toEqual({ en: 'Bad title here' });
    expect(talk('a.json')?.summary).toEqual({ en: 'Paragraph one.' });
    expect(findings('invisible-characters-removed').map((f) => f.message.split(':')[0])).toEqual(['title', 'speaker name', 'description']);
  });

  it('keeps emoji and right-to-left text as they are', async () => {
    const { talk } = await convert({ 'conf-2019/videos/a.json': video({ title: '🐍 Python بالعربية', language: 'ara', speakers: ['محمد علي'] }) });
    expect(talk('a.json')).toMatchObject({ title: { en: '🐍 Python بالعربية' }, language: 'ar', speakers: [{ id: 'محمد-علي' }] });
  });
});

describe('convertPyvideo: titles, languages and summaries', () => {
  it('puts Chinese titles in "zh", Japanese and English in "en", with the spoken language', async () => {
    const { talk, findings } = await convert({
      'conf-2019/videos/zh.json': video({ title: '编写安全的 Python 代码', language: 'zho' }),
      'conf-2019/videos/zh-latin.json': video({ title: 'When Knowledge Graph meet Python', language: 'zho' }),
      'conf-2019/videos/ja.json': video({ title: 'ListはIteratorですか？', language: 'jpn' }),
      'conf-2019/videos/unstated.json': video({ title: '机器学习入门', language: null }),
      'conf-2019/videos/mislabelled.json': video({ title: '机器学习入门', language: 'eng' }),
      'conf-2019/videos/named.json': video({ language: 'English' }),
    });
    expect(talk('zh.json')).toMatchObject({ title: { zh: '编写安全的 Python 代码' }, language: 'zh' });
    expect(talk('zh-latin.json')).toMatchObject({ title: { en: 'When Knowledge Graph meet Python' }, language: 'zh' });
    expect(talk('ja.json')).toMatchObject({ title: { en: 'ListはIteratorですか？' }, language: 'ja' });
    expect(talk('unstated.json')?.title).toEqual({ zh: '机器学习入门' });
    expect(talk('mislabelled.json')?.title).toEqual({ zh: '机器学习入门' });
    expect(findings('title-script-differs-from-language').map((f) => f.file)).toEqual(['conf-2019/videos/mislabelled.json']);
    expect(talk('named.json')?.language).toBe('en');
  });

  it('cuts a very long title at a word and says so', async () => {
    const { talk, findings } = await convert({ 'conf-2019/videos/a.json': video({ title: 'word '.repeat(100) }) });
    const title = talk('a.json')?.title.en ?? '';
    expect(title.length).toBeLessThanOrEqual(400);
    expect(title.endsWith('word…')).toBe(true);
    expect(findings('title-too-long')).toHaveLength(1);
  });

  it('turns a reStructuredText description into plain paragraphs', async () => {
    const description = [
      'Why',
      '===',
      '',
      'Learn `asyncio <https://docs.python.org/3/library/asyncio.html>`_ with **structured**',
      'concurrency and ``trio``.',
      '',
      '.. image:: https://example.org/diagram.png',
      '   :width: 400',
      '',
      '-  First point',
      '-  Second point',
    ].join('\n');
    const { talk } = await convert({ 'conf-2019/videos/a.json': video({ description }) });
    expect(talk('a.json')?.summary).toEqual({ en: 'Why\n\nLearn asyncio with structured concurrency and trio.\n\n• First point\n• Second point' });
  });

  it('puts a Chinese description in "zh" and joins a summary with a different description', async () => {
    const { talk } = await convert({
      'conf-2019/videos/a.json': video({ language: 'zho', title: '性能', description: '这是一个关于性能的演讲。' }),
      'conf-2019/videos/b.json': video({ summary: 'Short abstract.', description: 'Long description.' }),
      'conf-2019/videos/c.json': video({ summary: 'Short abstract.', description: 'Short abstract. And more.' }),
    });
    expect(talk('a.json')?.summary).toEqual({ zh: '这是一个关于性能的演讲。' });
    expect(talk('b.json')?.summary).toEqual({ en: 'Short abstract.\n\nLong description.' });
    expect(talk('c.json')?.summary).toEqual({ en: 'Short abstract. And more.' });
  });

  it('cuts a very long description to 20,000 characters at a paragraph and says so', async () => {
    const description = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}. ${'lorem ipsum '.repeat(10)}`).join('\n\n');
    const { talk, findings } = await convert({ 'conf-2019/videos/a.json': video({ description }) });
    const summary = talk('a.json')?.summary?.en ?? '';
    expect(description.length).toBeGreaterThan(20_000);
    expect(summary.length).toBeLessThanOrEqual(20_000);
    expect(summary.endsWith('\n\n…')).toBe(true);
    expect(findings('summary-too-long')).toMatchObject([{ kind: 'repaired', line: 2 }]);
  });

  it('reads at most 200,000 characters of a huge description and says so', async () => {
    const { talk, findings } = await convert({ 'conf-2019/videos/a.json': video({ description: 'x '.repeat(300_000) }) });
    expect((talk('a.json')?.summary?.en ?? '').length).toBeLessThanOrEqual(20_000);
    expect(findings('description-too-long')).toHaveLength(1);
  });
});

describe('convertPyvideo: speakers', () => {
  it('skips empty names and placeholders, splits lists, and reports each at its line', async () => {
    const { catalog, talk, findings } = await convert({
      'conf-2019/videos/a.json': video({ speakers: ['TBD', '', 'Unknown', 'N/A', 'Real Person', 5, 'Ann Lee; Bo Chen', '???'] }),
    });
    expect(talk('a.json')?.speakers).toEqual([{ id: 'real-person' }, { id: 'ann-lee' }, { id: 'bo-chen' }]);
    expect(findings('placeholder-speaker').map((f) => f.message.split(' ')[0])).toEqual(['"TBD"', '"Unknown"', '"N/A"']);
    expect(findings('empty-speaker-name')).toHaveLength(1);
    expect(findings('speaker-not-text')).toHaveLength(1);
    expect(findings('speaker-names-split')).toHaveLength(1);
    expect(findings('speaker-name-without-letters')).toHaveLength(1);
    expect(findings('placeholder-speaker').map((f) => f.line)).toEqual([6, 8, 9]);
    expect(catalog.speakers.map((s) => s.id)).toEqual(['ann-lee', 'bo-chen', 'real-person']);
  });

  it('keeps talks without speakers', async () => {
    const { talk } = await convert({ 'conf-2019/videos/a.json': video({ speakers: [] }) });
    expect(talk('a.json')?.speakers).toEqual([]);
  });

  it('makes one speaker of spellings with one id, named as first seen, and reports the merge', async () => {
    const { catalog, talk, findings } = await convert({
      'conf-2019/videos/a.json': video({ speakers: ['Björn Rabenstein'] }),
      'conf-2019/videos/b.json': video({ speakers: ['Bjorn Rabenstein'] }),
      'conf-2019/videos/c.json': video({ speakers: ['BJÖRN RABENSTEIN', 'Björn  Rabenstein'] }),
    });
    expect(catalog.speakers).toEqual([{ id: 'bjorn-rabenstein', name: 'Björn Rabenstein' }]);
    expect(talk('c.json')?.speakers).toEqual([{ id: 'bjorn-rabenstein' }]);
    expect(findings('speaker-spellings-merged').map((f) => `${f.file}:${f.line}`)).toEqual(['conf-2019/videos/b.json:6', 'conf-2019/videos/c.json:6']);
    expect(findings('speaker-listed-twice')).toHaveLength(1);
  });
});

describe('convertPyvideo: ids', () => {
  it('prefixes talk ids with the event, from the slug field or the file name', async () => {
    const { talk } = await convert({
      'conf-2019/videos/My_File Name.json': video(),
      'conf-2019/videos/other.json': video({ slug: 'the-real-slug' }),
      'conf-2019/videos/编写.json': video({ title: 'Fallback Title' }),
    });
    expect(talk('My_File Name.json')?.id).toBe('conf-2019-my-file-name');
    expect(talk('other.json')?.id).toBe('conf-2019-the-real-slug');
    expect(talk('编写.json')?.id).toBe('conf-2019-fallback-title');
  });

  it('de-duplicates slugs with -2, -3 and reports them', async () => {
    const { catalog, findings } = await convert({
      'conf-2019/videos/a.json': video({ slug: 'same' }),
      'conf-2019/videos/b.json': video({ slug: 'same' }),
      'conf-2019/videos/c.json': video({ slug: 'Same' }),
    });
    expect(catalog.talks.map((t) => t.id)).toEqual(['conf-2019-same', 'conf-2019-same-2', 'conf-2019-same-3']);
    expect(findings('duplicate-talk-slug').map((f) => f.file)).toEqual(['conf-2019/videos/b.json', 'conf-2019/videos/c.json']);
  });

  it('names no source file when its path is longer than the schema allows, and keeps the talk', async () => {
    const name = `${'x'.repeat(190)}.json`;
    const { talk, findings } = await convert({ [`conf-2019/videos/${name}`]: video() });
    expect(talk(name)).toBeUndefined();
    expect(findings('source-path-too-long')).toHaveLength(1);
  });

  it('keeps ids within 100 characters', async () => {
    const { catalog } = await convert({
      'conf-2019/videos/a.json': video({ slug: 'long-'.repeat(40) }),
      'conf-2019/videos/b.json': video({ slug: 'long-'.repeat(40) }),
    });
    expect(catalog.talks.every((t) => t.id.length <= 100)).toBe(true);
    expect(new Set(catalog.talks.map((t) => t.id)).size).toBe(2);
  });
});

describe('convertPyvideo: videos and slides', () => {
  it('normalises YouTube links, names Vimeo and Bilibili, and reports upgrades to https', async () => {
    const { talk, findings, stats } = await convert({
      'conf-2019/videos/a.json': video({
        videos: [
          { type: 'youtube', url: 'http://youtu.be/r0_n9d9x97Y' },
          { type: 'youtube', url: 'https://www.youtube.com/embed/r0_n9d9x97Y?rel=0' },
          { type: 'vimeo', url: 'http://vimeo.com/12345' },
          { type: 'bilibili', url: 'https://www.bilibili.com/video/BV1xx411c7mD' },
          { type: 'mp4', url: 'http://example.org/talk.mp4' },
        ],
      }),
    });
    expect(talk('a.json')?.videos).toEqual([
      { host: 'youtube', url: 'https://www.youtube.com/watch?v=r0_n9d9x97Y' },
      { host: 'vimeo', url: 'https://vimeo.com/12345' },
      { host: 'bilibili', url: 'https://www.bilibili.com/video/BV1xx411c7mD' },
      { host: 'other', url: 'http://example.org/talk.mp4' },
    ]);
    expect(findings('duplicate-video')).toHaveLength(1);
    expect(findings('http-upgraded').map((f) => f.message)).toEqual(['http://vimeo.com/12345 → https (the host serves https)']);
    expect(stats).toMatchObject({ httpsUpgrades: 2, youTubeRewritten: 1, videosByHost: { youtube: 1, vimeo: 1, bilibili: 1, other: 1 } });
  });

  it('keeps a YouTube link without an id as a plain link, and skips links that are not web links', async () => {
    const { talk, findings } = await convert({
      'conf-2019/videos/a.json': video({ videos: [{ type: 'youtube', url: 'https://www.youtube.com/channel/UC123' }, { type: 'rtmp', url: 'rtmp://x.org/y' }, { type: 'x' }, 'str'] }),
    });
    expect(talk('a.json')?.videos).toEqual([{ host: 'other', url: 'https://www.youtube.com/channel/UC123' }]);
    expect(findings('youtube-link-without-video-id')).toHaveLength(1);
    expect(findings('video-url-unusable')).toHaveLength(1);
    expect(findings('video-without-url')).toHaveLength(2);
  });

  it('finds slides among related links by label or host, first one kept', async () => {
    const { talk, findings } = await convert({
      'conf-2019/videos/a.json': video({
        related_urls: [
          { label: 'Conference schedule', url: 'https://ep2019.europython.eu/schedule/' },
          { label: 'Slides', url: 'http://speakerdeck.com/ann/talk' },
          'https://www.slideshare.net/ann/talk',
        ],
      }),
      'conf-2019/videos/b.json': video({ related_urls: [{ label: 'Conference schedule', url: 'https://example.org/' }] }),
    });
    expect(talk('a.json')?.slides).toEqual({ url: 'https://speakerdeck.com/ann/talk' });
    expect(talk('b.json')).not.toHaveProperty('slides');
    expect(findings('second-slides-link')).toHaveLength(1);
    expect(findings('http-upgraded')).toHaveLength(1);
  });
});

describe('convertPyvideo: talks that share a recording', () => {
  const shared = (title: string, url = 'https://www.youtube.com/watch?v=r0_n9d9x97Y') => video({ title, videos: [{ type: 'youtube', url }] });

  it('leaves out a second file with the same title and YouTube video as a copy', async () => {
    const { catalog, findings } = await convert({
      'conf-2019/videos/a.json': shared('Lightning Talks'),
      'conf-2019/videos/b.json': shared('Lightning talks!'),
    });
    expect(catalog.talks.map((t) => t.source?.file)).toEqual(['conf-2019/videos/a.json']);
    expect(findings('duplicate-talk')).toMatchObject([{ kind: 'skipped', file: 'conf-2019/videos/b.json', line: 12 }]);
  });

  it('keeps a different talk on the same recording, with its own link as a plain link', async () => {
    const { talk, findings } = await convert({
      'conf-2019/videos/a.json': shared('First lightning talk', 'https://youtu.be/r0_n9d9x97Y'),
      'conf-2019/videos/b.json': shared('Second lightning talk', 'http://youtu.be/r0_n9d9x97Y?t=300'),
    });
    expect(talk('a.json')?.videos).toEqual([{ host: 'youtube', url: 'https://www.youtube.com/watch?v=r0_n9d9x97Y' }]);
    expect(talk('b.json')?.videos).toEqual([{ host: 'other', url: 'https://youtu.be/r0_n9d9x97Y?t=300' }]);
    expect(findings('shared-recording')).toMatchObject([{ kind: 'repaired', file: 'conf-2019/videos/b.json' }]);
  });
});

describe('convertPyvideo: topics', () => {
  it('keeps tags used by at least 3 talks, as subject topics labelled with the most common spelling', async () => {
    const { catalog, talk, stats, findings } = await convert({
      'conf-2019/videos/a.json': video({ tags: ['Machine Learning', 'rare', '机器学习'] }),
      'conf-2019/videos/b.json': video({ tags: ['machine learning', 'Web'] }),
      'conf-2019/videos/c.json': video({ tags: ['Machine-Learning', 'web'] }),
      'conf-2019/videos/d.json': video({ tags: ['Machine Learning', 'WEB', 'rare'] }),
    });
    expect(catalog.topics).toEqual([
      { id: 'machine-learning', kind: 'subject', label: { en: 'Machine Learning' } },
      { id: 'web', kind: 'subject', label: { en: 'WEB' } },
    ]);
    expect(talk('a.json')?.topics).toEqual(['machine-learning']);
    expect(talk('d.json')?.topics).toEqual(['machine-learning', 'web']);
    expect(stats).toMatchObject({ topicsKept: 2, tagsTooRare: 1, tagUsesTooRare: 2 });
    expect(findings('tag-unusable')).toMatchObject([{ file: 'conf-2019/videos/a.json' }]);
  });

  it('reports a tag that cannot be a topic once, where it is first used, with how many talks use it', async () => {
    const { findings } = await convert({
      'conf-2019/videos/b.json': video({ tags: ['机器学习'] }),
      'conf-2019/videos/a.json': video({ tags: ['机器学习', '🐍'] }),
    });
    expect(findings('tag-unusable').map((f) => `${f.file}: ${f.message}`)).toEqual([
      'conf-2019/videos/a.json: the tag "机器学习" has no Latin letters or digits to make a topic id from; left out (here first; 2 talks have it)',
      'conf-2019/videos/a.json: the tag "🐍" has no Latin letters or digits to make a topic id from; left out',
    ]);
  });

  it('gives a talk at most 20 topics and says so', async () => {
    const tags = Array.from({ length: 25 }, (_, i) => `tag ${i}`);
    const { catalog, findings } = await convert(Object.fromEntries(['a', 'b', 'c'].map((n) => [`conf-2019/videos/${n}.json`, video({ tags })])));
    expect(catalog.talks.every((t) => t.topics.length === 20)).toBe(true);
    expect(findings('too-many-topics')).toHaveLength(3);
  });
});

describe('convertPyvideo: determinism', () => {
  it('gives the same catalog and report, byte for byte, whatever order the files come in', async () => {
    const files = archive({
      ...EVENT,
      'b-2018/category.json': { title: 'B 2018' },
      'b-2018/videos/x.json': video({ recorded: '2018-05-01', speakers: ['Bjorn Rabenstein'], tags: ['a', 'A'] }),
      'conf-2019/videos/a.json': video({ speakers: ['Björn Rabenstein'], slug: 'same', tags: ['a'] }),
      'conf-2019/videos/b.json': video({ speakers: ['BJORN Rabenstein'], slug: 'same', tags: ['a'] }),
      'conf-2019/videos/c.json': '{ broken',
    });
    const forward = await convertPyvideo(files);
    const backward = await convertPyvideo([...files].reverse());
    expect(catalogText(backward.catalog)).toBe(catalogText(forward.catalog));
    expect(formatImportReport('r', backward.summary, backward.report)).toBe(formatImportReport('r', forward.summary, forward.report));
    expect(catalogText(forward.catalog)).not.toMatch(/"(?:created|generated|timestamp)/i);
  });
});
