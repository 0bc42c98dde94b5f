import { describe, expect, it } from 'vitest';
import type { Catalog, Talk } from '../../src/catalog/catalog-schema';
import { SYNONYM_GROUPS } from '../../src/talks/search-synonyms';
import { foldText as normalizeText } from '../../src/text/fold-text';
import { loadChineseVariants } from '../../src/text/chinese-variants';
import { matchesTerms, matchingTalks, needsChineseVariants, searchGroups, searchTalks, searchTerms } from '../../src/talks/search-text';
import { fixtureCatalog, fixtureTalk, freshCatalog } from './fixture-catalog';
import { matched, tinyCatalog, titleFinds } from './search-probe';

const matches = (id: string, query: string) => matchesTerms(fixtureCatalog, fixtureTalk(id), searchGroups(query));
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

  it('keeps the order of the talks it is given where they match alike', () => {
    const talks = [fixtureTalk('storage-deep-dive'), fixtureTalk('keynote-opening')];
    expect(searchTalks(fixtureCatalog, talks, 'bjorn')).toEqual(talks);
  });

  it('reads names from the catalog it is given', () => {
    const catalog = freshCatalog();
    const renamed = { ...catalog, speakers: catalog.speakers.map((s) => (s.id === 'ada-lovelace' ? { ...s, name: 'Augusta King' } : s)) };
    expect(searchTalks(renamed, renamed.talks, 'augusta').map((t) => t.id)).toEqual(['counting-things', 'alerting-at-scale']);
  });
});

describe('matchingTalks', () => {
  it('finds what searchTalks finds, in the order of the talks it is given', () => {
    const catalog = tinyCatalog([
      { id: 'in-summary', title: 'Observability', summary: 'Running Prometheus' },
      { id: 'in-title', title: 'Prometheus' },
      { id: 'neither', title: 'Envoy' },
    ]);
    expect(matched(catalog, 'prometheus')).toEqual(['in-summary', 'in-title']);
    expect(searchTalks(catalog, catalog.talks, 'prometheus').map((t) => t.id)).toEqual(['in-title', 'in-summary']);
  });

  it('returns the list itself for an empty query', () => {
    expect(matchingTalks(fixtureCatalog, fixtureCatalog.talks, '')).toBe(fixtureCatalog.talks);
  });
});

// A talk of the fixture's that says nothing but `title`: no speakers, topics, summary or city.
const probeCatalog: Catalog = freshCatalog();
function talkSaying(title: string): Talk {
  return { ...fixtureTalk('panel-on-kubernetes'), id: 'probe', title: { en: title }, topics: [], speakers: [], summary: undefined };
}
const says = (title: string, query: string) => matchesTerms(probeCatalog, talkSaying(title), searchGroups(query));

describe('searchGroups', () => {
  it('gives a term with no synonym as the only alternative of its group', () => {
    expect(searchGroups('Prometheus  mesh')).toEqual([['prometheus'], ['mesh']]);
    expect(searchGroups('service')).toEqual([['service']]);
  });

  it('adds the synonyms of a term, once per query', () => {
    expect(searchGroups('K8S')).toEqual([['k8s', 'kubernetes']]);
    expect(searchGroups('报警 prometheus')).toEqual([['报警', '告警', '警报', 'alerting', 'alert'], ['prometheus']]);
  });

  it('keeps the words of a phrase, each also accepting the phrase’s synonyms', () => {
    expect(searchGroups('Istio Service Mesh')).toEqual([['istio'], ['service', '服务网格'], ['mesh', '服务网格']]);
    expect(searchGroups('服务网格')).toEqual([['服务网格', 'service mesh']]);
  });
});

describe('synonyms', () => {
  it('leave the probe talk saying none of the table’s words by itself', () => {
    // Otherwise the pairs below would match without any synonym.
    for (const entry of SYNONYM_GROUPS.flat()) expect(says('', entry)).toBe(false);
  });

  // Every ordered pair of one group, except where what is typed finds the text by itself
  // ("alert" begins "alerting"): that matches without synonyms, so would prove nothing.
  const withoutSynonyms = (said: string, typed: string) => matchesTerms(probeCatalog, talkSaying(said), [[typed]]);
  const pairs = SYNONYM_GROUPS.flatMap((group) =>
    group.flatMap((said) => group.filter((typed) => typed !== said && !withoutSynonyms(said, typed)).map((typed) => [said, typed] as const)),
  );
  it('leave most pairs to prove something', () => {
    expect(pairs.length).toBeGreaterThan(40);
    expect(withoutSynonyms('alerting', 'alert')).toBe(true);
  });
  it.each(pairs)('find a talk saying "%s" when "%s" is typed', (said, typed) => {
    expect(says(said, typed)).toBe(true);
  });

  it('do not make other words match', () => {
    expect(says('Kubernetes', 'storage')).toBe(false);
    expect(says('服务网格', '容器')).toBe(false);
  });

  it('work both ways on the fixture', () => {
    expect(found('k8s')).toEqual(['panel-on-kubernetes']);
    expect(found('kubernetes')).toEqual(['panel-on-kubernetes']);
    // "报警" and "警报" are in no talk of the fixture; "alert" is in "Alerting".
    expect(found('报警')).toEqual(['alerting-at-scale']);
    expect(found('警报')).toEqual(['alerting-at-scale']);
  });

  it('still fold what is typed and what the talk says', () => {
    expect(found('K8S')).toEqual(['panel-on-kubernetes']);
    expect(found('ｋ８ｓ')).toEqual(['panel-on-kubernetes']);
    expect(says('K8S in Production', 'ＫＵＢＥＲＮＥＴＥＳ')).toBe(true);
    expect(says('SERVICE  MESH', '服务网格')).toBe(true);
  });

  it('require every term (AND), each with its synonyms', () => {
    expect(says('Kubernetes 报警', 'k8s 告警')).toBe(true);
    expect(says('Kubernetes', 'k8s 告警')).toBe(false);
    expect(says('Alerting', 'k8s 告警')).toBe(false);
    expect(found('k8s panel')).toEqual(['panel-on-kubernetes']);
    expect(found('k8s 告警')).toEqual([]);
  });

  it('match a phrase both ways, and its words apart as before', () => {
    expect(says('服务网格', 'Service Mesh')).toBe(true);
    expect(says('Service Mesh in Practice', '服务网格')).toBe(true);
    expect(says('A mesh for every service', 'service mesh')).toBe(true);
    expect(says('Service discovery', 'service mesh')).toBe(false);
    expect(says('Istio 服务网格', 'istio service mesh')).toBe(true);
    expect(says('服务网格', 'istio service mesh')).toBe(false);
  });

  it('leave a term with no synonym as it was', () => {
    expect(found('envoy')).toEqual(['envoy-in-production']);
    expect(found('prometheus alerting')).toEqual(['alerting-at-scale']);
    expect(says('Kubernetes', 'kube')).toBe(true);
    expect(says('K8s', 'kube')).toBe(false);
  });
});

describe('words of spaced scripts', () => {
  it('match from the start of a word, not inside one', () => {
    expect(titleFinds('ORM', 'orm')).toBe(true);
    expect(titleFinds('Why ORMs hurt', 'orm')).toBe(true);
    for (const title of ['Performance', 'Platform engineering', 'Information flow', 'Forms']) expect(titleFinds(title, 'orm')).toBe(false);
    expect(titleFinds('Prometheus', 'prom')).toBe(true);
    expect(titleFinds('Prometheus', 'metheus')).toBe(false);
  });

  it('match from the start of any word of any field', () => {
    const catalog = tinyCatalog([{ id: 'talk', title: 'Hello', speakers: [{ name: 'Ada Lovelace', affiliation: 'Analytical Engines' }], topics: ['Service Mesh'], summary: 'On counters.' }]);
    for (const query of ['love', 'engine', 'mesh', 'counter']) expect(matched(catalog, query)).toEqual(['talk']);
    for (const query of ['lace', 'gines', 'esh', 'ounter']) expect(matched(catalog, query)).toEqual([]);
  });

  it('keep letters and digits together: k8s, o11y, gRPC are one word each', () => {
    expect(titleFinds('K8s at home', 'k8s')).toBe(true);
    expect(titleFinds('K8s at home', '8s')).toBe(false);
    expect(titleFinds('o11y for all', '11y')).toBe(false);
    expect(titleFinds('gRPC in depth', 'grpc')).toBe(true);
    expect(titleFinds('gRPC in depth', 'rpc')).toBe(false);
  });

  it('keep a "+" or "#" after a word on it: c++, c#', () => {
    expect(titleFinds('Modern C++ tooling', 'c++')).toBe(true);
    expect(titleFinds('Modern C tooling', 'c++')).toBe(false);
    expect(titleFinds('Cilium', 'c++')).toBe(false);
    expect(titleFinds('C# on Linux', 'c#')).toBe(true);
    expect(titleFinds('Modern C++ tooling', 'c#')).toBe(false);
  });

  it('break at other characters, and a term written with them matches those words one after the other', () => {
    for (const query of ['node.js', 'node js', 'NODE.JS', 'js', 'node']) expect(titleFinds('Node.js in production', query)).toBe(true);
    expect(titleFinds('Node.js in production', 'nodejs')).toBe(false);
    // Apart, the words of one term do not match: it is not two terms.
    expect(titleFinds('JS for Node people', 'node.js')).toBe(false);
    expect(titleFinds('JS for Node people', 'node js')).toBe(true);
    for (const title of ['Multi-Cluster networking', 'multi cluster networking', 'Multi_cluster networking']) expect(titleFinds(title, 'multi-cluster')).toBe(true);
    expect(titleFinds('Multi-Cluster networking', 'cluster')).toBe(true);
    expect(titleFinds('CI/CD pipelines', 'cd')).toBe(true);
    expect(titleFinds('Kubernetes v1.28', 'v1.28')).toBe(true);
    expect(titleFinds('Kubernetes v1.28', 'v1.2')).toBe(true);
    expect(titleFinds('Kubernetes v1.28', 'v1.3')).toBe(false);
  });

  it('drop apostrophes rather than break at them', () => {
    expect(titleFinds("Talk by Jean O'Neil", 'oneil')).toBe(true);
    expect(titleFinds('Talk by Jean O’Neil', "o'neil")).toBe(true);
    expect(titleFinds("Don't panic", 'dont')).toBe(true);
  });

  it('ask nothing of a term without a letter or digit', () => {
    expect(searchTalks(fixtureCatalog, fixtureCatalog.talks, ' - ')).toBe(fixtureCatalog.talks);
    expect(found('envoy -')).toEqual(['envoy-in-production']);
  });
});

describe('letters typed without their accents', () => {
  it.each([
    ['Łukasz Nowak', 'lukasz'],
    ['Lukasz Nowak', 'łukasz'],
    ['Björn Rabenstein', 'bjorn'],
    ['Søren Kierkegaard', 'soren'],
    ['Straße', 'strasse'],
    ['İstanbul', 'istanbul'],
    ['ıstanbul', 'istanbul'],
    ['Istanbul', 'ıstanbul'],
    ['Istanbul', 'İSTANBUL'],
    ['Dvořák', 'dvorak'],
  ])('find "%s" when "%s" is typed', (title, query) => {
    expect(titleFinds(title, query)).toBe(true);
  });

  it('still find only from the start of a word', () => {
    expect(titleFinds('Straße', 'asse')).toBe(false);
  });
});

describe('Chinese, Japanese and Korean', () => {
  it('match any part of a run as typed, with no segmentation', () => {
    expect(titleFinds('生产环境中的 Envoy', '环境')).toBe(true);
    expect(titleFinds('生产环境中的 Envoy', '中的')).toBe(true);
    expect(titleFinds('ラーメン入門', 'メン入')).toBe(true);
    expect(titleFinds('한국어 발표', '국어')).toBe(true);
    expect(titleFinds('生产环境中的 Envoy', '环境生产')).toBe(false);
  });

  it('break at punctuation and at a change of script', () => {
    expect(titleFinds('生产环境中的Envoy', 'envoy')).toBe(true);
    expect(titleFinds('生产环境中的Envoy', '的envoy')).toBe(true);
    expect(titleFinds('计数器如何工作。以及如何使用', '工作以及')).toBe(false);
    expect(titleFinds('K8s 集群管理', 'k8s集群')).toBe(true);
    expect(titleFinds('K8s集群管理', 'k8s 集群')).toBe(true);
  });
});

describe('Simplified and Traditional Chinese', () => {
  it('match only as typed before the table has loaded', () => {
    const catalog = tinyCatalog([{ id: 'simplified', titleZh: '数据库' }, { id: 'traditional', titleZh: '數據庫' }]);
    expect(matched(catalog, '数据')).toEqual(['simplified']);
    expect(matched(catalog, '數據')).toEqual(['traditional']);
  });

  it('find each other with the table, and keep doing so as typed without it', async () => {
    const variants = await loadChineseVariants();
    const catalog = tinyCatalog([{ id: 'simplified', titleZh: '数据库' }, { id: 'traditional', titleZh: '數據庫' }, { id: 'other', titleZh: '存储' }]);
    expect(matched(catalog, '数据')).toEqual(['simplified']);
    expect(matched(catalog, '数据', variants)).toEqual(['simplified', 'traditional']);
    expect(matched(catalog, '數據', variants)).toEqual(['simplified', 'traditional']);
    expect(matched(catalog, '數据', variants)).toEqual(['simplified', 'traditional']);
    // The talks' text was folded with the table above; without it they match as typed again.
    expect(matched(catalog, '數據')).toEqual(['traditional']);
  });

  it('reach the synonyms from a Traditional query, and they find Traditional text', async () => {
    const variants = await loadChineseVariants();
    const catalog = tinyCatalog([{ id: 'english', title: 'Monitoring at scale' }, { id: 'traditional', titleZh: '監測平台' }]);
    expect(matched(catalog, '監控')).toEqual([]);
    expect(matched(catalog, '監控', variants)).toEqual(['english', 'traditional']);
    expect(matched(catalog, 'monitoring', variants)).toEqual(['english', 'traditional']);
  });

  it('say which queries the table could change', () => {
    expect(needsChineseVariants('數據')).toBe(true);
    expect(needsChineseVariants('prometheus 告警')).toBe(true);
    // Its synonyms include 监控.
    expect(needsChineseVariants('monitoring')).toBe(true);
    expect(needsChineseVariants('prometheus')).toBe(false);
  });
});
