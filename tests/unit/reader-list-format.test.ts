import { describe, expect, it } from 'vitest';
import { parseSharedIds, sanitizeReaderList } from '../../src/reader-list/reader-list-format';
import { EXPORT_FORMAT, parseExportFile, toExportFile } from '../../src/reader-list/export-file';
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
  it('names what is wrong with a file that is not an export', () => {
    expect(parseExportFile('{nope')).toEqual({ ok: false, error: 'the file is not valid JSON' });
    expect(parseExportFile('{"saved":[],"watched":[]}')).toEqual({
      ok: false,
      error: `format: this is not a talk list exported from the catalog (expected "format": "${EXPORT_FORMAT}")`,
    });
    expect(parseExportFile(JSON.stringify({ format: EXPORT_FORMAT, version: 2, saved: [], watched: [] }))).toEqual({
      ok: false,
      error: 'version: this file was written by a newer version of the catalog (expected version 1)',
    });
    expect(parseExportFile(file({ saved: 'a', watched: [] }))).toEqual({
      ok: false,
      error: 'saved: "saved" should be a list of talk ids',
    });
  });
});

describe('parseSharedIds', () => {
  it('reads comma-separated ids and ignores junk', () => {
    expect(parseSharedIds('a,b,,<script>,b,c-d')).toEqual(['a', 'b', 'c-d']);
    expect(parseSharedIds(null)).toEqual([]);
  });
});
