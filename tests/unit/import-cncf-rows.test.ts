// Row parsing on the real mirror lists: title and speakers, levels, kinds, the Chinese cell's
// speaker part. Each case names the file and line it reads.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Talk } from '../../src/catalog/catalog-schema';
import { importCncf, type ImportResult } from '../../scripts/import/cncf/import-cncf';
import { parseMirrorList } from '../../scripts/import/cncf/markdown-table';
import { readCorrections, readMirrorLists } from '../../scripts/import/cncf/read-sources';
import { looksLikePersonName } from '../../scripts/import/cncf/person-names';
import { takeLevelMarker, talkKindOf } from '../../scripts/import/cncf/kinds-and-levels';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sourceDir = path.resolve(repoRoot, '../shared/data/cncf-presentations/chinese');
const hasSource = existsSync(sourceDir);
const suite = hasSource ? describe : describe.skip;
const skipNote = hasSource ? '' : ` (skipped: ${sourceDir} not found; CI checks the repository out beside a copy of shared/)`;

let result: ImportResult;
let bySource: Map<string, Talk>;
let speakerNames: Map<string, string>;

/** The talk imported from a file's line, e.g. talkAt('2016Seattle.md', 81). */
function talkAt(file: string, line: number): Talk {
  const talk = bySource.get(`chinese/${file}:${line}`);
  if (talk === undefined) throw new Error(`no talk from ${file}:${line}`);
  return talk;
}

const names = (talk: Talk) => talk.speakers.map((s) => speakerNames.get(s.id));
const affiliations = (talk: Talk) => talk.speakers.map((s) => s.affiliation);

suite(`importing CNCF's rows: titles and speakers${skipNote}`, () => {
  beforeAll(() => {
    const corrections = readCorrections(path.join(repoRoot, 'data/corrections/cncf.json'));
    if (!corrections.ok) throw new Error(corrections.problems.join('\n'));
    result = importCncf({ files: readMirrorLists(sourceDir), corrections: corrections.corrections });
    bySource = new Map((result.part.talks ?? []).map((t) => [`${t.source?.file ?? ''}:${t.source?.line ?? 0}`, t]));
    speakerNames = new Map((result.part.speakers ?? []).map((s) => [s.id, s.name]));
  });

  it('reads the three cells of every table row and nothing else', () => {
    const text = readMirrorLists(sourceDir).find((f) => f.name === '2017Berlin.md')?.text ?? '';
    const list = parseMirrorList('2017Berlin.md', text);
    expect(list.heading).toBe('KubeCon + CloudNativeCon 2017 - Berlin');
    expect(list.rows).toHaveLength(115);
    expect(list.malformed).toEqual([]);
    expect(list.rows[0]).toMatchObject({ line: 7, zh: '会前致欢迎词', youtubeUrl: 'https://www.youtube.com/watch?v=FYCYtAaU9Xw' });
  });

  it('splits at " by " when the dash belongs to the title (2016Seattle.md:81)', () => {
    const talk = talkAt('2016Seattle.md', 81);
    expect(talk.title.en).toBe('Keynote: Kubernetes - 1.4 and Beyond');
    expect(names(talk)).toEqual(['David Aronchick']);
    expect(affiliations(talk)).toEqual(['Senior Product Manager, Google']);
  });

  it('splits at the last " by " of "… by For Developers and Operators by Ashwin Raveendran" (2016Seattle.md:7)', () => {
    const talk = talkAt('2016Seattle.md', 7);
    expect(talk.title.en).toBe('Imperative to Declarative Infrastructure by For Developers and Operators');
    expect(names(talk)).toEqual(['Ashwin Raveendran']);
  });

  it('reads " - by A & B, Org" and gives the shared affiliation to both (2016Seattle.md:114)', () => {
    const talk = talkAt('2016Seattle.md', 114);
    expect(talk.title.en).toBe('Next-Generation Microservices on Kubernetes');
    expect(names(talk)).toEqual(['Paul McLoughlin', 'Sachin Kamboj']);
    expect(affiliations(talk)).toEqual(['Bloomberg LP', 'Bloomberg LP']);
  });

  it('keeps a dash inside the title when the text after it is not a speaker list (2017Berlin.md:117)', () => {
    const talk = talkAt('2017Berlin.md', 117);
    expect(talk.title.en).toBe('Ops for Developers - Monitor Your Java Application with Prometheus');
    expect(names(talk)).toEqual(['Alexander Schwartz']);
    expect(talk.level).toBe('intermediate');
  });

  it('takes the [B]/[I]/[A] marker out of the title and reads the level (2017Austin.md:17, :16, :38)', () => {
    const istio = talkAt('2017Austin.md', 17);
    expect(istio.title.en).toBe('Istio: Weaving the Service Mesh');
    expect(istio.level).toBe('intermediate');
    expect(names(istio)).toEqual(['Shriram Rajagopalan', 'Louis Ryan']);
    expect(affiliations(istio)).toEqual(['IBM', 'Google']);
    expect(talkAt('2017Austin.md', 16)).toMatchObject({ level: 'beginner', kind: 'panel' });
    // The marker at the very end, with no speaker after it.
    expect(talkAt('2017Austin.md', 38)).toMatchObject({ level: 'advanced', title: { en: 'Building a Secure, Multi-Protocol and Multi-Tenant Cluster for Internet-Facing Services' } });
  });

  it('reads "(Beginner Skill Level)" and its Chinese "（初级技术水平）"; "Any" sets no level (2018Copenhagen.md:14, :8)', () => {
    const talk = talkAt('2018Copenhagen.md', 14);
    expect(talk).toMatchObject({ level: 'beginner', title: { en: 'Prometheus for Devs', zh: '给开发的普罗米修斯' } });
    expect(affiliations(talk)).toEqual(['Freelancer']);
    const any = talkAt('2018Copenhagen.md', 8);
    expect(any.level).toBeUndefined();
    expect(any.title).toEqual({ en: 'Cloud Native Landscape Intro', zh: '云原生景观简介' });
  });

  it('tells names from affiliations in comma lists (2017Austin.md:145, 2018Copenhagen.md:101, :115, 2019Barcelona.md:32)', () => {
    // "Aparna Sinha, Eric Brewer & Matthew DeLio, Google": three people, one affiliation.
    expect(names(talkAt('2017Austin.md', 145))).toEqual(['Aparna Sinha', 'Eric Brewer', 'Matthew DeLio']);
    expect(affiliations(talkAt('2017Austin.md', 145))).toEqual(['Google', 'Google', 'Google']);
    // "Ben Hindman, Mesosphere, Clint Kitson, VMware & Quinton Hoole, Huawei": name, affiliation, name, …
    expect(names(talkAt('2018Copenhagen.md', 101))).toEqual(['Ben Hindman', 'Clint Kitson', 'Quinton Hoole']);
    expect(affiliations(talkAt('2018Copenhagen.md', 101))).toEqual(['Mesosphere', 'VMware', 'Huawei']);
    // "Andrew Jessup, Emiliano Berenbaum, Scytale, Inc., & Neel Shah, VMware".
    expect(names(talkAt('2018Copenhagen.md', 115))).toEqual(['Andrew Jessup', 'Emiliano Berenbaum', 'Neel Shah']);
    expect(affiliations(talkAt('2018Copenhagen.md', 115))).toEqual(['Scytale, Inc.', 'Scytale, Inc.', 'VMware']);
    // Three names and no "&" at all.
    expect(names(talkAt('2019Barcelona.md', 32))).toEqual(['Michelle Casbon', 'Dan Sanche', 'Dan Anghel']);
  });

  it('keeps "&" that belongs to an affiliation (2018Seattle.md:158, 2019Barcelona.md:92, 2018Copenhagen.md:60)', () => {
    expect(affiliations(talkAt('2018Seattle.md', 158))).toEqual(['Red Hat', 'AT&T']);
    expect(names(talkAt('2019Barcelona.md', 92))).toEqual(['Lucina Stricko', 'Denver Williams']);
    expect(affiliations(talkAt('2019Barcelona.md', 92))).toEqual(['Vulk Coop & CNCF', 'Vulk Coop & CNCF']);
    expect(affiliations(talkAt('2018Copenhagen.md', 60))).toEqual(['VP & Chief Open Source Officer, VMware']);
  });

  it('reads the other joiners: ";", "+" and "with" (2019SanDiego.md:171, EnvoyCon2018Seattle.md:17, 2018Seattle.md:330)', () => {
    expect(names(talkAt('2019SanDiego.md', 171))).toEqual(['Xiang Li', 'Corin Dwyer']);
    expect(affiliations(talkAt('2019SanDiego.md', 171))).toEqual(['Alibaba', 'Netflix']);
    expect(names(talkAt('EnvoyCon2018Seattle.md', 17))).toEqual(['Ben Plotnick', 'John Billings']);
    expect(names(talkAt('2018Seattle.md', 330))).toEqual(['William Morgan', 'William King', 'Ivan Sim', 'Sebastian Tiedtke']);
  });

  it('splits after "..." when the speakers follow the cut title directly (2019SanDiego.md:151)', () => {
    const talk = talkAt('2019SanDiego.md', 151);
    expect(talk.title.en).toBe('Rook: Cloud-Native Storage Orchestr...');
    expect(names(talk)).toEqual(['Jared Watts', 'Bassam Tabbara', 'Travis Nielsen', 'Alexander Trost']);
  });

  it('reads "Moderated by" as the speaker of a panel (2017Austin.md:53)', () => {
    const talk = talkAt('2017Austin.md', 53);
    expect(talk.kind).toBe('panel');
    expect(names(talk)).toEqual(['Jason McGee']);
    expect(affiliations(talk)).toEqual(['IBM']);
  });

  it("takes the speakers off the Chinese title (2018Shanghai.md:9, 2019Shanghai.md:39, 2018Shanghai.md:184)", () => {
    expect(talkAt('2018Shanghai.md', 9).title.zh).toBe('设计在嵌入式设备上运行的 Kubernetes 集群');
    // The first " - " belongs to the title; the second is the separator.
    expect(talkAt('2019Shanghai.md', 39).title.zh).toBe('虚拟化、自动化与 DevOps - 电信业的应用为何如此缓慢？');
    expect(talkAt('2018Shanghai.md', 184).title.zh).toBe('主题演讲：开放、共生 - 致力构建腾讯云原生');
    // A Chinese title with a dash and no speaker keeps its dash (2018Copenhagen.md:176).
    expect(talkAt('2018Copenhagen.md', 176).title.zh).toBe('Istio - 天气公司之旅');
  });

  it('one name, one id: the same person at several events shares it (2017Berlin.md:119, 2019SanDiego.md:292)', () => {
    expect(talkAt('2017Berlin.md', 119).speakers[0]?.id).toBe('bjorn-rabenstein');
    expect(talkAt('2019SanDiego.md', 292).speakers[0]?.id).toBe('bjorn-rabenstein');
    expect(speakerNames.get('bjorn-rabenstein')).toBe('Björn Rabenstein');
    const danKohn = (result.part.talks ?? []).filter((t) => t.speakers.some((s) => s.id === 'dan-kohn'));
    expect(new Set(danKohn.map((t) => t.event)).size).toBeGreaterThanOrEqual(5);
  });
});

describe('name shapes and markers', () => {
  it('tells names from job titles and organisations', () => {
    expect(looksLikePersonName('Erwin van Eyk')).toBe(true);
    expect(looksLikePersonName('Khaled (Kal) Henidak')).toBe(true);
    expect(looksLikePersonName('Jason " Jay" Smith')).toBe(true);
    expect(looksLikePersonName('陈杰')).toBe(true);
    expect(looksLikePersonName('Senior Staff Engineer')).toBe(false);
    expect(looksLikePersonName('Cloud Native Computing Foundation')).toBe(false);
    expect(looksLikePersonName('Booking.com')).toBe(false);
    expect(looksLikePersonName('From Ancient Greece to Container Orchestration')).toBe(false);
    expect(looksLikePersonName('Flynn')).toBe(false);
    expect(looksLikePersonName('Flynn', { allowSingleWord: true })).toBe(true);
    expect(looksLikePersonName('CNCF', { allowSingleWord: true })).toBe(false);
  });

  it('reads and removes level markers', () => {
    expect(takeLevelMarker('Helm Chart Patterns [I] - Vic Iglesias, Google')).toEqual({ text: 'Helm Chart Patterns - Vic Iglesias, Google', level: 'intermediate' });
    expect(takeLevelMarker('Secure Pods - Tim Allclair, Google (Advanced Skill Level)')).toEqual({ text: 'Secure Pods - Tim Allclair, Google', level: 'advanced' });
    expect(takeLevelMarker('保障Pod的安全（高级技术水平）')).toEqual({ text: '保障Pod的安全', level: 'advanced' });
    expect(takeLevelMarker('Kubespray Intro (Any Skill Level)')).toEqual({ text: 'Kubespray Intro', level: null });
    expect(takeLevelMarker('Lightning Talk: Oh Sh*t! [X]').level).toBeUndefined();
  });

  it('reads the kind from how a title begins, in English or Chinese', () => {
    expect(talkKindOf('Keynote: Welcome Remarks', undefined)).toBe('keynote');
    expect(talkKindOf('Sponsored Keynote: Network, Please Evolve', undefined)).toBe('keynote');
    expect(talkKindOf('Keynote Panel: Moving to the Modern Infrastructure', undefined)).toBe('panel');
    expect(talkKindOf('Panel Discussion: Ask Us Anything', undefined)).toBe('panel');
    expect(talkKindOf('OpenTelemetry: Panel Discussion and Q&A', undefined)).toBe('panel');
    expect(talkKindOf('Lightning Talk - Netflix OSS on Kubernetes', undefined)).toBe('lightning');
    expect(talkKindOf('Tutorial: Using Istio', undefined)).toBe('workshop');
    expect(talkKindOf('Kubernetes 101: DIY Workshop', undefined)).toBe('workshop');
    expect(talkKindOf('Counting with Prometheus', undefined)).toBe('talk');
    expect(talkKindOf(undefined, '主论坛演讲：开场致辞（第二天）')).toBe('keynote');
    expect(talkKindOf(undefined, '⚡闪电演讲: 运行大规模Harbor服务的最佳实践')).toBe('lightning');
    expect(talkKindOf(undefined, '小组讨论：社区')).toBe('panel');
    expect(talkKindOf(undefined, '使用 Kubernetes 和 Temporal 构建容错分布式应用程序')).toBe('talk');
  });
});
