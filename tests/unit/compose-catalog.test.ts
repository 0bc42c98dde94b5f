import { describe, expect, it } from 'vitest';
import type { CatalogPart, Talk } from '../../src/catalog/catalog-schema';
import { composeCatalog } from '../../src/catalog/compose-catalog';
import { fixtureCatalog, fixtureTalk } from './fixture-catalog';

const youtube = (id: string) => ({ host: 'youtube' as const, url: `https://www.youtube.com/watch?v=${id}` });
const tencent = (id: string) => ({ host: 'tencent' as const, url: `https://v.qq.com/x/page/${id}.html` });

/** A talk with only what a part must give, and the lists valibot fills in. */
const talk = (fields: Partial<Talk> & Pick<Talk, 'id'>): Talk => ({
  event: 'conf-2017-berlin',
  title: { en: fields.id },
  speakers: [],
  topics: [],
  videos: [],
  ...fields,
});

const ids = (talks: readonly Talk[]) => talks.map((t) => t.id);

describe('composeCatalog', () => {
  it('gives a single part back as it is', () => {
    const { site, sources, events, topics, speakers, talks, collections } = fixtureCatalog;
    expect(composeCatalog([fixtureCatalog])).toEqual({ site, sources, events, topics, speakers, talks, collections });
  });

  it('gives empty lists for lists no part has, and no site when no part has one', () => {
    expect(composeCatalog([{}, {}])).toEqual({ site: undefined, sources: [], events: [], topics: [], speakers: [], talks: [], collections: [] });
    expect(composeCatalog([])).toMatchObject({ site: undefined, talks: [] });
  });

  it('takes the site from the last part that has one', () => {
    const other = { name: { en: 'Other', zh: '其他' }, description: { en: 'Other.', zh: '其他。' } };
    expect(composeCatalog([{ site: fixtureCatalog.site }, { site: other }, {}]).site).toEqual(other);
  });

  it('keeps the order of every list: earlier parts first, a merged entry where it first appeared', () => {
    const parts: CatalogPart[] = [
      { talks: [talk({ id: 'a' }), talk({ id: 'b' })] },
      { talks: [talk({ id: 'c' }), talk({ id: 'a', level: 'advanced' })] },
    ];
    expect(ids(composeCatalog(parts).talks)).toEqual(['a', 'b', 'c']);
  });

  it('merges an event, topic or speaker with a known id field by field, the later part winning', () => {
    const [berlin] = fixtureCatalog.events;
    if (berlin === undefined) throw new Error('the fixture has no events');
    const composed = composeCatalog([
      { events: [berlin], speakers: [{ id: 'ada-lovelace', name: 'Ada Lovelace' }] },
      { events: [{ ...berlin, city: undefined, url: 'https://example.org/conf' }], speakers: [{ id: 'ada-lovelace', name: 'Ada King' }] },
    ]);
    expect(composed.events).toEqual([{ ...berlin, city: undefined, url: 'https://example.org/conf' }]);
    expect(composed.speakers).toEqual([{ id: 'ada-lovelace', name: 'Ada King' }]);
  });

  it('merges a talk with the same id: later fields win, earlier ones stay where the later part has none', () => {
    const earlier = talk({ id: 'a', title: { en: 'Imported' }, date: '2017-03-29', videos: [youtube('aaaaaaaaaaa')] });
    const later = talk({ id: 'a', title: { en: 'Verified', zh: '已核实' }, summary: { en: 'Checked by hand.' }, videos: [youtube('aaaaaaaaaaa')] });
    expect(composeCatalog([{ talks: [earlier] }, { talks: [later] }]).talks).toEqual([
      { ...earlier, title: { en: 'Verified', zh: '已核实' }, summary: { en: 'Checked by hand.' } },
    ]);
  });

  it('merges a talk with the same YouTube video under the later part’s id', () => {
    const imported = talk({ id: 'kubecon-2017-0042', date: '2017-03-30', videos: [youtube('bfSMDERvkZY'), tencent('l0743y2yavs')] });
    const curated = talk({ id: 'grafana-is-not-enough', videos: [youtube('bfSMDERvkZY')], slides: null });
    const { talks } = composeCatalog([{ talks: [talk({ id: 'first' }), imported, talk({ id: 'last' })] }, { talks: [curated] }]);
    expect(ids(talks)).toEqual(['first', 'grafana-is-not-enough', 'last']);
    expect(talks[1]).toMatchObject({ date: '2017-03-30', slides: null, videos: [youtube('bfSMDERvkZY')] });
  });

  it('finds the YouTube video whatever its place among the talk’s videos', () => {
    const imported = talk({ id: 'imported', videos: [tencent('x0000000001'), youtube('ccccccccccc')] });
    const curated = talk({ id: 'curated', videos: [youtube('ccccccccccc')] });
    expect(ids(composeCatalog([{ talks: [imported] }, { talks: [curated] }]).talks)).toEqual(['curated']);
  });

  it('matches by video only the talks of earlier parts: two talks of one part stay two (the checks report them)', () => {
    const a = talk({ id: 'a', videos: [youtube('eeeeeeeeeee')] });
    const b = talk({ id: 'b', videos: [youtube('eeeeeeeeeee')] });
    expect(ids(composeCatalog([{ talks: [a, b] }]).talks)).toEqual(['a', 'b']);
  });

  it('does not merge talks that only share a video on another host', () => {
    const a = talk({ id: 'a', videos: [tencent('x0000000001')] });
    const b = talk({ id: 'b', videos: [tencent('x0000000001')] });
    expect(ids(composeCatalog([{ talks: [a] }, { talks: [b] }]).talks)).toEqual(['a', 'b']);
  });

  it('takes the union of a merged talk’s topics, earlier ones first', () => {
    const earlier = talk({ id: 'a', topics: ['prometheus', 'storage'] });
    const later = talk({ id: 'a', topics: ['alerting', 'prometheus'] });
    expect(composeCatalog([{ talks: [earlier] }, { talks: [later] }]).talks[0]?.topics).toEqual(['prometheus', 'storage', 'alerting']);
  });

  it('lets a third part find a talk by the id a second part gave it', () => {
    const parts: CatalogPart[] = [
      { talks: [talk({ id: 'imported', videos: [youtube('ddddddddddd')] })] },
      { talks: [talk({ id: 'curated', videos: [youtube('ddddddddddd')] })] },
      { talks: [talk({ id: 'curated', level: 'beginner', videos: [] })] },
    ];
    const { talks } = composeCatalog(parts);
    expect(ids(talks)).toEqual(['curated']);
    expect(talks[0]?.level).toBe('beginner');
  });

  it('merges collections by id, the later part’s entries replacing the earlier ones', () => {
    const [picks] = fixtureCatalog.collections;
    if (picks === undefined) throw new Error('the fixture has no collection');
    const shorter = { ...picks, entries: [{ talk: 'counting-things', pick: true }] };
    expect(composeCatalog([{ collections: [picks] }, { collections: [shorter] }]).collections).toEqual([shorter]);
  });

  it('does not change the parts it was given', () => {
    const earlier = fixtureTalk('counting-things');
    const copy = structuredClone(earlier);
    composeCatalog([{ talks: [earlier] }, { talks: [{ ...earlier, topics: ['storage'], title: { en: 'Changed' } }] }]);
    expect(earlier).toEqual(copy);
  });
});
