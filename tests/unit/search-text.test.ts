import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import { matchesTerms, normalizeText, prepareHaystacks, searchTalks, searchTerms } from '../../src/talks/search-text';

const talk = (id: string) => {
  const found = bundledCatalog.talks.find((t) => t.id === id);
  if (!found) throw new Error(`no talk ${id}`);
  return found;
};
const matches = (id: string, query: string) => matchesTerms(talk(id), searchTerms(query));

describe('normalizeText', () => {
  it('folds case and accents', () => {
    expect(normalizeText('Björn RABENSTEIN')).toBe('bjorn rabenstein');
  });
  it('folds full-width Latin typed with a Chinese input method', () => {
    expect(normalizeText('ＰＲＯＭ')).toBe('prom');
  });
  it('leaves Chinese characters as they are', () => {
    expect(normalizeText('告警')).toBe('告警');
  });
});

describe('searchTerms', () => {
  it('splits on any whitespace, including the ideographic space', () => {
    expect(searchTerms('  alert\u3000 manager ')).toEqual(['alert', 'manager']);
  });
  it('is empty for blank input', () => {
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('matchesTerms', () => {
  it('matches the English title in any case', () => {
    expect(matches('counting-with-prometheus', 'COUNTING')).toBe(true);
  });
  it('matches a speaker without their accent', () => {
    expect(matches('configuring-prometheus-for-high-performance', 'bjorn')).toBe(true);
    expect(matches('configuring-prometheus-for-high-performance', 'Björn')).toBe(true);
  });
  it('matches the Chinese title and summary as typed', () => {
    const zhTitle = talk('long-term-storage').title.zh ?? '';
    expect(matches('long-term-storage', zhTitle.slice(-4))).toBe(true);
    expect(matches('counting-with-prometheus', zhTitle.slice(-4))).toBe(false);
  });
  it('matches words from the English summary', () => {
    expect(matches('prometheus-unsung-heroes', 'mtail')).toBe(true);
  });
  it('requires every term (AND)', () => {
    expect(matches('grafana-is-not-enough', 'grafana kaltschmidt')).toBe(true);
    expect(matches('grafana-is-not-enough', 'grafana brazil')).toBe(false);
  });
  it('matches an affiliation', () => {
    expect(matches('monitor-my-socks', 'container solutions')).toBe(true);
  });
  it('does not match across two fields', () => {
    // The English title ends in "Prometheus" and the Chinese one starts with 用: a term spanning both must not match.
    expect(matches('counting-with-prometheus', 'prometheus用')).toBe(false);
  });
  it('matches everything for an empty query', () => {
    expect(matches('monitor-my-socks', '')).toBe(true);
  });
});

describe('searchTalks', () => {
  const talks = bundledCatalog.talks;
  const ids = (query: string) => searchTalks(talks, query).map((t) => t.id);

  it('returns the list itself for an empty query', () => {
    expect(searchTalks(talks, '  ')).toBe(talks);
  });

  // The answer without any reuse of earlier answers: every talk checked against every term.
  const scratch = (query: string) => talks.filter((talk) => matchesTerms(talk, searchTerms(query))).map((t) => t.id);

  it('gives the same answer while typing forward as from scratch', () => {
    const typed = ['p', 'pr', 'pro', 'prom', 'prom ', 'prom a', 'prom al', 'prom ale'];
    const forward = typed.map(ids);
    expect(forward).toEqual(typed.map(scratch));
    // "ale" also finds Alejandro Ramirez; talk 3 never mentions "prom".
    expect(forward.at(-1)).toEqual([
      'alerting-in-cloud-native-environments',
      'understanding-and-extending-alertmanager',
      'prometheus-unsung-heroes',
    ]);
  });

  it('widens again when a character is deleted', () => {
    expect(ids('grafanax')).toEqual([]);
    expect(ids('grafana')).toEqual(['grafana-is-not-enough']);
  });

  it('answers a query typed again, e.g. after Backspace, from what it found before', () => {
    const first = searchTalks(talks, 'storage');
    searchTalks(talks, 'storage l');
    expect(searchTalks(talks, 'storage')).toBe(first);
  });

  it('stays right through a long session of typing, deleting and retyping', () => {
    const session = ['k', 'ku', 'kub', 'ku', 'k', '', 'a', 'al', 'ale', 'aler', 'al', 'a', 'b', 'br', 'bri', 'brian b', 'brian', '监', '监控'];
    for (let round = 0; round < 3; round += 1) {
      for (const query of session) expect(ids(query), query).toEqual(scratch(query));
    }
  });

  it('does not reuse matches from another catalog', () => {
    expect(ids('socks')).toEqual(['monitor-my-socks']);
    const other = talks.slice(0, 2);
    expect(searchTalks(other, 'socks ').map((t) => t.id)).toEqual([]);
  });
});

describe('prepareHaystacks', () => {
  it('works through the talks while there is time and says where it stopped', () => {
    const talks = bundledCatalog.talks;
    let budget = 4;
    expect(prepareHaystacks(talks, 0, () => budget-- > 0)).toBe(4);
    expect(prepareHaystacks(talks, 4, () => true)).toBe(talks.length);
    expect(prepareHaystacks(talks, talks.length, () => true)).toBe(talks.length);
  });
});
