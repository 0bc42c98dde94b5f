// The whole import: deterministic, valid against the catalog schema, in step with the committed
// files, composable with the curated Berlin talks, with the dates the lists state and the reviewed
// corrections applied (and a stale one caught).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogFiles, validateCatalogPart } from '../../src/catalog/validate-catalog';
import { youTubeIdOf } from '../../src/catalog/video-ids';
import { formatImportReport } from '../../scripts/import/import-report';
import { importCncf, type ImportResult, type SourceText } from '../../scripts/import/cncf/import-cncf';
import { parseCorrections, type Correction } from '../../scripts/import/cncf/corrections';
import { readCorrections, readMirrorLists } from '../../scripts/import/cncf/read-sources';
import { REPORT_TITLE, reportSummary } from '../../scripts/import/cncf/report-summary';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sourceDir = path.resolve(repoRoot, '../shared/data/cncf-presentations/chinese');
const hasSource = existsSync(sourceDir);
const suite = hasSource ? describe : describe.skip;
const skipNote = hasSource ? '' : ` (skipped: ${sourceDir} not found; CI checks the repository out beside a copy of shared/)`;
const CORRECTIONS_FILE = 'data/corrections/cncf.json';

let files: SourceText[];
let corrections: Correction[];
let result: ImportResult;

const partJson = (r: ImportResult) => `${JSON.stringify(r.part, null, 2)}\n`;
const reportText = (r: ImportResult) => formatImportReport(REPORT_TITLE, reportSummary(r.part, r.report, r.figures, CORRECTIONS_FILE), r.report);
const talkAt = (r: ImportResult, file: string, line: number) => (r.part.talks ?? []).find((t) => t.source?.file === `chinese/${file}` && t.source.line === line);

suite(`the imported catalog part${skipNote}`, () => {
  beforeAll(() => {
    files = readMirrorLists(sourceDir);
    const read = readCorrections(path.join(repoRoot, CORRECTIONS_FILE));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    corrections = read.corrections;
    result = importCncf({ files, corrections });
  });

  it('is the same, byte for byte, when imported again, and whatever order the files are given in', () => {
    const again = importCncf({ files: [...files].reverse(), corrections });
    expect(partJson(again)).toBe(partJson(result));
    expect(reportText(again)).toBe(reportText(result));
  });

  it('is what data/ holds: the committed part and report are up to date', () => {
    expect(readFileSync(path.join(repoRoot, 'data/cncf-archive.json'), 'utf8')).toBe(partJson(result));
    expect(readFileSync(path.join(repoRoot, 'data/import-report/cncf.md'), 'utf8')).toBe(reportText(result));
  });

  it('validates against the catalog part schema', () => {
    const checked = validateCatalogPart(JSON.parse(partJson(result)), 'cncf-archive.json');
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('has one event per file, ordered by year and file name, with names from the headings', () => {
    expect(result.part.events?.map((e) => e.id)).toEqual([
      'kubecon-2016-seattle',
      'kubecon-2017-austin',
      'kubecon-2017-berlin',
      'kubecon-2018-copenhagen',
      'kubecon-2018-seattle',
      'kubecon-2018-shanghai',
      'envoycon-2018-seattle',
      'kubecon-2019-barcelona',
      'kubecon-2019-san-diego',
      'kubecon-2019-shanghai',
      'kubecon-2020-virtual',
      'kubecon-2021-china-virtual',
      'kubecon-2023-shanghai',
    ]);
    const berlin = result.part.events?.find((e) => e.id === 'kubecon-2017-berlin');
    expect(berlin).toEqual({ id: 'kubecon-2017-berlin', name: { en: 'KubeCon + CloudNativeCon 2017 - Berlin', zh: 'KubeCon + CloudNativeCon 2017 柏林' }, year: 2017, city: { en: 'Berlin', zh: '柏林' }, source: 'cncf-presentations' });
    const virtual = result.part.events?.find((e) => e.id === 'kubecon-2020-virtual');
    expect(virtual?.name.en).toBe('Cloud Native + Open Source Virtual Summit China 2020');
    expect(virtual?.city).toBeUndefined();
  });

  it('dates only the events whose dates a file states', () => {
    const dates = Object.fromEntries((result.part.events ?? []).filter((e) => e.startDate !== undefined).map((e) => [e.id, [e.startDate, e.endDate]]));
    expect(dates).toEqual({
      'kubecon-2018-shanghai': ['2018-11-13', '2018-11-15'],
      'kubecon-2019-san-diego': ['2019-11-18', '2019-11-21'],
      'kubecon-2019-shanghai': ['2019-06-24', '2019-06-26'],
      'kubecon-2020-virtual': ['2020-07-30', '2020-08-01'],
    });
    expect((result.part.talks ?? []).filter((t) => t.date !== undefined)).toEqual([]);
  });

  it('drops a date whose sentence is no longer in the files, and says so', () => {
    const edited = files.map((f) => (f.name === '2017Austin.md' ? { ...f, text: f.text.replace('November 13-15, 2018', 'November 2018') } : f));
    const r = importCncf({ files: edited, corrections });
    const shanghai = r.part.events?.find((e) => e.id === 'kubecon-2018-shanghai');
    expect(shanghai?.startDate).toBeUndefined();
    expect(r.report.findings.filter((f) => f.rule === 'date-not-stated').map((f) => f.message)).toEqual([expect.stringContaining('2017Austin.md') as unknown]);
  });

  it('counts every row: 2,521 read, talks and rows not used adding up to them', () => {
    expect(result.figures.files).toBe(13);
    expect(result.figures.rowsRead).toBe(2521);
    expect(result.figures.talksWritten + result.figures.rowsSkipped).toBe(2521);
    expect(result.part.talks).toHaveLength(result.figures.talksWritten);
  });

  it('lists each speaker once, sorted by id, each with a talk; and only the topics talks use', () => {
    const speakers = result.part.speakers ?? [];
    const ids = speakers.map((s) => s.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set((result.part.talks ?? []).flatMap((t) => t.speakers.map((s) => s.id)));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
    expect([...used].filter((id) => !ids.includes(id))).toEqual([]);
    const topicsUsed = new Set((result.part.talks ?? []).flatMap((t) => t.topics));
    expect(result.part.topics?.map((t) => t.id).sort()).toEqual([...topicsUsed].sort());
    expect(result.part.topics?.find((t) => t.id === 'prometheus')).toEqual({ id: 'prometheus', kind: 'project', label: { en: 'Prometheus', zh: 'Prometheus' } });
  });

  it('gives talks unique ids of at most 100 characters, from the event and the English title', () => {
    const ids = (result.part.talks ?? []).map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.length > 100)).toEqual([]);
    expect(talkAt(result, '2017Berlin.md', 96)?.id).toBe('kubecon-2017-berlin-counting-with-prometheus');
  });

  it('composes with the curated Berlin talks: the 11 curated talks match 11 imported rows by YouTube id', () => {
    const curated = readFileSync(path.join(repoRoot, 'data/post-prometheus-2017.json'), 'utf8');
    const composed = parseCatalogFiles([
      { file: 'data/cncf-archive.json', text: partJson(result) },
      { file: 'data/post-prometheus-2017.json', text: curated },
    ]);
    expect(composed.ok ? [] : composed.problems).toEqual([]);
    const curatedTalks = (JSON.parse(curated) as { talks: { id: string; videos: { url: string }[] }[] }).talks;
    const matches = curatedTalks.map((c) => {
      const id = youTubeIdOf(c.videos[0]?.url ?? '');
      return (result.part.talks ?? []).filter((t) => t.videos.some((v) => youTubeIdOf(v.url) === id)).map((t) => `${t.source?.file ?? ''}:${t.source?.line ?? 0}`);
    });
    expect(matches).toEqual([
      ['chinese/2017Berlin.md:27'],
      ['chinese/2017Berlin.md:96'],
      ['chinese/2017Berlin.md:97'],
      ['chinese/2017Berlin.md:94'],
      ['chinese/2017Berlin.md:93'],
      ['chinese/2017Berlin.md:92'],
      ['chinese/2017Berlin.md:62'],
      ['chinese/2017Berlin.md:120'],
      ['chinese/2017Berlin.md:119'],
      ['chinese/2017Berlin.md:118'],
      ['chinese/2017Berlin.md:116'],
    ]);
    if (composed.ok) expect(composed.catalog.talks).toHaveLength(result.figures.talksWritten);
  });

  it('applies every reviewed correction and reports each one', () => {
    expect(result.figures.correctionsApplied).toBe(corrections.length);
    expect(result.figures.staleCorrections).toBe(0);
    expect(result.report.count('repaired', 'correction')).toBe(corrections.length);
    expect(talkAt(result, '2019SanDiego.md', 120)?.speakers).toEqual([{ id: 'chris-aniszczyk', affiliation: 'CTO/COO, CNCF' }]);
  });

  it('reports a correction whose row no longer holds the expected text, and does not apply it', () => {
    const stale: Correction = {
      kind: 'set-title',
      file: 'chinese/2019Shanghai.md',
      line: 53,
      expect: 'Build IoT Applications on a Serverless Platform',
      zh: '不该出现的标题',
      reason: 'Meant for line 52; the line number is wrong.',
    };
    const r = importCncf({ files, corrections: [...corrections, stale] });
    expect(r.figures.staleCorrections).toBe(1);
    expect(r.report.findings.filter((f) => f.rule === 'stale-correction')).toEqual([
      { kind: 'suspicious', rule: 'stale-correction', file: 'chinese/2019Shanghai.md', line: 53, message: expect.stringContaining('Build IoT Applications') as unknown },
    ]);
    expect(talkAt(r, '2019Shanghai.md', 53)?.title.zh).toBe('Linux 操作系统的构建与剖析');
  });

  it('splits a homonym with a speaker-split correction: that row gets its own speaker id', () => {
    const split: Correction = {
      kind: 'speaker-split',
      file: 'chinese/2018Copenhagen.md',
      line: 51,
      name: 'Julius Volz',
      id: 'julius-volz-2018',
      reason: 'A test of the mechanism: pretend this Julius Volz is another person.',
    };
    const r = importCncf({ files, corrections: [...corrections, split] });
    expect(talkAt(r, '2018Copenhagen.md', 51)?.speakers).toEqual([{ id: 'julius-volz-2018', affiliation: 'Prometheus' }]);
    expect(talkAt(r, '2017Berlin.md', 62)?.speakers).toEqual([{ id: 'julius-volz', affiliation: 'Prometheus' }]);
    const speakers = r.part.speakers ?? [];
    expect(speakers.filter((s) => s.name === 'Julius Volz').map((s) => s.id)).toEqual(['julius-volz', 'julius-volz-2018']);
    expect(r.report.findings.filter((f) => f.file === 'chinese/2018Copenhagen.md' && f.line === 51 && f.rule === 'correction')).toHaveLength(1);
    const checked = validateCatalogPart(r.part, 'split.json');
    expect(checked.ok).toBe(true);
  });
});

describe('the corrections file', () => {
  it('is valid, and each entry gives a reason and the text it expects', () => {
    const read = readCorrections(path.join(repoRoot, CORRECTIONS_FILE));
    expect(read.ok ? [] : read.problems).toEqual([]);
    if (read.ok) expect(read.corrections.every((c) => c.reason.length > 20 && (c.kind === 'speaker-split' || c.expect.length > 0))).toBe(true);
  });

  it('rejects entries that cannot be applied safely', () => {
    const where = { file: 'chinese/2017Berlin.md', line: 27, reason: 'A reason.' };
    const problems = (value: unknown) => {
      const parsed = parseCorrections(value);
      return parsed.ok ? [] : parsed.problems;
    };
    expect(problems({ corrections: [{ kind: 'set-title', ...where, zh: '标题' }] })).not.toEqual([]);
    expect(problems({ corrections: [{ kind: 'set-title', ...where, expect: 'Keynote' }] })).toEqual([expect.stringContaining('needs "en" or "zh"') as unknown]);
    expect(problems({ corrections: [{ kind: 'speaker-split', ...where, name: 'Brian Brazil', id: 'brian-brazil' }] })).toEqual([expect.stringContaining('already has') as unknown]);
    expect(problems({ corrections: [{ kind: 'rename', ...where, expect: 'x' }] })).not.toEqual([]);
    expect(problems({ corrections: [{ kind: 'set-title', file: '2017Berlin.md', line: 27, reason: 'A reason.', expect: 'x', zh: '标题' }] })).not.toEqual([]);
    expect(problems({ corrections: [{ kind: 'speaker-split', ...where, name: 'Brian Brazil', id: 'brian-brazil-robust-perception' }] })).toEqual([]);
  });
});
