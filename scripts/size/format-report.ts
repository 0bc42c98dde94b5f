// The bundle report as a plain-text table for the terminal and CI logs.
import { ratio, type BundleReport, type FileSize } from './measure-bundle';

const kb = (bytes: number) => (bytes / 1000).toFixed(2);
const LAZY_TITLE = 'Lazy chunks (information only)';
// JSON the app fetches in parallel with its code: it grows with the catalog, so it has no budget.
const DATA_TITLE = 'Data fetched at start (no budget)';
const mark = (ok: boolean) => (ok ? '✓' : '✗');
export const FLOOR_LIBRARIES = 'react + react-dom + react-router-dom + zustand';

function table(title: string, sizes: readonly FileSize[], width: number): string[] {
  const lines = [`${title.padEnd(width)}  ${'raw KB'.padStart(9)}  ${'gzip KB'.padStart(9)}`];
  if (sizes.length === 0) lines.push('  (none)');
  for (const size of sizes) {
    lines.push(`  ${size.file.padEnd(width - 2)}  ${kb(size.raw).padStart(9)}  ${kb(size.gzip).padStart(9)}`);
  }
  return lines;
}

function row(label: string, raw: number, gzip: number, width: number, note = ''): string {
  return `  ${label.padEnd(width - 2)}  ${kb(raw).padStart(9)}  ${kb(gzip).padStart(9)}${note === '' ? '' : `  ${note}`}`;
}

function totalLine(label: string, raw: number, gzip: number, budget: number, width: number, budgetText = ''): string {
  return row(label, raw, gzip, width, `${mark(gzip <= budget)} budget ${budgetText}${kb(budget)} KB gzip`);
}

/** The JS verdict in the words the budget is written in: a multiple of the floor. */
function floorLines(report: BundleReport, width: number): string[] {
  const { budgets, floor, totals } = report;
  const ok = totals.initialJsGzip <= report.initialJsGzipLimit;
  return [
    row('floor', floor.jsRaw, floor.jsGzip, width, `${FLOOR_LIBRARIES} alone`),
    `${mark(ok)} initial JS ${kb(totals.initialJsGzip)} KB gzip = ${ratio(report.initialJsFloorRatio)} × floor ${kb(floor.jsGzip)} KB ` +
      `(budget ${ratio(budgets.initialJsFloorRatio)} ×)`,
  ];
}

export function formatReport(report: BundleReport): string {
  const { budgets, totals } = report;
  const names = [...report.initialJs, ...report.css, ...report.data, ...report.lazy].map((size) => size.file.length + 2);
  const width = Math.max(LAZY_TITLE.length, DATA_TITLE.length, ...names);
  const lines = [
    'Bundle size of the first page view (KB = 1000 bytes; gzip = node:zlib level 9)',
    '',
    ...table('Initial JavaScript', report.initialJs, width),
    totalLine('total', totals.initialJsRaw, totals.initialJsGzip, report.initialJsGzipLimit, width, `${ratio(budgets.initialJsFloorRatio)} × floor = `),
    ...floorLines(report, width),
    '',
    ...table('CSS', report.css, width),
    totalLine('total', totals.cssRaw, totals.cssGzip, budgets.cssGzip, width),
    '',
    ...table(DATA_TITLE, report.data, width),
    ...(report.data.length > 1 ? [`  ${'total'.padEnd(width - 2)}  ${kb(totals.dataRaw).padStart(9)}  ${kb(totals.dataGzip).padStart(9)}`] : []),
    '',
    ...table(LAZY_TITLE, report.lazy, width),
    '',
    report.thirdParty.length === 0
      ? `${mark(true)} no third-party hosts referenced`
      : `${mark(false)} third-party references:\n${report.thirdParty.map((ref) => `    ${ref}`).join('\n')}`,
    report.largeFonts.length === 0
      ? `${mark(true)} no font file over ${kb(budgets.fontRaw)} KB`
      : `${mark(false)} fonts over ${kb(budgets.fontRaw)} KB (subset them): ${report.largeFonts.map((f) => f.file).join(', ')}`,
  ];
  if (report.missing.length > 0) lines.push(`${mark(false)} missing from dist: ${report.missing.join(', ')}`);
  for (const warning of report.warnings) lines.push(`! ${warning}`);
  lines.push('');
  lines.push(
    report.failures.length === 0
      ? 'All budgets met.'
      : `Bundle check FAILED:\n${report.failures.map((failure) => `  - ${failure}`).join('\n')}`,
  );
  return lines.join('\n');
}
