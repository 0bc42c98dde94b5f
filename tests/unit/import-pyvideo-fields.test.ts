import { describe, expect, it } from 'vitest';
import { cleanText, cutText } from '../../scripts/import/pyvideo/clean-text.ts';
import { dateOfRecorded, eventDays, eventYear, mostCommonYear } from '../../scripts/import/pyvideo/event-dates.ts';
import { JsonLines, jsonErrorPlace } from '../../scripts/import/pyvideo/json-lines.ts';
import { normaliseLanguage, readsAsChinese, slotFor } from '../../scripts/import/pyvideo/languages.ts';
import { cutSlug, slugify, UniqueIds } from '../../scripts/import/pyvideo/slugs.ts';
import { isPlaceholderName, looksLikeSeveralPeople, namesInEntry, speakerIdFor, SpeakerRegistry } from '../../scripts/import/pyvideo/speakers.ts';
import { tagProblem, topicIdOf, TopicTally } from '../../scripts/import/pyvideo/topics.ts';
import { looksLikeSlides, videoOf, webLink } from '../../scripts/import/pyvideo/video-links.ts';

describe('languages', () => {
  it.each([
    ['eng', 'en'],
    ['jpn', 'ja'],
    ['zho', 'zh'],
    ['chi', 'zh'],
    ['cmn', 'zh'],
    ['fre', 'fr'],
    ['English', 'en'],
    ['Español', 'es'],
    ['pt_BR', 'pt-BR'],
    ['ZHO', 'zh'],
  ])('normalises %s to %s', (value, tag) => {
    expect(normaliseLanguage(value)).toEqual({ tag });
  });

  it('treats null and empty as absent, and reports what it cannot read', () => {
    expect(normaliseLanguage(null)).toEqual({ absent: true });
    expect(normaliseLanguage('  ')).toEqual({ absent: true });
    for (const value of ['und', 'xxx', 'Englisch', 'eng, spa', 7]) expect(normaliseLanguage(value)).toHaveProperty('problem');
  });

  it('reads a title as Chinese when Han characters outnumber Latin words and there is no kana', () => {
    expect(readsAsChinese('用 Python 实现 NLP')).toBe(true);
    expect(readsAsChinese('Intro to 机器学习 with Python and NumPy')).toBe(false);
    expect(readsAsChinese('ListはIteratorですか？')).toBe(false);
    expect(readsAsChinese('When Knowledge Graph meet Python')).toBe(false);
  });

  it('puts Chinese titles in "zh" and everything else in "en", trusting a stated Japanese', () => {
    expect(slotFor('编写安全的 Python 代码', 'zh')).toBe('zh');
    expect(slotFor('When Knowledge Graph meet Python', 'zh')).toBe('en');
    expect(slotFor('機械学習', 'ja')).toBe('en');
    expect(slotFor('機械学習入門', undefined)).toBe('zh');
    expect(slotFor('Pythonで始める', undefined)).toBe('en');
  });
});

describe('video links', () => {
  it.each([
    'http://youtu.be/r0_n9d9x97Y?t=10',
    'https://www.youtube.com/embed/r0_n9d9x97Y?rel=0',
    'https://m.youtube.com/watch?feature=share&v=r0_n9d9x97Y&t=3',
    'http://youtube.com/v/r0_n9d9x97Y',
    '//www.youtube-nocookie.com/embed/r0_n9d9x97Y',
    ' https://www.youtube.com/watch?v=r0_n9d9x97Y ',
  ])('rewrites the YouTube link %s to the watch form', (url) => {
    const result = videoOf(url);
    expect(result).toMatchObject({ ok: true, video: { host: 'youtube', url: 'https://www.youtube.com/watch?v=r0_n9d9x97Y' } });
    // The link as given is kept aside (https where upgraded), for a talk that shares the recording.
    expect(result.ok && result.link).toBe(url.trim().replace(/^http:/, 'https:').replace(/^\/\//, 'https://'));
  });

  it('keeps a YouTube link without a video id as a plain link, with a note', () => {
    const result = videoOf('https://www.youtube.com/playlist?list=PL123');
    expect(result).toMatchObject({ ok: true, video: { host: 'other', url: 'https://www.youtube.com/playlist?list=PL123' } });
    expect(result.ok && result.note).toContain('names no video');
  });

  it('names Vimeo, Bilibili and other hosts, upgrading http where the host serves https', () => {
    expect(videoOf('http://vimeo.com/12345')).toEqual({ ok: true, video: { host: 'vimeo', url: 'https://vimeo.com/12345' }, link: 'https://vimeo.com/12345', upgraded: true, rewritten: false });
    expect(videoOf('https://player.vimeo.com/video/12345')).toMatchObject({ video: { host: 'vimeo' } });
    expect(videoOf('http://www.bilibili.com/video/BV1xx411c7mD')).toMatchObject({ video: { host: 'bilibili', url: 'https://www.bilibili.com/video/BV1xx411c7mD' }, upgraded: true });
    expect(videoOf('http://ia800.us.archive.org/talk.mp4')).toMatchObject({ video: { host: 'other', url: 'https://ia800.us.archive.org/talk.mp4' }, upgraded: true });
    expect(videoOf('http://example.org/talk.ogv')).toMatchObject({ video: { host: 'other', url: 'http://example.org/talk.ogv' }, upgraded: false });
  });

  it('refuses links the catalog cannot show', () => {
    for (const url of ['rtmp://stream.example.org/x', 'not a url', 'https://user:secret@example.org/v', '', `https://example.org/${'a'.repeat(2100)}`]) {
      expect(videoOf(url).ok).toBe(false);
    }
    expect(webLink('ftp://example.org/x')).toMatchObject({ ok: false });
  });

  it('recognises slides by label or host', () => {
    expect(looksLikeSlides('Slides', 'https://example.org/a.pdf')).toBe(true);
    expect(looksLikeSlides('slide deck', 'https://example.org/a')).toBe(true);
    expect(looksLikeSlides(undefined, 'https://speakerdeck.com/x/y')).toBe(true);
    expect(looksLikeSlides('Talk', 'https://www.slideshare.net/x/y')).toBe(true);
    expect(looksLikeSlides(undefined, 'https://docs.google.com/presentation/d/abc')).toBe(true);
    expect(looksLikeSlides('Conference schedule', 'https://ep2019.europython.eu/schedule/')).toBe(false);
  });
});

describe('slugs', () => {
  it('makes URL slugs of names in any script, empty when there is nothing Latin', () => {
    expect(slugify('PyCon JP 2019')).toBe('pycon-jp-2019');
    expect(slugify('Łódź — Python!')).toBe('lodz-python');
    expect(slugify('编写安全的代码')).toBe('');
  });

  it('cuts long slugs at a hyphen and keeps ids unique with -2, -3 within 100 characters', () => {
    const long = `${'word-'.repeat(30)}end`;
    expect(cutSlug(long).length).toBeLessThanOrEqual(100);
    expect(cutSlug(long).endsWith('-')).toBe(false);
    const ids = new UniqueIds();
    expect(ids.claim('talk', 'a.json')).toEqual({ id: 'talk' });
    expect(ids.claim('talk', 'b.json')).toEqual({ id: 'talk-2', takenBy: 'a.json' });
    expect(ids.claim('talk', 'c.json')).toEqual({ id: 'talk-3', takenBy: 'a.json' });
    const hundred = 'x'.repeat(100);
    ids.claim(hundred, 'd.json');
    const second = ids.claim(hundred, 'e.json').id;
    expect(second).toHaveLength(100);
    expect(second.endsWith('-2')).toBe(true);
  });
});

describe('speakers', () => {
  it('knows placeholders, in any case and punctuation', () => {
    for (const name of ['TBD', 't.b.a.', 'Unknown', 'N/A', 'n/a', 'Various speakers', '待定']) expect(isPlaceholderName(name)).toBe(true);
    for (const name of ['Tbdavid Lee', 'Ann', 'Nadia']) expect(isPlaceholderName(name)).toBe(false);
  });

  it('splits lists on separators no name contains, dropping a trailing "…"', () => {
    expect(namesInEntry('Haque Ishfaq; Hassan Sami Adnan ...')).toEqual({ names: ['Haque Ishfaq', 'Hassan Sami Adnan'], split: true, trimmed: true });
    expect(namesInEntry('张三、李四')).toEqual({ names: ['张三', '李四'], split: true, trimmed: false });
    expect(namesInEntry('Ann Lee')).toEqual({ names: ['Ann Lee'], split: false, trimmed: false });
  });

  it('suspects names that list several people, but not one person in two scripts', () => {
    expect(looksLikeSeveralPeople('Ann Lee and Bo Chen')).toBe(true);
    expect(looksLikeSeveralPeople('Ann Lee, Bo Chen')).toBe(true);
    expect(looksLikeSeveralPeople('Ann Lee/Bo Chen')).toBe(true);
    expect(looksLikeSeveralPeople('Lee, Ann')).toBe(false);
    expect(looksLikeSeveralPeople('末田卓巳 /Takumi SUEDA')).toBe(false);
  });

  it('makes ids the schema accepts, for every script', () => {
    expect(speakerIdFor('Björn Rabenstein')).toBe('bjorn-rabenstein');
    expect(speakerIdFor('ニッキー')).toBe('ニッキ'); // the long-vowel mark is a modifier letter, not in the id alphabet
    expect(speakerIdFor('🙂 ???')).toBeUndefined();
    expect(speakerIdFor('A'.repeat(60) + ' ' + 'B'.repeat(60))?.length).toBeLessThanOrEqual(100);
  });

  it('keeps the first spelling of a speaker and remembers each other spelling once', () => {
    const registry = new SpeakerRegistry();
    registry.add('bjorn-rabenstein', 'Björn Rabenstein', 'a.json', 3);
    registry.add('bjorn-rabenstein', 'Bjorn Rabenstein', 'b.json', 4);
    registry.add('bjorn-rabenstein', 'Bjorn Rabenstein', 'c.json', 5);
    registry.add('ann', 'Ann', 'c.json', 6);
    expect(registry.list(new Set(['bjorn-rabenstein', 'ann']))).toEqual([
      { id: 'ann', name: 'Ann' },
      { id: 'bjorn-rabenstein', name: 'Björn Rabenstein' },
    ]);
    expect(registry.variants).toEqual([{ id: 'bjorn-rabenstein', kept: 'Björn Rabenstein', variant: 'Bjorn Rabenstein', file: 'b.json', line: 4, firstFile: 'a.json' }]);
  });
});

describe('topics', () => {
  it('gives tags ids that keep C, C# and C++ apart and fold case and punctuation', () => {
    expect(topicIdOf('Machine Learning')).toBe('machine-learning');
    expect(topicIdOf('machine-learning')).toBe('machine-learning');
    expect(new Set(['C', 'C#', 'C++'].map(topicIdOf)).size).toBe(3);
    expect(tagProblem('机器学习')).toContain('no Latin letters');
    expect(tagProblem('x'.repeat(81))).toContain('longer than 80');
  });

  it('keeps topics used by at least 3 talks, labelled with the most common spelling', () => {
    const tally = new TopicTally();
    tally.addTalk([{ id: 'machine-learning', spelling: 'machine learning' }, { id: 'rare', spelling: 'Rare' }]);
    tally.addTalk([{ id: 'machine-learning', spelling: 'Machine Learning' }]);
    tally.addTalk([{ id: 'machine-learning', spelling: 'Machine Learning' }, { id: 'rare', spelling: 'rare' }]);
    expect(tally.result()).toEqual({ kept: [{ id: 'machine-learning', label: 'Machine Learning', talks: 3 }], rare: { ids: 1, uses: 2 } });
  });
});

describe('text cleaning', () => {
  it('removes control, direction-override and zero-width characters and says what it removed', () => {
    const cleaned = cleanText('A\u0007 title\u202E with\u200B junk\uFEFF');
    expect(cleaned.text).toBe('A title with junk');
    expect(cleaned.removed).toEqual(['1 control character', '1 text-direction override', '2 zero-width characters']);
  });

  it('keeps emoji, right-to-left text and joiners, and replaces broken surrogates', () => {
    expect(cleanText('👩‍💻 مرحبا Python').removed).toEqual([]);
    const broken = cleanText('bad \uD83D half');
    expect(broken.text).toBe('bad \uFFFD half');
    expect(broken.removed[0]).toContain('surrogate');
  });

  it('keeps line breaks only for paragraphs', () => {
    expect(cleanText('a\r\n\tb').text).toBe('a b');
    expect(cleanText('a  \r\n\r\nb', { paragraphs: true }).text).toBe('a\n\nb');
  });

  it('cuts long texts at a paragraph, else a sentence, else a space, and marks the cut', () => {
    const paragraphs = `${'a'.repeat(600)}\n\n${'b'.repeat(600)}`;
    expect(cutText(paragraphs, 1000)).toEqual({ text: `${'a'.repeat(600)}\n\n…`, cut: true });
    const sentences = `${'Word '.repeat(100)}end. ${'more '.repeat(200)}`;
    const bySentence = cutText(sentences, 1000);
    expect(bySentence.text.endsWith('end. …')).toBe(true);
    const words = cutText('word '.repeat(300), 1000);
    expect(words.text.length).toBeLessThanOrEqual(1000);
    expect(words.text).toMatch(/word…$/);
    expect(cutText('short', 1000)).toEqual({ text: 'short', cut: false });
    expect(cutText('😀'.repeat(600), 1000).text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('JSON lines', () => {
  const text = '{\n  "speakers": [\n    "Adrian M\\u00f6nnich"\n  ],\n  "title": "x"\n}';

  it('finds the line of a key and of a value written with \\u escapes', () => {
    const lines = new JsonLines(text);
    expect(lines.lineOfKey('title')).toBe(5);
    expect(lines.lineOfString('Adrian Mönnich', 'speakers')).toBe(3);
    expect(lines.lineOfKey('missing')).toBe(1);
  });

  it('places syntax errors by line and column', () => {
    const bad = '{\n  "a": 1,\n  "b": x\n}';
    let error: unknown;
    try {
      JSON.parse(bad);
    } catch (e) {
      error = e;
    }
    expect(jsonErrorPlace(error, bad)).toMatchObject({ line: 3, column: 8 });
    const cut = '{\n  "a": [1,\n';
    try {
      JSON.parse(cut);
    } catch (e) {
      expect(jsonErrorPlace(e, cut)).toMatchObject({ line: 3, message: 'Unexpected end of JSON input' });
    }
  });
});

describe('event dates', () => {
  it('reads recording dates with or without a time', () => {
    expect(dateOfRecorded('2019-07-10')).toBe('2019-07-10');
    expect(dateOfRecorded('2019-07-10T09:30:00+02:00')).toBe('2019-07-10');
    expect(dateOfRecorded('2019-02-30')).toBeUndefined();
    expect(dateOfRecorded('July 2019')).toBeUndefined();
  });

  it('takes the year from the title, then the folder, then the most common recording year', () => {
    expect(eventYear('PyCon 2019', 'x', ['2020-01-01'])).toEqual({ year: 2019, from: 'title' });
    expect(eventYear('PyCon JP', 'pycon-jp-2018', [])).toEqual({ year: 2018, from: 'folder' });
    expect(eventYear('Meetup', 'meetup', ['2015-01-01', '2016-01-01', '2016-02-01'])).toEqual({ year: 2016, from: 'recordings' });
    expect(eventYear('Meetup', 'meetup', [])).toBeUndefined();
    expect(mostCommonYear(['2016-01-01', '2015-01-01'])).toBe(2015);
  });

  it('gives days only for a conference-like span, preferring stated days', () => {
    expect(eventDays(2019, {}, ['2019-07-12', '2019-07-10'])).toEqual({ kind: 'recorded', startDate: '2019-07-10', endDate: '2019-07-12' });
    expect(eventDays(2019, {}, ['2019-01-10', '2019-07-10'])).toMatchObject({ kind: 'none', reason: expect.stringContaining('182 days') as unknown });
    expect(eventDays(2019, { start: '2019-07-08', end: '2019-07-14' }, ['2019-07-10'])).toEqual({ kind: 'stated', startDate: '2019-07-08', endDate: '2019-07-14' });
    expect(eventDays(2019, {}, [])).toEqual({ kind: 'none' });
  });
});
