import { readFileSync } from 'node:fs';
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { CatalogSchema } from '../../src/catalog/catalog-schema';
import { parseCatalogText, validateCatalog } from '../../src/catalog/validate-catalog';

type CatalogInput = v.InferInput<typeof CatalogSchema>;
type TalkInput = CatalogInput['talks'][number];

const LABEL = 'data/talks.json';
const realText = readFileSync(new URL('../../data/talks.json', import.meta.url), 'utf8');

/** A fresh copy of the real dataset, so each case changes exactly one thing. */
function realData(): CatalogInput {
  return JSON.parse(realText) as CatalogInput;
}

function talkAt(catalog: CatalogInput, index: number): TalkInput {
  const talk = catalog.talks[index];
  if (talk === undefined) throw new Error(`the dataset has no talks[${index}]`);
  return talk;
}

function problemsOf(input: CatalogInput): string[] {
  const result = validateCatalog(input, LABEL);
  return result.ok ? [] : result.problems;
}

describe('the real dataset', () => {
  it('validates, with 11 talks', () => {
    const result = parseCatalogText(realText, LABEL);
    expect(result.ok && result.catalog.talks.length).toBe(11);
  });
});

describe('validateCatalog', () => {
  it('names the file, the talk and the field when a YouTube link is plain http', () => {
    const data = realData();
    talkAt(data, 5).video.youtube = 'http://www.youtube.com/watch?v=bfSMDERvkZY';
    const problems = problemsOf(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^data\/talks\.json: talks\[5\] \(grafana-is-not-enough\): video\.youtube: expected an https URL/,
    );
  });

  it('rejects a talk id used twice, pointing at the first use', () => {
    const data = realData();
    talkAt(data, 3).id = talkAt(data, 0).id;
    expect(problemsOf(data)).toEqual([
      'data/talks.json: talks[3] (prometheus-from-berlin-to-bonanza): id: duplicate id, already used by talks[0]',
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>hi</b>',
    'ftp://example.com/slides.pdf',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '//example.com/slides.pdf',
    'slides.pdf',
    'https://',
  ])('refuses %s as a link', (url) => {
    const data = realData();
    talkAt(data, 0).slides = { url };
    expect(problemsOf(data)).toEqual([
      expect.stringMatching(/^data\/talks\.json: talks\[0\] \(prometheus-from-berlin-to-bonanza\): slides\.url: expected/),
    ]);
  });

  it.each(['http://example.com/slides.pdf', 'https://example.com/slides.pdf'])('accepts %s as a link', (url) => {
    const data = realData();
    talkAt(data, 0).slides = { url };
    expect(problemsOf(data)).toEqual([]);
  });

  it('allows slides: null for a talk without slides', () => {
    const data = realData();
    talkAt(data, 0).slides = null;
    const result = validateCatalog(data, LABEL);
    expect(result.ok && result.catalog.talks[0]?.slides).toBeNull();
  });

  it('treats an omitted pick as false', () => {
    const data = realData();
    delete talkAt(data, 4).pick;
    const result = validateCatalog(data, LABEL);
    expect(result.ok && result.catalog.talks[4]?.pick).toBe(false);
  });

  it('accepts a talk whose Chinese title and summary are not written yet', () => {
    const data = realData();
    const talk = talkAt(data, 2);
    delete talk.title.zh;
    delete talk.summary.zh;
    const result = validateCatalog(data, LABEL);
    expect(result.ok && result.catalog.talks[2]?.title).toEqual({ en: 'Alertmanager on Its Way to High Availability' });
  });
});
