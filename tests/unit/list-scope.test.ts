import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEvent } from '../../src/catalog/catalog-schema';
import { archiveScope, eventScope, frontScope, scopeFromKey, withScope } from '../../src/talks/list-scope';
import { fixtureCatalog, freshCatalog } from './fixture-catalog';

const ids = (talks: readonly { id: string }[]) => talks.map((t) => t.id);

function eventOf(catalog: Catalog, id: string): CatalogEvent {
  const event = catalog.events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`the catalog has no event ${id}`);
  return event;
}

describe('frontScope', () => {
  it('lists the first collection’s talks in its order, numbered, in the list’s own order by default', () => {
    const scope = frontScope(fixtureCatalog);
    expect(scope).toMatchObject({ key: '', path: '/', defaultSort: 'list', without: [] });
    expect(scope.collection?.id).toBe('fixture-picks');
    expect(ids(scope.talks)).toEqual(['keynote-opening', 'alerting-at-scale', 'counting-things']);
    expect(scope.sorts).toContain('list');
  });

  it('takes the first of several collections', () => {
    const catalog = freshCatalog();
    const [picks] = catalog.collections;
    if (picks === undefined) throw new Error('the fixture has no collection');
    const other = { ...picks, id: 'other-picks', entries: [{ talk: 'panel-on-kubernetes', pick: false }] };
    expect(ids(frontScope({ ...catalog, collections: [other, picks] }).talks)).toEqual(['panel-on-kubernetes']);
  });

  it('is the whole archive, newest first, at / when the catalog has no collection', () => {
    const catalog: Catalog = { ...freshCatalog(), collections: [] };
    const scope = frontScope(catalog);
    expect(scope).toMatchObject({ key: '', path: '/', defaultSort: 'newest' });
    expect(scope.collection).toBeUndefined();
    expect(scope.talks).toBe(catalog.talks);
    expect(scope.sorts).not.toContain('list');
  });

  it('skips an entry whose talk the catalog does not have', () => {
    const catalog = freshCatalog();
    const [picks] = catalog.collections;
    if (picks === undefined) throw new Error('the fixture has no collection');
    const entries = [{ talk: 'gone', pick: false }, ...picks.entries];
    expect(ids(frontScope({ ...catalog, collections: [{ ...picks, entries }] }).talks)).toEqual(['keynote-opening', 'alerting-at-scale', 'counting-things']);
  });
});

describe('archiveScope', () => {
  it('lists every talk, newest event first by default, with no "as listed" order', () => {
    const scope = archiveScope(fixtureCatalog);
    expect(scope).toMatchObject({ key: 'archive', path: '/talks', defaultSort: 'newest', sorts: ['newest', 'oldest', 'title', 'speaker'] });
    expect(scope.talks).toBe(fixtureCatalog.talks);
  });
});

describe('eventScope', () => {
  it('lists one event’s talks in the source’s order, without the event and year filters', () => {
    const scope = eventScope(fixtureCatalog, eventOf(fixtureCatalog, 'conf-2017-berlin'));
    expect(scope).toMatchObject({ key: 'event:conf-2017-berlin', path: '/events/conf-2017-berlin', defaultSort: 'list', without: ['events', 'years'] });
    expect(scope.event?.id).toBe('conf-2017-berlin');
    expect(ids(scope.talks)).toEqual(['counting-things', 'keynote-opening', 'alerting-at-scale']);
  });

  it('is an empty list for an event without talks', () => {
    const catalog = freshCatalog();
    const quiet = { ...eventOf(catalog, 'conf-2020-virtual'), id: 'conf-2021-quiet' };
    expect(eventScope({ ...catalog, events: [...catalog.events, quiet] }, quiet).talks).toEqual([]);
  });
});

describe('scopeFromKey', () => {
  it('finds the archive and an event by their keys', () => {
    expect(scopeFromKey(fixtureCatalog, 'archive').key).toBe('archive');
    expect(scopeFromKey(fixtureCatalog, 'event:conf-2019-shanghai')).toMatchObject({ key: 'event:conf-2019-shanghai', path: '/events/conf-2019-shanghai' });
  });

  it.each([null, '', 'event:', 'event:conf-1999-nowhere', 'collection:fixture-picks', 'ARCHIVE'])('gives the front page’s scope for %j', (key) => {
    expect(scopeFromKey(fixtureCatalog, key)).toBe(frontScope(fixtureCatalog));
  });

  it('gives the same scope object for the same key, and another for another catalog', () => {
    expect(scopeFromKey(fixtureCatalog, 'archive')).toBe(archiveScope(fixtureCatalog));
    expect(archiveScope(freshCatalog())).not.toBe(archiveScope(fixtureCatalog));
  });
});

describe('withScope', () => {
  it('adds the scope’s key to a talk link’s query, keeping the rest', () => {
    expect(withScope('', archiveScope(fixtureCatalog))).toBe('?from=archive');
    expect(withScope('?q=alert&sort=title', archiveScope(fixtureCatalog))).toBe('?q=alert&sort=title&from=archive');
    const berlin = eventScope(fixtureCatalog, eventOf(fixtureCatalog, 'conf-2017-berlin'));
    expect(new URLSearchParams(withScope('?q=x', berlin)).get('from')).toBe('event:conf-2017-berlin');
  });

  it('replaces an older key, and leaves the front page’s links as they are', () => {
    expect(withScope('?from=event%3Aconf-2017-berlin', archiveScope(fixtureCatalog))).toBe('?from=archive');
    expect(withScope('?q=alert', frontScope(fixtureCatalog))).toBe('?q=alert');
  });

  it('round-trips through scopeFromKey', () => {
    const berlin = eventScope(fixtureCatalog, eventOf(fixtureCatalog, 'conf-2017-berlin'));
    expect(scopeFromKey(fixtureCatalog, new URLSearchParams(withScope('', berlin)).get('from'))).toBe(berlin);
  });
});
