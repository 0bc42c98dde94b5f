// What an importer tells a person about the rows it read: each row it could not use, each repair
// it made and each suspicion, with the file and line and the rule that fired. Nothing is dropped
// or changed silently: every rule that skips or alters a row adds a finding here.

export type FindingKind = 'skipped' | 'repaired' | 'suspicious';

export type Finding = {
  kind: FindingKind;
  /** A short stable name of the rule, e.g. "empty-youtube-id", "http-upgraded". */
  rule: string;
  /** The source file as the report names it (relative to the source folder), and its 1-based line. */
  file: string;
  line: number;
  /** What was found and what was done, in a sentence. */
  message: string;
};

export class ImportReport {
  readonly findings: Finding[] = [];

  add(finding: Finding): void {
    this.findings.push(finding);
  }

  count(kind: FindingKind, rule?: string): number {
    return this.findings.filter((f) => f.kind === kind && (rule === undefined || f.rule === rule)).length;
  }
}

const HEADINGS: Record<FindingKind, string> = {
  skipped: 'Rows not used',
  repaired: 'Repairs',
  suspicious: 'Suspicions (kept as they are; check them)',
};

const byPlace = (a: Finding, b: Finding) => a.file.localeCompare(b.file, 'en') || a.line - b.line || a.rule.localeCompare(b.rule, 'en');

/** Escapes what would break a Markdown table cell. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The report as Markdown: a summary table of counts by kind and rule, then every finding, sorted by
 * file and line so that the same input always gives the same text.
 */
export function formatImportReport(title: string, summary: readonly string[], report: ImportReport): string {
  const lines = [`# ${title}`, '', ...summary, ''];
  const rules = new Map<string, number>();
  for (const f of report.findings) rules.set(`${f.kind}\u0000${f.rule}`, (rules.get(`${f.kind}\u0000${f.rule}`) ?? 0) + 1);
  lines.push('| kind | rule | rows |', '| --- | --- | ---: |');
  for (const [key, n] of [...rules].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    const [kind = '', rule = ''] = key.split('\u0000');
    lines.push(`| ${kind} | ${rule} | ${n} |`);
  }
  for (const kind of ['skipped', 'repaired', 'suspicious'] as const) {
    const findings = report.findings.filter((f) => f.kind === kind).sort(byPlace);
    lines.push('', `## ${HEADINGS[kind]} (${findings.length})`, '');
    if (findings.length === 0) {
      lines.push('None.');
      continue;
    }
    lines.push('| where | rule | what |', '| --- | --- | --- |');
    for (const f of findings) lines.push(`| ${cell(`${f.file}:${f.line}`)} | ${cell(f.rule)} | ${cell(f.message)} |`);
  }
  return `${lines.join('\n')}\n`;
}
