// The bench's verdict. One summary per catalog ("case"), then one table per metric: the cases as
// columns from the smallest catalog to the largest, the floor beside each figure, the ratio, and
// the target with PASS or FAIL. Every target of issue 14 is a ratio to a floor measured in the
// same run (timings: the floor page, interleaved; bytes: the same page in the 11-talk build), or
// an absolute figure where the issue gives one (search bytes, heap), checked at the sizes the
// issue states it for. Targets inform; they never fail the run.
import type { BuildOutcome } from './build-app';
import { PAGE_KINDS } from './bench-pages';
import { formatTable, type TextTable } from './format-table';
import type { SubjectMeasurements } from './measure-interleaved';
import { atMost, formatRatio, growsLinearly, per1000, ratio } from './ratios';
import { median, percentile } from './stats';
import type { Weights } from './weigh-pages';

export interface Spread {
  readonly median: number;
  readonly p95: number;
  readonly samples: number;
}

export interface SubjectSummary {
  readonly firstRender: Spread;
  /** The first key on a fresh page: fetches its data where the page holds only its first screen. */
  readonly coldSearch: Spread;
  readonly coldSearchFetches: number;
  readonly keystroke: Spread;
  readonly toggle: Spread;
  readonly domAfterFirstRender: number;
  readonly domAfterBroadSearch: number;
  readonly heapMbAfterFirstRender: number;
  readonly heapMbAfterBroadSearch: number;
  readonly broadSearch: { readonly term: string; readonly articles: number; readonly resultText: string };
}

export interface BuildSummary {
  readonly ms: number;
  readonly peakTreeBytes: number | null;
  readonly peakProcessBytes: number | null;
  readonly outputBytes: number;
  readonly files: number;
  readonly largestHtml: { readonly file: string; readonly bytes: number } | null;
}

export interface CaseSummary {
  readonly id: string;
  readonly label: string;
  readonly talks: number;
  readonly events: number;
  readonly build: BuildSummary;
  readonly weights: Weights;
  readonly floor: SubjectSummary;
  readonly app: SubjectSummary;
  /** --ab: the same catalog built from another git ref, measured interleaved with this tree's. */
  readonly other?: { readonly ref: string; readonly build: BuildSummary; readonly weights: Weights; readonly app: SubjectSummary };
}

export interface Verdict {
  readonly target: string;
  readonly results: readonly { readonly case: string; readonly measured: string; readonly pass: boolean | null }[];
}

export const TARGETS = {
  firstRenderRatio: 2,
  interactionP95Ratio: 2.5,
  firstViewBytesRatio: 1.25,
  searchBytes: 200_000,
  heapMb: 30,
  domGrowth: 2,
} as const;
/** The size the issue states its absolute targets at: the pyvideo archive, ~21,700 talks. */
export const ABSOLUTE_TARGET_TALKS = 21_713;
/** DOM nodes are compared with the smallest catalog of at least this many talks (every list longer than a page). */
const DOM_REFERENCE_MIN_TALKS = 1000;

export function spread(values: readonly number[]): Spread {
  return { median: median(values), p95: percentile(values, 95), samples: values.length };
}

export function summarizeSubject(measured: SubjectMeasurements): SubjectSummary {
  return {
    firstRender: spread(measured.loads.map((load) => load.firstRenderMs)),
    coldSearch: spread(measured.coldSearches.map((search) => search.totalMs)),
    coldSearchFetches: median(measured.coldSearches.map((search) => search.fetches)),
    keystroke: spread(measured.keystrokes.map((sample) => sample.totalMs)),
    toggle: spread(measured.toggles.map((sample) => sample.totalMs)),
    domAfterFirstRender: measured.domNodes.afterFirstRender,
    domAfterBroadSearch: measured.domNodes.afterBroadSearch,
    heapMbAfterFirstRender: measured.heapBytes.afterFirstRender / 2 ** 20,
    heapMbAfterBroadSearch: measured.heapBytes.afterBroadSearch / 2 ** 20,
    broadSearch: measured.broadSearch,
  };
}

export function summarizeBuild(build: BuildOutcome): BuildSummary {
  return {
    ms: build.ms,
    peakTreeBytes: build.memory.peakTreeBytes,
    peakProcessBytes: build.memory.peakProcessBytes,
    outputBytes: build.output.bytes,
    files: build.output.files,
    largestHtml: build.output.largestHtml,
  };
}

const PASS = (pass: boolean | null) => (pass === null ? '' : pass ? ' PASS' : ' FAIL');
const number = (value: number | null, digits: number) =>
  value === null || !Number.isFinite(value) ? null : value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const formatMs = (value: number | null) => (value === null || !Number.isFinite(value) ? null : number(value, value < 100 ? 1 : 0));
export const formatKb = (bytes: number | null) => number(bytes === null ? null : bytes / 1000, 1);
const formatMb = (bytes: number | null) => number(bytes === null ? null : bytes / 1e6, 1);

/** The 11-talk build: the floor for bytes. */
const reference = (cases: readonly CaseSummary[]) => cases.find((c) => c.id === 'post');
/** The catalog DOM sizes are compared with. */
const domReference = (cases: readonly CaseSummary[]) =>
  [...cases].sort((a, b) => a.talks - b.talks).find((c) => c.talks >= DOM_REFERENCE_MIN_TALKS);
/** Whether the issue's absolute targets (stated at ~21,700 talks) apply to a catalog of this size. */
export const absoluteTargetApplies = (talks: number) => talks <= ABSOLUTE_TARGET_TALKS * 1.05;

interface Builder {
  readonly tables: TextTable[];
  readonly verdicts: Verdict[];
}

function header(cases: readonly CaseSummary[]): string[] {
  return ['', ...cases.map((c) => c.label), 'target'];
}

/** A timing, app against the floor page, median and p95; the verdict on one of the two. */
function timingTable(
  out: Builder,
  cases: readonly CaseSummary[],
  title: string,
  pick: (s: SubjectSummary) => Spread,
  judged: { on: 'median' | 'p95'; limit: number; target: string } | undefined,
): void {
  const rows: (string | null)[][] = [];
  const results: Verdict['results'][number][] = [];
  for (const which of ['median', 'p95'] as const) {
    const ratios = cases.map((c) => ratio(pick(c.app)[which], pick(c.floor)[which]));
    const limit = judged?.on === which ? judged.limit : undefined;
    rows.push(
      [`${which}: app (ms)`, ...cases.map((c) => formatMs(pick(c.app)[which]))],
      [`${which}: floor page (ms)`, ...cases.map((c) => formatMs(pick(c.floor)[which]))],
      [
        `${which}: app ÷ floor`,
        ...ratios.map((value) => {
          const pass = limit === undefined ? null : atMost(value, limit);
          return `${formatRatio(value)}${PASS(pass)}`;
        }),
        limit === undefined ? null : `≤ ${limit}×`,
      ],
    );
    if (limit !== undefined) {
      ratios.forEach((value, i) => results.push({ case: cases[i]?.label ?? '?', measured: formatRatio(value), pass: atMost(value, limit) }));
    }
  }
  const samples = cases.map((c) => `${pick(c.app).samples}`).join(', ');
  out.tables.push({ title, header: header(cases), rows, notes: [`samples per subject: ${samples} (app; the floor page the same)`] });
  if (judged !== undefined) out.verdicts.push({ target: judged.target, results });
}

function bytesTables(out: Builder, cases: readonly CaseSummary[]): void {
  const floor = reference(cases);
  const rows: (string | null)[][] = [];
  const results: Verdict['results'][number][] = [];
  for (const kind of PAGE_KINDS) {
    const weight = (c: CaseSummary) => c.weights.pages[kind];
    rows.push([`${kind}: kB`, ...cases.map((c) => formatKb(weight(c).bytes))]);
    const ratios = cases.map((c) => ratio(weight(c).bytes, floor === undefined ? null : weight(floor).bytes));
    rows.push([`${kind}: ÷ 11-talk build`, ...ratios.map((r) => `${formatRatio(r)}${PASS(atMost(r, TARGETS.firstViewBytesRatio))}`), `≤ ${TARGETS.firstViewBytesRatio}×`]);
    ratios.forEach((r, i) => results.push({ case: `${cases[i]?.label ?? '?'} ${kind}`, measured: formatRatio(r), pass: atMost(r, TARGETS.firstViewBytesRatio) }));
  }
  out.tables.push({
    title: 'Bytes transferred, first view (gzip as served; kB = 1,000 bytes)',
    header: header(cases),
    rows,
    notes: [
      `pages: ${PAGE_KINDS.map((kind) => `${kind} = /${cases.at(-1)?.weights.pages[kind].path ?? '?'}`).join(', ')} (largest catalog; each build its own first talk and heaviest event)`,
      ...(floor === undefined ? ['no 11-talk build in this run (--only): no ratio'] : []),
    ],
  });
  out.verdicts.push({ target: `first view of every page ≤ ${TARGETS.firstViewBytesRatio}× the same page in the 11-talk build`, results });

  const search = cases.map((c) => c.weights.search.bytes);
  const searchPass = cases.map((c, i) => (absoluteTargetApplies(c.talks) ? atMost(search[i] ?? null, TARGETS.searchBytes) : null));
  out.tables.push({
    title: 'A one-word search on the archive: bytes it adds (kB)',
    header: header(cases),
    rows: [
      [`"${cases.map((c) => c.weights.search.term).filter((t, i, all) => all.indexOf(t) === i).join('" / "')}": kB`, ...cases.map((c, i) => `${formatKb(c.weights.search.bytes) ?? '–'}${PASS(searchPass[i] ?? null)}`), `≤ ${formatKb(TARGETS.searchBytes)}`],
      ['requests', ...cases.map((c) => String(c.weights.search.requests))],
      ['÷ archive first view', ...cases.map((c) => formatRatio(ratio(c.weights.search.bytes, c.weights.pages.archive.bytes)))],
    ],
    notes: [`the word typed at a reader's pace; the limit is stated at ~${ABSOLUTE_TARGET_TALKS.toLocaleString('en')} talks and checked up to that size`],
  });
  out.verdicts.push({
    target: `one-word search ≤ ${formatKb(TARGETS.searchBytes) ?? ''} kB (at up to ~${ABSOLUTE_TARGET_TALKS.toLocaleString('en')} talks)`,
    results: cases.map((c, i) => ({ case: c.label, measured: `${formatKb(search[i] ?? null) ?? '–'} kB`, pass: searchPass[i] ?? null })),
  });
}

function coldSearchTable(out: Builder, cases: readonly CaseSummary[]): void {
  timingTable(out, cases, 'First search on a fresh page, one key until painted with its data (ms)', (s) => s.coldSearch, undefined);
  const table = out.tables.at(-1);
  if (table === undefined) return;
  out.tables[out.tables.length - 1] = {
    ...table,
    rows: [...table.rows, ['fetches it started (median)', ...cases.map((c) => String(c.app.coldSearchFetches))]],
    notes: [...(table.notes ?? []), 'its bytes: the search table above (a whole word; the first key fetches what the list lacks)'],
  };
}

function domAndHeapTables(out: Builder, cases: readonly CaseSummary[]): void {
  const base = domReference(cases);
  const rows: (string | null)[][] = [];
  for (const [label, pick] of [
    ['after first render', (c: CaseSummary) => c.app.domAfterFirstRender],
    ['after broad search', (c: CaseSummary) => c.app.domAfterBroadSearch],
  ] as const) {
    const ratios = cases.map((c) => ratio(pick(c), base === undefined ? null : pick(base)));
    rows.push([`${label}: nodes`, ...cases.map((c) => number(pick(c), 0))]);
    rows.push([`${label}: ÷ ${base?.label ?? 'reference'}`, ...ratios.map((r, i) => `${formatRatio(r)}${PASS((cases[i]?.talks ?? 0) >= DOM_REFERENCE_MIN_TALKS ? atMost(r, TARGETS.domGrowth) : null)}`), `≤ ${TARGETS.domGrowth}×`]);
    out.verdicts.push({
      target: `DOM nodes ${label} bounded (≤ ${TARGETS.domGrowth}× the ${base?.label ?? 'smallest ≥ 1,000-talk'} catalog's)`,
      results: ratios.map((r, i) => ({ case: cases[i]?.label ?? '?', measured: formatRatio(r), pass: (cases[i]?.talks ?? 0) >= DOM_REFERENCE_MIN_TALKS ? atMost(r, TARGETS.domGrowth) : null })),
    });
  }
  rows.push(['articles after broad search', ...cases.map((c) => String(c.app.broadSearch.articles))]);
  out.tables.push({
    title: 'DOM (the archive page)',
    header: header(cases),
    rows,
    notes: [`broad search: ${[...new Set(cases.map((c) => `"${c.app.broadSearch.term}"`))].join(', ')}, each catalog's commonest title word`],
  });

  const heapPass = cases.map((c) => (absoluteTargetApplies(c.talks) ? atMost(c.app.heapMbAfterBroadSearch, TARGETS.heapMb) : null));
  out.tables.push({
    title: 'JS heap, after a full garbage collection (MB = 2^20 bytes)',
    header: header(cases),
    rows: [
      ['after first render: app', ...cases.map((c) => number(c.app.heapMbAfterFirstRender, 1))],
      ['after first render: floor page', ...cases.map((c) => number(c.floor.heapMbAfterFirstRender, 1))],
      ['after broad search: app', ...cases.map((c, i) => `${number(c.app.heapMbAfterBroadSearch, 1) ?? '–'}${PASS(heapPass[i] ?? null)}`), `≤ ${TARGETS.heapMb}`],
    ],
    notes: [`the limit is stated at ~${ABSOLUTE_TARGET_TALKS.toLocaleString('en')} talks and checked up to that size`],
  });
  out.verdicts.push({
    target: `JS heap after a broad search ≤ ${TARGETS.heapMb} MB (at up to ~${ABSOLUTE_TARGET_TALKS.toLocaleString('en')} talks)`,
    results: cases.map((c, i) => ({ case: c.label, measured: `${number(c.app.heapMbAfterBroadSearch, 1) ?? '–'} MB`, pass: heapPass[i] ?? null })),
  });
}

function buildTable(out: Builder, cases: readonly CaseSummary[]): void {
  const figures: [string, (b: BuildSummary) => number | null, (v: number | null) => string | null][] = [
    ['build time (s)', (b) => b.ms / 1000, (v) => number(v, 1)],
    ['output (MB)', (b) => b.outputBytes, formatMb],
    ['output files', (b) => b.files, (v) => number(v, 0)],
    ['peak memory, process tree (MB)', (b) => b.peakTreeBytes, formatMb],
  ];
  const rows: (string | null)[][] = [];
  for (const [label, pick, format] of figures) {
    const growth = growsLinearly(cases.map((c) => ({ talks: c.talks, value: pick(c.build) })));
    rows.push([label, ...cases.map((c) => format(pick(c.build)))]);
    rows.push([`  per 1,000 talks`, ...cases.map((c) => format(per1000(pick(c.build), c.talks))), `linear${PASS(growth)}`]);
    out.verdicts.push({ target: `${label.replace(/ \(.*\)$/, '')} grows linearly or better (per 1,000 talks never up > 25% from one size to the next)`, results: [{ case: 'all sizes', measured: growth === null ? 'needs 2 sizes' : growth ? 'linear or better' : 'faster than linear', pass: growth }] });
  }
  rows.push(['largest process peak (MB)', ...cases.map((c) => formatMb(c.build.peakProcessBytes))]);
  rows.push(['largest HTML page (kB)', ...cases.map((c) => formatKb(c.build.largestHtml?.bytes ?? null))]);
  out.tables.push({
    title: 'Build (npm run build in a staging copy)',
    header: header(cases),
    rows,
    notes: [
      'memory: the build\'s process tree (npm, vite, tsx) summed, sampled from /proc every 200 ms; largest process peak: its own VmHWM',
      `largest pages: ${cases.map((c) => `${c.label}: ${c.build.largestHtml?.file ?? '–'}`).join('; ')}`,
    ],
  });
}

function abTable(out: Builder, cases: readonly CaseSummary[]): void {
  const compared = cases.filter((c) => c.other !== undefined);
  const first = compared[0]?.other;
  if (first === undefined) return;
  const rows: (string | null)[][] = [];
  for (const [label, pick] of [
    ['first render', (s: SubjectSummary) => s.firstRender],
    ['first search (cold)', (s: SubjectSummary) => s.coldSearch],
    ['keystroke', (s: SubjectSummary) => s.keystroke],
    ['topic toggle', (s: SubjectSummary) => s.toggle],
  ] as const) {
    for (const which of ['median', 'p95'] as const) {
      rows.push([`${label} ${which}: A (ms)`, ...compared.map((c) => formatMs(pick(c.app)[which]))]);
      rows.push([`${label} ${which}: B (ms)`, ...compared.map((c) => formatMs(c.other === undefined ? null : pick(c.other.app)[which]))]);
      rows.push([`${label} ${which}: B ÷ A`, ...compared.map((c) => formatRatio(c.other === undefined ? null : ratio(pick(c.other.app)[which], pick(c.app)[which])))]);
    }
  }
  for (const kind of PAGE_KINDS) {
    rows.push([`${kind} bytes: B ÷ A`, ...compared.map((c) => formatRatio(c.other === undefined ? null : ratio(c.other.weights.pages[kind].bytes, c.weights.pages[kind].bytes)))]);
  }
  rows.push(['build time: B ÷ A', ...compared.map((c) => formatRatio(c.other === undefined ? null : ratio(c.other.build.ms, c.build.ms)))]);
  out.tables.push({
    title: `A/B: A = this work tree, B = ${first.ref} (same catalogs, measured interleaved with A and the floor page)`,
    header: ['', ...compared.map((c) => c.label)],
    rows,
  });
}

/** Every table of the run, and the verdicts, from the summaries of the cases in any order. */
export function buildReport(unordered: readonly CaseSummary[]): { tables: TextTable[]; verdicts: Verdict[] } {
  const cases = [...unordered].sort((a, b) => a.talks - b.talks);
  const out: Builder = { tables: [], verdicts: [] };
  timingTable(out, cases, 'First render of the archive (navigation → list painted, ms)', (s) => s.firstRender, {
    on: 'median',
    limit: TARGETS.firstRenderRatio,
    target: `first render ≤ ${TARGETS.firstRenderRatio}× the floor page's (medians)`,
  });
  timingTable(out, cases, 'Keystroke → painted result, with the list\'s data in (ms)', (s) => s.keystroke, {
    on: 'p95',
    limit: TARGETS.interactionP95Ratio,
    target: `keystroke → painted p95 ≤ ${TARGETS.interactionP95Ratio}× the floor page's`,
  });
  timingTable(out, cases, 'Topic toggle → painted result (ms)', (s) => s.toggle, {
    on: 'p95',
    limit: TARGETS.interactionP95Ratio,
    target: `topic toggle → painted p95 ≤ ${TARGETS.interactionP95Ratio}× the floor page's`,
  });
  bytesTables(out, cases);
  coldSearchTable(out, cases);
  domAndHeapTables(out, cases);
  buildTable(out, cases);
  abTable(out, cases);
  return out;
}

export function formatReport(report: { tables: readonly TextTable[]; verdicts: readonly Verdict[] }): string {
  const verdictLines = report.verdicts.map((verdict) => {
    const judged = verdict.results.filter((r) => r.pass !== null);
    const failed = judged.filter((r) => r.pass === false);
    const mark = judged.length === 0 ? 'n/a ' : failed.length === 0 ? 'PASS' : 'FAIL';
    const detail = failed.length > 0 ? `: ${failed.map((r) => `${r.case} ${r.measured}`).join(', ')}` : '';
    return `  ${mark}  ${verdict.target}${detail}`;
  });
  return [...report.tables.map(formatTable), `Targets (informative; the bench does not gate):\n${verdictLines.join('\n')}`].join('\n\n');
}
