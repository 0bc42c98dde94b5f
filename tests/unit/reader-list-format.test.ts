import { describe, expect, it } from 'vitest';
import { MAX_SHARED_IDS, parseSharedIds, sanitizeReaderList, sharedIdsOf } from '../../src/reader-list/reader-list-format';
import { EXPORT_FORMAT, jsonErrorPlace, parseExportFile, toExportFile } from '../../src/reader-list/export-file';
import { migrateReaderList } from '../../src/reader-list/reader-list-store';

const file = (body: object) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-11-25T00:00:00.000Z', ...body });

describe('sanitizeReaderList', () => {
  it('keeps valid distinct ids in order and drops the rest', () => {
    expect(sanitizeReaderList({ saved: ['b', 'a', 'b', 7, null, 'Not An Id', 'c-1'], watched: 'x' })).toEqual({
      saved: ['b', 'a', 'c-1'],
      watched: [],
    });
  });
  it('turns anything that is not an object into an empty list', () => {
    expect(sanitizeReaderList('garbage')).toEqual({ saved: [], watched: [] });
    expect(sanitizeReaderList(null)).toEqual({ saved: [], watched: [] });
  });
});

describe('migrateReaderList', () => {
  it('moves a version 1 list of flags to ordered arrays', () => {
    expect(migrateReaderList({ later: { 'counting-with-prometheus': true, 'x-y': false }, seen: { 'long-term-storage': true } }, 1)).toEqual({
      saved: ['counting-with-prometheus'],
      watched: ['long-term-storage'],
    });
  });
  it('sanitises a list from an unknown version instead of discarding it', () => {
    expect(migrateReaderList({ saved: ['a', 1], watched: ['b'] }, 99)).toEqual({ saved: ['a'], watched: ['b'] });
  });
});

describe('export and import', () => {
  it('round-trips a list', () => {
    const list = { saved: ['a', 'b'], watched: ['c'] };
    const text = JSON.stringify(toExportFile(list, new Date('2026-11-25T00:00:00Z')));
    expect(parseExportFile(text)).toEqual({ ok: true, list, skipped: 0 });
  });
  it('counts entries that are not talk ids instead of dropping them silently', () => {
    expect(parseExportFile(file({ saved: ['a', 42, 'Bad Id'], watched: ['a', 'a'] }))).toEqual({
      ok: true,
      list: { saved: ['a'], watched: ['a'] },
      skipped: 3,
    });
  });
  it('names what is wrong with a file that is not an export, as data the UI words', () => {
    const problem = (text: string) => {
      const result = parseExportFile(text);
      return result.ok ? undefined : result.problem;
    };
    expect(problem('')).toEqual({ kind: 'empty' });
    expect(problem('\uFEFF  \n')).toEqual({ kind: 'empty' });
    expect(problem('[]')).toEqual({ kind: 'not-an-object' });
    expect(problem('"a-talk"')).toEqual({ kind: 'not-an-object' });
    expect(problem('{"saved":[],"watched":[]}')).toEqual({ kind: 'not-an-export' });
    expect(problem(file({ format: 'something/else' }))).toEqual({ kind: 'not-an-export' });
    expect(problem(file({ version: 2 }))).toEqual({ kind: 'newer-version', version: 2 });
    expect(problem(file({ version: '1' }))).toEqual({ kind: 'bad-version' });
    expect(problem(file({ version: 0 }))).toEqual({ kind: 'bad-version' });
    expect(problem(file({ saved: 'a', watched: [] }))).toEqual({ kind: 'not-a-list', field: 'saved' });
    expect(problem(file({ saved: [], watched: null }))).toEqual({ kind: 'not-a-list', field: 'watched' });
    expect(problem(JSON.stringify({ format: EXPORT_FORMAT, version: 1, watched: [] }))).toEqual({ kind: 'missing-list', field: 'saved' });
  });
  it('reads a file with a byte-order mark', () => {
    expect(parseExportFile(`\uFEFF${file({ saved: ['a'], watched: [] })}`)).toMatchObject({ ok: true, list: { saved: ['a'], watched: [] } });
  });
  it('says where broken JSON breaks, with the parser’s words aside', () => {
    const result = parseExportFile('{\n  "format": "x"\n  "saved": []\n}');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'not-json', line: 3, column: 3 } });
    expect(result.ok ? '' : result.detail).toMatch(/JSON/);
  });
});

describe('jsonErrorPlace', () => {
  const text = '{\n  "a": 1\n  "b": 2\n}';
  it('reads a line and column the parser gives', () => {
    expect(jsonErrorPlace("Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)", text)).toEqual({ line: 3, column: 3 });
    expect(jsonErrorPlace('JSON.parse: expected \',\' or \'}\' after property value in object at line 3 column 3 of the JSON data', text)).toEqual({ line: 3, column: 3 });
  });
  it('works a line and column out of a position', () => {
    expect(jsonErrorPlace("Expected ',' or '}' after property value in JSON at position 13", text)).toEqual({ line: 3, column: 3 });
    expect(jsonErrorPlace('Unexpected token at position 0', text)).toEqual({ line: 1, column: 1 });
  });
  it('gives nothing when the parser does not say', () => {
    expect(jsonErrorPlace('JSON Parse error: Unexpected identifier "nope"', text)).toBeUndefined();
  });
});

describe('parseSharedIds', () => {
  it('reads comma-separated ids and ignores junk', () => {
    expect(parseSharedIds('a,b,,<script>,b,c-d')).toEqual({ ids: ['a', 'b', 'c-d'], total: 3 });
    expect(parseSharedIds(null)).toEqual({ ids: [], total: 0 });
  });

  const many = (n: number) => Array.from({ length: n }, (_, i) => `talk-${String(i)}`);

  it('keeps the first MAX_SHARED_IDS distinct ids and counts all of them', () => {
    const link = [...many(MAX_SHARED_IDS + 3), 'talk-0', 'not an id'].join(',');
    expect(parseSharedIds(link)).toEqual({ ids: many(MAX_SHARED_IDS), total: MAX_SHARED_IDS + 3 });
  });

  it('does not let junk or repeats before the limit push real ids out', () => {
    const link = [...Array.from({ length: MAX_SHARED_IDS }, () => 'talk-0'), '<junk>', 'talk-1'].join(',');
    expect(parseSharedIds(link)).toEqual({ ids: ['talk-0', 'talk-1'], total: 2 });
  });
});

describe('sharedIdsOf', () => {
  it('carries the whole list up to the limit, and the same ids the shared page reads back', () => {
    const list = Array.from({ length: MAX_SHARED_IDS + 2 }, (_, i) => `talk-${String(i)}`);
    expect(sharedIdsOf(list.slice(0, 3))).toEqual({ ids: list.slice(0, 3), cut: 0 });
    const { ids, cut } = sharedIdsOf(list);
    expect(cut).toBe(2);
    expect(parseSharedIds(ids.join(',')).ids).toEqual(ids);
    expect(ids).toHaveLength(MAX_SHARED_IDS);
  });
});
