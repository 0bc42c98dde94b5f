import { describe, expect, it } from 'vitest';
import { activeFilterCount, emptyQuery, type TalkQuery } from '../../src/talks/talk-query';

const query = (change: Partial<TalkQuery>): TalkQuery => ({ ...emptyQuery('list'), ...change });

describe('the number of filters a phone’s folded control shows', () => {
  it('is 0 for the plain list, whatever its search and order', () => {
    expect(activeFilterCount(query({}))).toBe(0);
    expect(activeFilterCount(query({ q: 'prometheus', sort: 'title' }))).toBe(0);
  });

  it('counts each value picked, in every facet', () => {
    expect(activeFilterCount(query({ projects: ['prometheus', 'envoy'] }))).toBe(2);
    expect(activeFilterCount(query({ events: ['a'], years: ['2019'], topics: ['alerting'], levels: ['advanced'], kinds: ['keynote'] }))).toBe(5);
  });

  it('counts each yes/no filter once', () => {
    expect(activeFilterCount(query({ tencentOnly: true, slidesOnly: true, savedOnly: true, unwatchedOnly: true }))).toBe(4);
    expect(activeFilterCount(query({ slidesOnly: true, projects: ['prometheus'] }))).toBe(2);
  });
});
