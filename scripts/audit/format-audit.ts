// The audit's terminal output: one row per catalog and page, then the audits that cost points.
import type { FailingAudit, PageSummary } from './lighthouse-summary';

function table(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows
    .map((row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}

const score = (value: number | null) => (value === null ? '–' : String(value));
const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);
const kB = (value: number | null) => (value === null ? '–' : `${(value / 1000).toFixed(1)} kB`);

/** The pages audited for one build: its catalog's label ("CNCF 2,527") and each page's summary. */
export interface AuditedBuild {
  readonly label: string;
  readonly pages: readonly PageSummary[];
}

export function formatScores(builds: readonly AuditedBuild[]): string {
  return table([
    ['catalog', 'page', 'perf', 'a11y', 'best-pr', 'seo', 'LCP', 'TBT', 'CLS', 'bytes'],
    ...builds.flatMap(({ label, pages }) => pages.map((p) => [
      label,
      p.page,
      score(p.scores.performance),
      score(p.scores.accessibility),
      score(p.scores['best-practices']),
      score(p.scores.seo),
      ms(p.lcpMs),
      ms(p.tbtMs),
      p.cls === null ? '–' : p.cls.toFixed(3),
      kB(p.bytes),
    ])),
  ]);
}

function describe(audit: FailingAudit, withCulprits: boolean): string {
  const value = audit.displayValue === null ? '' : ` — ${audit.displayValue}`;
  const weight = audit.weight === 0 ? ', not weighted' : `, weight ${audit.weight}`;
  const head = `    [${audit.category}] ${audit.title} (score ${audit.score}${weight})${value}`;
  return withCulprits ? [head, ...audit.culprits.map((culprit) => `        ${culprit}`)].join('\n') : head;
}

/**
 * Per page: the failing audits of every category under 100, with what they blame; then, one line
 * each, audits flagged in categories that still scored 100 (diagnostics, rounding).
 */
export function formatFailing(pages: readonly PageSummary[]): string {
  const sections = pages.map((p) => {
    const costly = p.failing.filter((audit) => audit.categoryScore !== null && audit.categoryScore < 100);
    const minor = p.failing.filter((audit) => !costly.includes(audit));
    const lines = [
      costly.length === 0 ? '  every category scored 100' : '  failing audits, in categories under 100:',
      ...costly.map((audit) => describe(audit, true)),
      ...(minor.length === 0 ? [] : ['  flagged, in categories that scored 100:', ...minor.map((audit) => describe(audit, true))]),
      ...p.warnings.map((warning) => `  warning: ${warning}`),
    ];
    return [`${p.page}:`, ...lines].join('\n');
  });
  return sections.join('\n\n');
}
