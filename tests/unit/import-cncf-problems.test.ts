// Each kind of mistake SOURCE.md lists, found on a real row of the mirror lists and reported with
// its file, line and rule; and every row accounted for.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Talk } from '../../src/catalog/catalog-schema';
import type { Finding } from '../../scripts/import/import-report';
import { importCncf, type ImportResult } from '../../scripts/import/cncf/import-cncf';
import { readCorrections, readMirrorLists } from '../../scripts/import/cncf/read-sources';
import type { Correction } from '../../scripts/import/cncf/corrections';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sourceDir = path.resolve(repoRoot, '../shared/data/cncf-presentations/chinese');
const hasSource = existsSync(sourceDir);
const suite = hasSource ? describe : describe.skip;
const skipNote = hasSource ? '' : ` (skipped: ${sourceDir} not found; CI checks the repository out beside a copy of shared/)`;

let corrections: Correction[];
let result: ImportResult;
let uncorrected: ImportResult;

const talkAt = (r: ImportResult, file: string, line: number): Talk | undefined =>
  (r.part.talks ?? []).find((t) => t.source?.file === `chinese/${file}` && t.source.line === line);

function findingsAt(r: ImportResult, file: string, line: number, rule?: string): Finding[] {
  return r.report.findings.filter((f) => f.file === `chinese/${file}` && f.line === line && (rule === undefined || f.rule === rule));
}

function onlyFinding(r: ImportResult, file: string, line: number, rule: string): Finding {
  const found = findingsAt(r, file, line, rule);
  expect(found, `${rule} at ${file}:${line}`).toHaveLength(1);
  return found[0] as Finding;
}

suite(`the problems of CNCF's lists, each found and reported${skipNote}`, () => {
  beforeAll(() => {
    const read = readCorrections(path.join(repoRoot, 'data/corrections/cncf.json'));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    corrections = read.corrections;
    const files = readMirrorLists(sourceDir);
    result = importCncf({ files, corrections });
    uncorrected = importCncf({ files, corrections: [] });
  });

  it('an empty YouTube id leaves the row with its Tencent video only (2019Shanghai.md:239)', () => {
    expect(onlyFinding(result, '2019Shanghai.md', 239, 'empty-youtube-id').kind).toBe('repaired');
    expect(talkAt(result, '2019Shanghai.md', 239)?.videos).toEqual([{ host: 'tencent', url: 'https://v.qq.com/x/page/h08933te45n.html' }]);
    expect(result.figures.emptyYouTubeIds).toBe(15);
  });

  it('WeChat articles in the Tencent column are labelled "wechat", never "tencent" (2023Shanghai.md:5)', () => {
    expect(talkAt(result, '2023Shanghai.md', 5)?.videos).toEqual([
      { host: 'youtube', url: 'https://www.youtube.com/watch?v=pUorE9yawsY' },
      { host: 'wechat', url: 'https://mp.weixin.qq.com/s/dEAqW-9G4_4AMKZFJE3Ejw' },
    ]);
    const shanghai2023 = (result.part.talks ?? []).filter((t) => t.event === 'kubecon-2023-shanghai');
    expect(shanghai2023.flatMap((t) => t.videos).filter((v) => v.host === 'tencent')).toEqual([]);
    const wechat = (result.part.talks ?? []).flatMap((t) => t.videos).filter((v) => v.url.includes('mp.weixin.qq.com'));
    expect(wechat.every((v) => v.host === 'wechat')).toBe(true);
    expect(wechat).toHaveLength(137);
    expect(result.figures.wechatLinks).toBe(137);
  });

  it('http Tencent links are written as https, one finding per row (EnvoyCon2018Seattle.md:7)', () => {
    expect(talkAt(result, 'EnvoyCon2018Seattle.md', 7)?.videos[1]).toEqual({ host: 'tencent', url: 'https://v.qq.com/x/page/c0815wkc1w3.html' });
    onlyFinding(result, 'EnvoyCon2018Seattle.md', 7, 'http-upgraded');
    // Counted on the raw files, independently of the importer.
    const httpLinks = readMirrorLists(sourceDir).reduce((n, f) => n + (f.text.match(/\(http:\/\/v\.qq\.com\//g)?.length ?? 0), 0);
    expect(httpLinks).toBe(533);
    expect(result.figures.httpUpgraded).toBe(httpLinks);
    expect((result.part.talks ?? []).flatMap((t) => t.videos).some((v) => v.url.startsWith('http:'))).toBe(false);
  });

  it('a talk listed twice with the same YouTube video: the first row is kept (2018Copenhagen.md:84 and :106)', () => {
    expect(onlyFinding(result, '2018Copenhagen.md', 106, 'duplicate-youtube-id')).toMatchObject({ kind: 'skipped', message: expect.stringContaining('line 84') as unknown });
    expect(talkAt(result, '2018Copenhagen.md', 84)).toBeDefined();
    expect(talkAt(result, '2018Copenhagen.md', 106)).toBeUndefined();
  });

  it('a talk listed twice with the same English title: the first row is kept (2019SanDiego.md:75 and :322)', () => {
    expect(onlyFinding(result, '2019SanDiego.md', 322, 'duplicate-title')).toMatchObject({ kind: 'skipped', message: expect.stringContaining('line 75') as unknown });
    expect(talkAt(result, '2019SanDiego.md', 322)).toBeUndefined();
  });

  it('the same opening or closing remarks on another day is another session, kept and reported (2018Seattle.md:35 and :130)', () => {
    expect(onlyFinding(result, '2018Seattle.md', 130, 'same-title-kept').kind).toBe('suspicious');
    const [first, second] = [talkAt(result, '2018Seattle.md', 35), talkAt(result, '2018Seattle.md', 130)];
    expect(first?.id).toBe('kubecon-2018-seattle-keynote-closing-remarks');
    expect(second?.id).toBe('kubecon-2018-seattle-keynote-closing-remarks-2');
  });

  it('a Tencent id shared by two different talks is reported on both lines (2018Shanghai.md:135 and :156)', () => {
    expect(onlyFinding(result, '2018Shanghai.md', 135, 'shared-tencent-id').message).toContain('line 156');
    expect(onlyFinding(result, '2018Shanghai.md', 156, 'shared-tencent-id').message).toContain('line 135');
    expect(onlyFinding(result, '2020VSC.md', 62, 'shared-tencent-id').message).toContain('line 63');
  });

  it('swapped Chinese titles are detected, and fixed by the reviewed corrections (2019Shanghai.md:52 and :232)', () => {
    expect(onlyFinding(uncorrected, '2019Shanghai.md', 52, 'zh-titles-swapped').message).toContain('line 232');
    expect(onlyFinding(uncorrected, '2019Shanghai.md', 232, 'zh-titles-swapped').message).toContain('line 52');
    expect(uncorrected.report.count('suspicious', 'zh-titles-swapped')).toBe(2);
    expect(talkAt(result, '2019Shanghai.md', 52)?.title.zh).toBe('在无服务器平台 Apache OpenWhisk 上创建物联网应用');
    expect(talkAt(result, '2019Shanghai.md', 232)?.title.zh).toBe('使用 Prometheus 在 Kubernetes 上支持 Apache OpenWhisk 的无服务器指标');
    expect(findingsAt(result, '2019Shanghai.md', 52, 'zh-titles-swapped')).toEqual([]);
    expect(onlyFinding(result, '2019Shanghai.md', 52, 'correction').kind).toBe('repaired');
  });

  it('a Chinese title that names another project than its English title is suspicious (2019SanDiego.md:328, uncorrected)', () => {
    expect(onlyFinding(uncorrected, '2019SanDiego.md', 328, 'zh-title-mismatch').message).toContain('Rotary');
  });

  it('English titles cut off with "..." are reported, saying whether and how the speakers follow (2018Seattle.md:136, 2019SanDiego.md:151)', () => {
    expect(onlyFinding(result, '2018Seattle.md', 136, 'title-truncated').message).toContain('the speakers follow');
    expect(onlyFinding(result, '2019SanDiego.md', 151, 'title-truncated').message).toContain('with no separator');
  });

  it('an English cell holding a URL keeps only the Chinese title (2021ChinaVirtual.md:25)', () => {
    onlyFinding(result, '2021ChinaVirtual.md', 25, 'url-in-title');
    const talk = talkAt(result, '2021ChinaVirtual.md', 25);
    expect(talk?.title).toEqual({ zh: '使用 Kubernetes 和 Temporal 构建容错分布式应用程序' });
    expect(talk?.id).toBe('kubecon-2021-china-virtual-kubernetes-temporal-2ehyf50oeoa');
  });

  it('an English cell that starts with the Chinese title pasted in front is cut to its English (2023Shanghai.md:19, :66)', () => {
    onlyFinding(result, '2023Shanghai.md', 19, 'zh-pasted-in-en');
    expect(talkAt(result, '2023Shanghai.md', 19)?.title).toEqual({ en: 'Keynote: Opening Remarks', zh: '主论坛演讲：开场致辞（第二天）' });
    expect(talkAt(result, '2023Shanghai.md', 66)?.title.en).toBe('SIG-Scheduling Intro & Deep Dive');
  });

  it('speaker tails that differ between the two cells are reported (2018Shanghai.md:150)', () => {
    const finding = onlyFinding(result, '2018Shanghai.md', 150, 'speaker-tail-mismatch');
    expect(finding.message).toContain('Dan Shaw');
    expect(finding.message).toContain('Liz Rice');
  });

  it('a missing separator between title and speaker is repaired when the speaker is known (2018Shanghai.md:153, 2019Barcelona.md:30)', () => {
    onlyFinding(result, '2018Shanghai.md', 153, 'missing-separator');
    const glued = talkAt(result, '2018Shanghai.md', 153);
    expect(glued?.title.en).toBe('Deep Dive: CNCF Serverless WG / CloudEvents');
    expect(glued?.speakers.map((s) => s.id)).toEqual(['clemens-vasters', 'cathy-zhang']);
    expect(talkAt(result, '2019Barcelona.md', 30)?.title.en).toBe('KubeFlow BoF');
  });

  it('a sentence of a description in the speaker cell is removed (2018Seattle.md:293)', () => {
    expect(onlyFinding(result, '2018Seattle.md', 293, 'description-in-speakers').message).toContain('The Helm Deep Dive will have two parts.');
    expect(talkAt(result, '2018Seattle.md', 293)?.speakers).toEqual([
      { id: 'matt-butcher', affiliation: 'Microsoft' },
      { id: 'adam-reese', affiliation: 'Microsoft' },
    ]);
  });

  it('an untranslated Chinese cell is dropped (2019Barcelona.md:71)', () => {
    onlyFinding(result, '2019Barcelona.md', 71, 'untranslated-zh-title');
    expect(talkAt(result, '2019Barcelona.md', 71)?.title).toEqual({ en: 'Es-operator: Building an Elasticsearch Operator From the Bottom Up' });
  });

  it('invisible characters, no-break and double spaces, Markdown stars and full-width punctuation are tidied and counted', () => {
    onlyFinding(result, '2018Seattle.md', 87, 'invisible-character');
    expect(talkAt(result, '2018Seattle.md', 87)?.title.en).toBe('Exploring Our User-Base Challenges: Getting Insight From StackOverflow');
    onlyFinding(result, '2019Shanghai.md', 149, 'invisible-character');
    expect(talkAt(result, '2019Shanghai.md', 149)?.title.en).not.toMatch(/\u200E/);
    onlyFinding(result, '2018Seattle.md', 130, 'non-breaking-space');
    onlyFinding(result, '2016Seattle.md', 36, 'double-space');
    expect(talkAt(result, '2016Seattle.md', 36)?.title.en).toBe('Case Study: Kubernetes at Comcast');
    onlyFinding(result, '2017Berlin.md', 36, 'markdown-emphasis');
    expect(talkAt(result, '2017Berlin.md', 36)?.title.en).toBe('Keynote: Scaling Kubernetes: How do we grow the Kubernetes user base by 10x?');
    // A lone star is part of the title.
    expect(talkAt(result, '2019Barcelona.md', 12)?.title.en).toBe('Lightning Talk: Oh Sh*t! The Config Changed!');
    onlyFinding(result, '2020VSC.md', 100, 'full-width-punctuation');
    expect(talkAt(result, '2020VSC.md', 100)?.title.en).toBe('No More Event-Loss: Managing Workloads Over Unstable Network With KubeEdge');
  });

  it('every row is a talk or a row reported as not used, and every finding points at a line of its file', () => {
    const files = readMirrorLists(sourceDir);
    const rowLines = files.flatMap((f) =>
      f.text.split('\n').flatMap((line, i) => (/^\|/.test(line) && !/^\|(?:Topic|---)/.test(line) ? [`chinese/${f.name}:${i + 1}`] : [])),
    );
    expect(rowLines).toHaveLength(2521);
    const talks = new Set((result.part.talks ?? []).map((t) => `${t.source?.file ?? ''}:${t.source?.line ?? 0}`));
    const skipped = new Set(result.report.findings.filter((f) => f.kind === 'skipped').map((f) => `${f.file}:${f.line}`));
    expect(rowLines.filter((l) => !talks.has(l) && !skipped.has(l))).toEqual([]);
    expect([...skipped].filter((l) => talks.has(l))).toEqual([]);
    expect(talks.size + skipped.size).toBe(result.figures.rowsRead);
    const lineCounts = new Map(files.map((f) => [`chinese/${f.name}`, f.text.split('\n').length]));
    expect(result.report.findings.filter((f) => f.line < 1 || f.line > (lineCounts.get(f.file) ?? 0))).toEqual([]);
  });
});
