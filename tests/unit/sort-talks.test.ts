import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-schema';
import type { Language } from '../../src/i18n/messages';
import { sortableTitle, sortTalks } from '../../src/talks/sort-talks';
import type { Sort } from '../../src/talks/talk-query';
import { fixtureCatalog, fixtureTalk, freshCatalog } from './fixture-catalog';

const ids = (sort: Sort, language: Language = 'en', catalog: Catalog = fixtureCatalog) =>
  sortTalks(catalog, catalog.talks, sort, language).map((talk) => talk.id);

describe('sortTalks', () => {
  it('keeps the list’s order, without copying', () => {
    expect(sortTalks(fixtureCatalog, fixtureCatalog.talks, 'list', 'en')).toBe(fixtureCatalog.talks);
  });

  it('puts the newest event first, each event’s talks in their listed order', () => {
    expect(ids('newest')).toEqual(['panel-on-kubernetes', 'storage-deep-dive', 'envoy-in-production', 'counting-things', 'keynote-opening', 'alerting-at-scale']);
  });

  it('puts the oldest event first', () => {
    expect(ids('oldest')).toEqual(['counting-things', 'keynote-opening', 'alerting-at-scale', 'storage-deep-dive', 'envoy-in-production', 'panel-on-kubernetes']);
  });

  it('orders events of one year by their first day, then by the catalog’s order', () => {
    const catalog = freshCatalog();
    // Both 2017 now: the Shanghai event, without dates, sorts before Berlin's dated one in the same year.
    const events = catalog.events.map((e) => (e.id === 'conf-2019-shanghai' ? { ...e, year: 2017 } : e));
    expect(ids('oldest', 'en', { ...catalog, events })).toEqual([
      'storage-deep-dive',
      'envoy-in-production',
      'counting-things',
      'keynote-opening',
      'alerting-at-scale',
      'panel-on-kubernetes',
    ]);
  });

  it('sorts by English title, ignoring a "Keynote:" or "Panel:" prefix, Chinese-only titles after', () => {
    expect(ids('title')).toEqual(['alerting-at-scale', 'counting-things', 'keynote-opening', 'storage-deep-dive', 'panel-on-kubernetes', 'envoy-in-production']);
  });

  it('sorts Chinese titles by pinyin, falling back to the English title', () => {
    // 存 cún, 大 dà, 生 shēng, 用 yòng, 圆 yuán; the keynote has only an English title, which the
    // Chinese collation puts after the Chinese ones.
    expect(ids('title', 'zh')).toEqual(['storage-deep-dive', 'alerting-at-scale', 'envoy-in-production', 'counting-things', 'panel-on-kubernetes', 'keynote-opening']);
  });

  it('sorts by the first speaker, then by title; talks without speakers last', () => {
    expect(ids('speaker')).toEqual(['alerting-at-scale', 'counting-things', 'keynote-opening', 'storage-deep-dive', 'envoy-in-production', 'panel-on-kubernetes']);
  });

  it('sorts by level, keynotes first and unknown levels last, stable within a level', () => {
    expect(ids('level')).toEqual(['keynote-opening', 'storage-deep-dive', 'counting-things', 'alerting-at-scale', 'envoy-in-production', 'panel-on-kubernetes']);
  });

  it('leaves the list it was given as it was', () => {
    const talks = [...fixtureCatalog.talks];
    sortTalks(fixtureCatalog, talks, 'title', 'en');
    expect(talks).toEqual(fixtureCatalog.talks);
  });
});

describe('sortableTitle', () => {
  it('drops the kind of session in front of a title, in either language', () => {
    expect(sortableTitle(fixtureTalk('keynote-opening'), 'en')).toBe('Opening the Conference');
    expect(sortableTitle(fixtureTalk('panel-on-kubernetes'), 'en')).toBe('The Future of Kubernetes');
    expect(sortableTitle({ ...fixtureTalk('keynote-opening'), title: { zh: '主题演讲：开场' } }, 'zh')).toBe('开场');
    expect(sortableTitle({ ...fixtureTalk('keynote-opening'), title: { en: 'Lightning Talk - Ten Minutes' } }, 'en')).toBe('Ten Minutes');
  });

  it('keeps a title that only starts with the word', () => {
    expect(sortableTitle({ ...fixtureTalk('keynote-opening'), title: { en: 'Keynotes Considered Harmful' } }, 'en')).toBe('Keynotes Considered Harmful');
  });

  it('uses the other language when the reader’s is missing', () => {
    expect(sortableTitle(fixtureTalk('envoy-in-production'), 'en')).toBe('生产环境中的 Envoy');
    expect(sortableTitle(fixtureTalk('keynote-opening'), 'zh')).toBe('Opening the Conference');
  });
});
