// The bench's verdict: one summary per catalog size, the size × metric table, and the targets
// checked against the 10,000-talk column. Targets inform; they never fail the run.
import type { AppMeasurements, InteractionSample } from './measure-app';
import { median, percentile } from './stats';

export interface SizeSummary {
  /** 0 for the baseline page (baseline-page.ts). */
  readonly talks: number;
  /** Null for the baseline page, which is not built. */
  readonly buildMs: number | null;
  readonly firstRenderMs: number;
  readonly fcpMs: number | null;
  readonly rafTickMs: number;
  readonly keystroke: InteractionSummary;
  readonly toggle: InteractionSummary;
  readonly domNodesAfterFirstRender: number;
  readonly domNodesAfterBroadSearch: number;
  readonly articlesAfterBroadSearch: number;
  readonly heapMbAfterFirstRender: number;
  readonly heapMbAfterBroadSearch: number;
}

export interface InteractionSummary {
  readonly samples: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly commitMedianMs: number;
  /** Median main-thread time per interaction, by kind, from the DevTools Performance metrics. */
  readonly scriptMedianMs: number;
  readonly styleLayoutMedianMs: number;
}

type TargetId = 'keystroke-p95' | 'first-render' | 'dom-first-render' | 'dom-broad-search';

export interface TargetResult {
  readonly id: TargetId;
  /** Short form for the table's target column. */
  readonly threshold: string;
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean | null;
}

export const TARGET_SIZE = 10_000;
const KEYSTROKE_P95_TARGET_MS = 16;
const FIRST_RENDER_TARGET_MS = 200;
// "Bounded" DOM: the largest catalog's page may have at most this many times the smallest's nodes.
const DOM_GROWTH_LIMIT = 2;

function summarizeInteractions(samples: readonly InteractionSample[]): InteractionSummary {
  const totals = samples.map((sample) => sample.totalMs);
  const commits = samples.flatMap((sample) => (sample.commitMs === null ? [] : [sample.commitMs]));
  return {
    samples: samples.length,
    medianMs: median(totals),
    p95Ms: percentile(totals, 95),
    maxMs: Math.max(...totals),
    commitMedianMs: median(commits),
    scriptMedianMs: median(samples.map((sample) => sample.scriptMs)),
    styleLayoutMedianMs: median(samples.map((sample) => sample.styleMs + sample.layoutMs)),
  };
}

export function summarize(talks: number, buildMs: number | null, measured: AppMeasurements): SizeSummary {
  const fcps = measured.loads.flatMap((load) => (load.fcpMs === null ? [] : [load.fcpMs]));
  return {
    talks,
    buildMs,
    firstRenderMs: median(measured.loads.map((load) => load.firstRenderMs)),
    fcpMs: fcps.length === 0 ? null : median(fcps),
    rafTickMs: median(measured.loads.map((load) => load.paintedMs)),
    keystroke: summarizeInteractions(measured.keystrokes),
    toggle: summarizeInteractions(measured.toggles),
    domNodesAfterFirstRender: measured.domNodes.afterFirstRender,
    domNodesAfterBroadSearch: measured.domNodes.afterBroadSearch,
    articlesAfterBroadSearch: measured.broadSearch.articles,
    heapMbAfterFirstRender: measured.heapBytes.afterFirstRender / 2 ** 20,
    heapMbAfterBroadSearch: measured.heapBytes.afterBroadSearch / 2 ** 20,
  };
}

function growth(summaries: readonly SizeSummary[], nodes: (s: SizeSummary) => number): number | null {
  if (summaries.length < 2) return null;
  const counts = summaries.map(nodes);
  return Math.max(...counts) / Math.min(...counts);
}

/**
 * The targets, checked against the 10,000-talk column. With a baseline, each timing also says what
 * the baseline page measured, the floor under that figure on this machine that day.
 */
export function checkTargets(summaries: readonly SizeSummary[], baseline?: SizeSummary): TargetResult[] {
  const at10k = summaries.find((s) => s.talks === TARGET_SIZE);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const floor = (value: (s: SizeSummary) => number) => (baseline === undefined ? '' : ` (baseline page: ${ms(value(baseline))})`);
  const results: TargetResult[] = [
    {
      id: 'keystroke-p95',
      threshold: `< ${KEYSTROKE_P95_TARGET_MS}`,
      target: `keystroke p95 < ${KEYSTROKE_P95_TARGET_MS} ms @10k`,
      measured: at10k === undefined ? 'not run' : ms(at10k.keystroke.p95Ms) + floor((s) => s.keystroke.p95Ms),
      pass: at10k === undefined ? null : at10k.keystroke.p95Ms < KEYSTROKE_P95_TARGET_MS,
    },
    {
      id: 'first-render',
      threshold: `< ${FIRST_RENDER_TARGET_MS}`,
      target: `first render < ${FIRST_RENDER_TARGET_MS} ms @10k`,
      measured: at10k === undefined ? 'not run' : ms(at10k.firstRenderMs) + floor((s) => s.firstRenderMs),
      pass: at10k === undefined ? null : at10k.firstRenderMs < FIRST_RENDER_TARGET_MS,
    },
  ];
  const sizes = summaries.map((s) => s.talks.toLocaleString('en')).join(', ');
  for (const [id, when, nodes] of [
    ['dom-first-render', 'after first render', (s: SizeSummary) => s.domNodesAfterFirstRender],
    ['dom-broad-search', 'after broad search', (s: SizeSummary) => s.domNodesAfterBroadSearch],
  ] as const) {
    const ratio = growth(summaries, nodes);
    results.push({
      id,
      threshold: 'bounded',
      target: `DOM nodes ${when} bounded (≤ ${DOM_GROWTH_LIMIT}× across sizes)`,
      measured: ratio === null ? 'needs 2 sizes' : `${ratio.toFixed(1)}× over ${sizes}`,
      pass: ratio === null ? null : ratio <= DOM_GROWTH_LIMIT,
    });
  }
  return results;
}

type Row = readonly [label: string, value: (s: SizeSummary) => number | null, digits: number, target?: TargetId];

const ROWS: readonly Row[] = [
  ['first render, median (ms)', (s) => s.firstRenderMs, 0, 'first-render'],
  ['first contentful paint, median (ms)', (s) => s.fcpMs, 0],
  ['rAF tick after list inserted, median (ms)', (s) => s.rafTickMs, 0],
  ['keystroke → paint, median (ms)', (s) => s.keystroke.medianMs, 1],
  ['keystroke → paint, p95 (ms)', (s) => s.keystroke.p95Ms, 1, 'keystroke-p95'],
  ['keystroke → paint, max (ms)', (s) => s.keystroke.maxMs, 1],
  ['keystroke → DOM commit, median (ms)', (s) => s.keystroke.commitMedianMs, 1],
  ['keystroke script, median (ms)', (s) => s.keystroke.scriptMedianMs, 1],
  ['keystroke style+layout, median (ms)', (s) => s.keystroke.styleLayoutMedianMs, 1],
  ['topic toggle → paint, median (ms)', (s) => s.toggle.medianMs, 1],
  ['topic toggle → paint, p95 (ms)', (s) => s.toggle.p95Ms, 1],
  ['DOM nodes after first render', (s) => s.domNodesAfterFirstRender, 0, 'dom-first-render'],
  ['DOM nodes after broad search', (s) => s.domNodesAfterBroadSearch, 0, 'dom-broad-search'],
  ['articles after broad search', (s) => s.articlesAfterBroadSearch, 0],
  ['JS heap after first render (MB)', (s) => s.heapMbAfterFirstRender, 1],
  ['JS heap after broad search (MB)', (s) => s.heapMbAfterBroadSearch, 1],
  ['build (s)', (s) => (s.buildMs === null ? null : s.buildMs / 1000), 1],
];

function mark(pass: boolean | null): string {
  if (pass === null) return 'n/a ';
  return pass ? 'PASS' : 'FAIL';
}

function verdict(id: TargetId | undefined, targets: readonly TargetResult[]): string {
  const target = targets.find((t) => t.id === id);
  return target === undefined ? '' : `${target.threshold} ${mark(target.pass).trim()}`;
}

/**
 * Rows are metrics, columns sizes, after the baseline page's column when there is one; the target
 * column sits right after the 10,000-talk column.
 */
export function formatTable(summaries: readonly SizeSummary[], targets: readonly TargetResult[], baseline?: SizeSummary): string {
  const at10k = summaries.find((s) => s.talks === TARGET_SIZE);
  const split = at10k === undefined ? summaries.length : summaries.indexOf(at10k) + 1;
  const columns = [...(baseline === undefined ? [] : [baseline]), ...summaries.slice(0, split), 'target' as const, ...summaries.slice(split)];
  const title = (c: SizeSummary | 'target') => {
    if (c === 'target') return 'target @10k';
    return c === baseline ? 'baseline page' : `${c.talks.toLocaleString('en')} talks`;
  };
  const header = ['metric', ...columns.map(title)];
  const lines = ROWS.map((row) => {
    const [label, value, digits] = row;
    const cells = columns.map((c) => {
      if (c === 'target') return verdict(row[3], targets);
      const number = value(c);
      return number === null || Number.isNaN(number) ? '–' : number.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
    });
    return [label, ...cells];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => (line[i] ?? '').length)));
  const render = (line: readonly string[]) =>
    line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [render(header), rule, ...lines.map(render)].join('\n');
}

export function formatTargets(targets: readonly TargetResult[]): string {
  return targets
    .map((t) => `  ${mark(t.pass)}  ${t.target}: ${t.measured}`)
    .join('\n');
}
