import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog-schema';
import type { Language } from '../../src/i18n/messages';
import { sortableTitle, sortTalks } from '../../src/talks/sort-talks';
import type { Sort } from '../../src/talks/talk-query';
import { talkTitle } from '../../src/talks/talk-title';
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

  it('sorts by the English title as it is shown, "Keynote:" included, Chinese-only titles after', () => {
    // Shown as "Keynote: Opening…" and "Panel: The Future…": under K and P, where a reader looks.
    expect(ids('title')).toEqual(['alerting-at-scale', 'counting-things', 'keynote-opening', 'panel-on-kubernetes', 'storage-deep-dive', 'envoy-in-production']);
  });

  it('puts the titles in the order of the titles shown, in either language', () => {
    for (const language of ['en', 'zh'] as const) {
      const shown = sortTalks(fixtureCatalog, fixtureCatalog.talks, 'title', language).map((talk) => talkTitle(talk, language).text);
      const collator = new Intl.Collator(language === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en', { sensitivity: 'base', numeric: true });
      expect(shown).toEqual([...shown].sort(collator.compare));
    }
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
  it('is the title the reader is shown, a kind of session in front of it included', () => {
    expect(sortableTitle(fixtureTalk('keynote-opening'), 'en')).toBe('Keynote: Opening the Conference');
    expect(sortableTitle(fixtureTalk('panel-on-kubernetes'), 'zh')).toBe('圆桌：Kubernetes 的未来');
    for (const talk of fixtureCatalog.talks) {
      for (const language of ['en', 'zh'] as const) expect(sortableTitle(talk, language)).toBe(talkTitle(talk, language).text);
    }
  });

  it('uses the other language when the reader’s is missing', () => {
    expect(sortableTitle(fixtureTalk('envoy-in-production'), 'en')).toBe('生产环境中的 Envoy');
    expect(sortableTitle(fixtureTalk('keynote-opening'), 'zh')).toBe('Keynote: Opening the Conference');
  });
});
