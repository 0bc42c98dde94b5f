import { describe, expect, it } from 'vitest';
import { matchesTerms, normalizeText, prepareHaystacks, searchTalks, searchTerms } from '../../src/talks/search-text';
import { fixtureCatalog, fixtureTalk, freshCatalog } from './fixture-catalog';

const matches = (id: string, query: string) => matchesTerms(fixtureCatalog, fixtureTalk(id), searchTerms(query));
const found = (query: string) => searchTalks(fixtureCatalog, fixtureCatalog.talks, query).map((t) => t.id);

describe('normalizeText', () => {
  it('folds case and accents', () => {
    expect(normalizeText('Björn RABENSTEIN')).toBe('bjorn rabenstein');
    expect(normalizeText('Łukasz')).toBe('lukasz');
  });
  it('folds full-width Latin typed with a Chinese input method', () => {
    expect(normalizeText('ＰＲＯＭ２０１７')).toBe('prom2017');
  });
  it('leaves Chinese characters as they are', () => {
    expect(normalizeText('告警')).toBe('告警');
  });
});

describe('searchTerms', () => {
  it('splits on any whitespace, including the ideographic space', () => {
    expect(searchTerms('  alert\u3000 manager ')).toEqual(['alert', 'manager']);
  });
  it('folds each term', () => {
    expect(searchTerms('BJÖRN Ｓｃａｌｅ')).toEqual(['bjorn', 'scale']);
  });
  it('is empty for blank input', () => {
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('matchesTerms', () => {
  it('matches the English title in any case', () => {
    expect(matches('counting-things', 'COUNTING')).toBe(true);
    expect(matches('keynote-opening', 'counting')).toBe(false);
  });

  it('matches a speaker typed without their accents or special letters', () => {
    expect(found('bjorn')).toEqual(['keynote-opening', 'storage-deep-dive']);
    expect(found('Björn')).toEqual(['keynote-opening', 'storage-deep-dive']);
    expect(found('lukasz')).toEqual(['alerting-at-scale']);
    expect(found('张三')).toEqual(['envoy-in-production']);
  });

  it('matches an affiliation', () => {
    expect(found('soundcloud')).toEqual(['keynote-opening']);
    expect(found('pingcap')).toEqual(['envoy-in-production']);
  });

  it('matches full-width Latin typed with a Chinese input method', () => {
    expect(found('ＡＬＥＲＴＩＮＧ')).toEqual(['alerting-at-scale']);
  });

  it('matches any part of a Chinese title or summary, as typed', () => {
    expect(found('计数')).toEqual(['counting-things']);
    expect(found('生产环境')).toEqual(['envoy-in-production']);
    expect(found('如何使用')).toEqual(['counting-things']);
  });

  it('matches the event’s name in either language', () => {
    expect(found('china')).toEqual(['storage-deep-dive', 'envoy-in-production']);
    expect(found('欧洲')).toEqual(['counting-things', 'keynote-opening', 'alerting-at-scale']);
  });

  it('matches the labels of the projects and topics', () => {
    // alerting-at-scale never says "Prometheus" itself; its project does.
    expect(matches('alerting-at-scale', 'prometheus')).toBe(true);
    expect(found('存储')).toEqual(['storage-deep-dive']);
  });

  it('matches words from the English summary', () => {
    expect(found('counters')).toEqual(['counting-things']);
  });

  it('requires every term (AND)', () => {
    expect(found('ada alerting')).toEqual(['alerting-at-scale']);
    expect(found('ada storage')).toEqual([]);
  });

  it('does not match across two fields', () => {
    // The English title ends in "Prometheus" and the Chinese one starts with 用: a term spanning both must not match.
    expect(matches('counting-things', 'prometheus用')).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(matches('panel-on-kubernetes', '')).toBe(true);
  });
});

describe('searchTalks', () => {
  it('returns the list itself for an empty query', () => {
    expect(searchTalks(fixtureCatalog, fixtureCatalog.talks, '  ')).toBe(fixtureCatalog.talks);
  });

  it('keeps the order of the talks it is given', () => {
    const talks = [fixtureTalk('storage-deep-dive'), fixtureTalk('keynote-opening')];
    expect(searchTalks(fixtureCatalog, talks, 'bjorn')).toEqual(talks);
  });

  it('reads names from the catalog it is given', () => {
    const catalog = freshCatalog();
    const renamed = { ...catalog, speakers: catalog.speakers.map((s) => (s.id === 'ada-lovelace' ? { ...s, name: 'Augusta King' } : s)) };
    expect(searchTalks(renamed, renamed.talks, 'augusta').map((t) => t.id)).toEqual(['counting-things', 'alerting-at-scale']);
  });
});

describe('prepareHaystacks', () => {
  it('works through the talks while there is time and says where it stopped', () => {
    const { talks } = fixtureCatalog;
    let budget = 4;
    expect(prepareHaystacks(fixtureCatalog, talks, 0, () => budget-- > 0)).toBe(4);
    expect(prepareHaystacks(fixtureCatalog, talks, 4, () => true)).toBe(talks.length);
    expect(prepareHaystacks(fixtureCatalog, talks, talks.length, () => true)).toBe(talks.length);
  });
});
