import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import {
  EMPTY_QUERY,
  MAX_QUERY_LENGTH,
  isFiltered,
  parseTalkQuery,
  serializeTalkQuery,
  toggle,
} from '../../src/talks/talk-query';

const parse = (search: string) => parseTalkQuery(new URLSearchParams(search), bundledCatalog);

describe('parseTalkQuery', () => {
  it('reads every filter', () => {
    expect(parse('?q=alert&topic=storage&topic=alerting&level=advanced&slides=1&saved=1&unwatched=1&sort=title')).toEqual({
      q: 'alert',
      topics: ['alerting', 'storage'],
      levels: ['advanced'],
      slidesOnly: true,
      savedOnly: true,
      unwatchedOnly: true,
      sort: 'title',
    });
  });
  it('gives the empty query for no parameters', () => {
    expect(parse('')).toEqual(EMPTY_QUERY);
  });
  it('ignores unknown topics and levels, and repeats', () => {
    expect(parse('?topic=nope&topic=alerting&topic=alerting&level=expert&level=')).toEqual({
      ...EMPTY_QUERY,
      topics: ['alerting'],
    });
  });
  it('only accepts slides=1, saved=1 and unwatched=1', () => {
    expect(parse('?slides=yes&saved=true&unwatched=0')).toEqual(EMPTY_QUERY);
  });
  it('falls back to the post’s order for an unknown sort', () => {
    expect(parse('?sort=random').sort).toBe('post');
  });
  it('cuts an overlong search', () => {
    expect(parse(`?q=${'a'.repeat(10_000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('decodes Chinese search text', () => {
    expect(parse('?q=%E5%91%8A%E8%AD%A6').q).toBe('告警');
  });
});

describe('serializeTalkQuery', () => {
  it('is empty for the plain catalog', () => {
    expect(serializeTalkQuery(EMPTY_QUERY)).toBe('');
  });
  it('round-trips through parse', () => {
    const query = {
      ...EMPTY_QUERY,
      q: '告警 alert',
      topics: ['alerting', 'frontend'],
      levels: ['advanced' as const],
      slidesOnly: true,
      unwatchedOnly: true,
      sort: 'level' as const,
    };
    expect(parse(serializeTalkQuery(query))).toEqual(query);
  });
  it('drops a blank search', () => {
    expect(serializeTalkQuery({ ...EMPTY_QUERY, q: '   ' })).toBe('');
  });
});

describe('isFiltered and toggle', () => {
  it('knows when a view is filtered', () => {
    expect(isFiltered(EMPTY_QUERY)).toBe(false);
    expect(isFiltered({ ...EMPTY_QUERY, sort: 'title' })).toBe(false);
    expect(isFiltered({ ...EMPTY_QUERY, slidesOnly: true })).toBe(true);
    expect(isFiltered({ ...EMPTY_QUERY, savedOnly: true })).toBe(true);
  });
  it('toggles a value in and out', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
