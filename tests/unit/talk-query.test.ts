import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  SORTS,
  clearedFilters,
  emptyQuery,
  isFiltered,
  parseTalkQuery,
  serializeTalkQuery,
  sortsFor,
  toggle,
  withSearch,
  type Sort,
  type TalkQuery,
} from '../../src/talks/talk-query';
import { fixtureCatalog } from './fixture-catalog';

const ARCHIVE_SORTS: readonly Sort[] = ['newest', 'oldest', 'title', 'speaker'];
const parse = (search: string, defaultSort: Sort = 'list', sorts: readonly Sort[] = SORTS) =>
  parseTalkQuery(new URLSearchParams(search), fixtureCatalog, defaultSort, sorts);
const EMPTY = emptyQuery('list');

describe('parseTalkQuery', () => {
  it('reads every filter', () => {
    const search =
      '?q=alert&event=conf-2019-shanghai&year=2019&project=prometheus&topic=storage&level=advanced&kind=talk&video=tencent&slides=1&saved=1&unwatched=1&sort=title';
    expect(parse(search)).toEqual({
      q: 'alert',
      events: ['conf-2019-shanghai'],
      years: ['2019'],
      projects: ['prometheus'],
      topics: ['storage'],
      levels: ['advanced'],
      kinds: ['talk'],
      tencentOnly: true,
      slidesOnly: true,
      savedOnly: true,
      unwatchedOnly: true,
      sort: 'title',
    } satisfies TalkQuery);
  });

  it('gives the empty query, with the list’s default order, for no parameters', () => {
    expect(parse('')).toEqual(EMPTY);
    expect(parse('', 'newest', ARCHIVE_SORTS)).toEqual(emptyQuery('newest'));
  });

  it('drops unknown events, years, topics, levels and kinds, and repeats', () => {
    expect(parse('?event=nowhere&event=conf-2017-berlin&event=conf-2017-berlin&year=2018&topic=nope&level=expert&level=&kind=talkshow')).toEqual({
      ...EMPTY,
      events: ['conf-2017-berlin'],
    });
  });

  it('keeps known values in the catalog’s order, whatever the URL’s', () => {
    expect(parse('?event=conf-2020-virtual&event=conf-2017-berlin&year=2020&year=2017').events).toEqual(['conf-2017-berlin', 'conf-2020-virtual']);
    expect(parse('?year=2020&year=2017').years).toEqual(['2017', '2020']);
    expect(parse('?level=advanced&level=beginner').levels).toEqual(['beginner', 'advanced']);
  });

  it('reads a project given as ?topic=, as older links have it', () => {
    expect(parse('?topic=prometheus&topic=alerting')).toEqual({ ...EMPTY, projects: ['prometheus'], topics: ['alerting'] });
  });

  it('reads the old level "keynote" as the kind keynote', () => {
    expect(parse('?level=keynote')).toEqual({ ...EMPTY, kinds: ['keynote'] });
    expect(parse('?level=keynote&level=advanced')).toEqual({ ...EMPTY, levels: ['advanced'], kinds: ['keynote'] });
  });

  it('reads the old sort "post" as the list’s own order', () => {
    expect(parse('?sort=post').sort).toBe('list');
    // A list without its own order (the archive) falls back to its default.
    expect(parse('?sort=post', 'newest', ARCHIVE_SORTS).sort).toBe('newest');
  });

  it('falls back to the default for an unknown sort, or one this list does not offer', () => {
    expect(parse('?sort=random').sort).toBe('list');
    expect(parse('?sort=level', 'newest', ARCHIVE_SORTS).sort).toBe('newest');
  });

  it('only accepts video=tencent, slides=1, saved=1 and unwatched=1', () => {
    expect(parse('?video=youtube&slides=yes&saved=true&unwatched=0')).toEqual(EMPTY);
  });

  it('cuts an overlong search', () => {
    expect(parse(`?q=${'a'.repeat(10_000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('decodes Chinese search text', () => {
    expect(parse('?q=%E5%91%8A%E8%AD%A6').q).toBe('告警');
  });
});

describe('serializeTalkQuery', () => {
  it('is empty for the plain list', () => {
    expect(serializeTalkQuery(EMPTY, 'list')).toBe('');
    expect(serializeTalkQuery(emptyQuery('newest'), 'newest')).toBe('');
  });

  it('leaves out the default order and writes any other', () => {
    expect(serializeTalkQuery({ ...EMPTY, sort: 'title' }, 'list')).toBe('?sort=title');
    expect(serializeTalkQuery({ ...EMPTY, sort: 'list' }, 'newest')).toBe('?sort=list');
  });

  it('writes projects as ?project= and each value once per parameter', () => {
    expect(serializeTalkQuery({ ...EMPTY, projects: ['prometheus', 'envoy'], tencentOnly: true }, 'list')).toBe('?project=prometheus&project=envoy&video=tencent');
  });

  it('round-trips through parse', () => {
    const query: TalkQuery = {
      ...EMPTY,
      q: '告警 alert',
      events: ['conf-2017-berlin', 'conf-2019-shanghai'],
      years: ['2017'],
      projects: ['envoy', 'prometheus'],
      topics: ['alerting'],
      levels: ['advanced'],
      kinds: ['keynote', 'panel'],
      tencentOnly: true,
      slidesOnly: true,
      unwatchedOnly: true,
      sort: 'level',
    };
    expect(parse(serializeTalkQuery(query, 'list'))).toEqual({ ...query, projects: ['prometheus', 'envoy'] });
    expect(parse(serializeTalkQuery(emptyQuery('oldest'), 'newest'), 'newest', ARCHIVE_SORTS)).toEqual(emptyQuery('oldest'));
  });

  it('drops a blank search', () => {
    expect(serializeTalkQuery({ ...EMPTY, q: '   ' }, 'list')).toBe('');
  });
});

describe('isFiltered, clearedFilters and toggle', () => {
  it('knows when a view hides talks; an order alone hides none', () => {
    expect(isFiltered(EMPTY)).toBe(false);
    expect(isFiltered({ ...EMPTY, sort: 'title' })).toBe(false);
    expect(isFiltered({ ...EMPTY, q: '  ' })).toBe(false);
    expect(isFiltered({ ...EMPTY, tencentOnly: true })).toBe(true);
    expect(isFiltered({ ...EMPTY, savedOnly: true })).toBe(true);
    expect(isFiltered({ ...EMPTY, years: ['2017'] })).toBe(true);
  });

  it('clears every filter but keeps the reader’s order', () => {
    expect(clearedFilters({ ...EMPTY, q: 'x', kinds: ['panel'], sort: 'speaker' }, 'list')).toEqual(emptyQuery('speaker'));
  });

  it('drops best match with the search it belonged to', () => {
    expect(clearedFilters({ ...EMPTY, q: 'x', sort: 'relevance' }, 'newest')).toEqual(emptyQuery('newest'));
  });
});

describe('the order of a search', () => {
  const params = (text: string) => new URLSearchParams(text);

  it('is best match while searching, unless the reader chose another', () => {
    expect(parseTalkQuery(params('q=alert'), fixtureCatalog, 'newest', ['newest', 'title']).sort).toBe('relevance');
    expect(parseTalkQuery(params('q=alert&sort=title'), fixtureCatalog, 'newest', ['newest', 'title']).sort).toBe('title');
    expect(parseTalkQuery(params('q=alert&sort=newest'), fixtureCatalog, 'newest', ['newest', 'title']).sort).toBe('newest');
  });

  it('is not offered without a search', () => {
    expect(parseTalkQuery(params('sort=relevance'), fixtureCatalog, 'newest', ['newest', 'title']).sort).toBe('newest');
    expect(sortsFor('', ['newest', 'title'])).toEqual(['newest', 'title']);
    expect(sortsFor('k8s', ['newest', 'title'])).toEqual(['relevance', 'newest', 'title']);
  });

  it('leaves the order out of the URL when it is the default for the view', () => {
    expect(serializeTalkQuery({ ...emptyQuery('relevance'), q: 'alert' }, 'newest')).toBe('?q=alert');
    expect(serializeTalkQuery({ ...emptyQuery('newest'), q: 'alert' }, 'newest')).toBe('?q=alert&sort=newest');
    expect(serializeTalkQuery(emptyQuery('newest'), 'newest')).toBe('');
  });

  it('follows the typed text when the reader has not chosen an order', () => {
    const typed = withSearch(emptyQuery('newest'), 'alert', 'newest');
    expect(typed.sort).toBe('relevance');
    expect(withSearch(typed, '', 'newest').sort).toBe('newest');
    const chosen = withSearch({ ...emptyQuery('title'), q: 'alert' }, 'alerting', 'newest');
    expect(chosen.sort).toBe('title');
    const explicitNewest = withSearch({ ...emptyQuery('newest'), q: 'alert' }, 'alerts', 'newest');
    expect(explicitNewest.sort).toBe('newest');
  });

  it('toggles a value in and out', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
