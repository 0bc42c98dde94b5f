// The CNCF projects found in titles, English and Chinese, on real titles of the mirror lists, and
// the words that must not be taken for them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECTS, projectsIn } from '../../scripts/import/cncf/projects';
import { parseMirrorList, type SourceRow } from '../../scripts/import/cncf/markdown-table';
import { readMirrorLists } from '../../scripts/import/cncf/read-sources';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sourceDir = path.resolve(repoRoot, '../shared/data/cncf-presentations/chinese');
const hasSource = existsSync(sourceDir);
const suite = hasSource ? describe : describe.skip;
const skipNote = hasSource ? '' : ` (skipped: ${sourceDir} not found; CI checks the repository out beside a copy of shared/)`;

let rows: Map<string, SourceRow>;

/** A row's cells as written: row('2017Berlin.md', 62).en. */
function row(file: string, line: number): SourceRow {
  const found = rows.get(`${file}:${line}`);
  if (found === undefined) throw new Error(`no row at ${file}:${line}`);
  return found;
}

suite(`projects in real titles${skipNote}`, () => {
  beforeAll(() => {
    rows = new Map(readMirrorLists(sourceDir).flatMap((f) => parseMirrorList(f.name, f.text).rows.map((r) => [`${f.name}:${r.line}`, r] as const)));
  });

  it('finds several projects in one English title (2018Seattle.md:28, 2019Barcelona.md:141)', () => {
    expect(projectsIn(row('2018Seattle.md', 28).en)).toEqual(['kubernetes', 'istio', 'knative']);
    expect(projectsIn(row('2019Barcelona.md', 141).en)).toEqual(['envoy', 'spire']);
  });

  it('finds projects named in Chinese titles (2016Seattle.md:64, 2019Shanghai.md:91, :46, 2019Barcelona.md:204, 2017Berlin.md:14)', () => {
    // 普罗米修斯 is Prometheus, 蜻蜓 Dragonfly, 开放策略代理 Open Policy Agent, P8s Prometheus.
    expect(projectsIn(row('2016Seattle.md', 64).zh)).toEqual(['prometheus']);
    expect(projectsIn(row('2019Shanghai.md', 91).zh)).toEqual(['dragonfly']);
    expect(projectsIn(row('2019Shanghai.md', 46).zh)).toEqual(['open-policy-agent']);
    expect(projectsIn(row('2019Barcelona.md', 204).zh)).toEqual(['prometheus']);
    // "Kubernetes简介": a Chinese character next to a name is a word boundary.
    expect(projectsIn(row('2017Berlin.md', 14).zh)).toEqual(['kubernetes']);
    // "Kubes 4 Nubes" is not a name of Kubernetes; its Chinese title is.
    expect(projectsIn(row('2017Berlin.md', 14).en)).toEqual([]);
  });

  it('reads aliases: K8s, kube-*, PromQL, Alertmanager, Helming, (Open)Telemetry (2017Berlin.md:20, 2018Copenhagen.md:260, 2019SanDiego.md:98, 2017Berlin.md:97, 2018Copenhagen.md:154, 2019SanDiego.md:123)', () => {
    expect(projectsIn(row('2017Berlin.md', 20).zh)).toEqual(['kubernetes', 'fluentd']);
    expect(projectsIn(row('2018Copenhagen.md', 260).en)).toContain('kubernetes');
    expect(projectsIn(row('2019SanDiego.md', 98).en)).toEqual(['prometheus']);
    expect(projectsIn(row('2017Berlin.md', 97).en)).toEqual(['prometheus']);
    expect(projectsIn(row('2018Copenhagen.md', 154).en)).toEqual(['helm']);
    expect(projectsIn(row('2019SanDiego.md', 123).en)).toEqual(['opentelemetry']);
  });

  it('does not take other words for projects (2018Copenhagen.md:238, 2017Berlin.md:112, :50)', () => {
    // "InfluxDB" holds "flux", but is not Flux.
    expect(projectsIn(row('2018Copenhagen.md', 238).en)).toEqual(['prometheus']);
    // "on the Lip of a Volcano" (2017) is no talk about Volcano (2019).
    expect(projectsIn(row('2017Berlin.md', 112).en)).toEqual([]);
    // "K8SNIff" is one word.
    expect(projectsIn('K8SNIff - End-to-End Encryption Till the Pod')).toEqual([]);
  });
});

describe('project names as whole words', () => {
  it.each([
    ['Wearing a helmet', 'helm'],
    ['The Argonauts', 'argo'],
    ['InfluxDB at scale', 'flux'],
    ['Falcon rides', 'falco'],
    ['Fluidity of transformation', 'fluid'],
    ['Notaries and Rotary clubs', 'notary'],
    ['KubeCon opening', 'kubernetes'],
    ['When the Going Gets Tough', 'tuf'],
    ['nats are small flies', 'nats'],
  ])('"%s" does not name %s', (text, id) => {
    expect(projectsIn(text)).not.toContain(id);
  });

  it.each([
    ['Taking the Helm: Delivering Kubernetes-Native Applications', 'helm'],
    ['CI/CD in Light Speed with K8s and Argo cd', 'argo'],
    ['Intro: Flux', 'flux'],
    ['Deep Dive: NATS', 'nats'],
    ['Get TUF Going!', 'tuf'],
    ['使用Kyverno和Notary在GitOps中摆脱安全链攻击', 'kyverno'],
    ['在特定平台上，开普勒准确吗？', 'kepler'],
  ])('"%s" names %s', (text, id) => {
    expect(projectsIn(text)).toContain(id);
  });

  it('has one entry per id, each a URL slug', () => {
    const ids = PROJECTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toBe(true);
  });
});
