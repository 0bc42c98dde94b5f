// Findings about one source file, so the readers need not repeat its name on every line.
import type { FindingKind, ImportReport } from '../import-report.ts';

export class FileNotes {
  constructor(
    private readonly report: ImportReport,
    readonly file: string,
  ) {}

  add(kind: FindingKind, rule: string, line: number, message: string): void {
    this.report.add({ kind, rule, file: this.file, line, message });
  }

  skipped(rule: string, line: number, message: string): void {
    this.add('skipped', rule, line, message);
  }

  repaired(rule: string, line: number, message: string): void {
    this.add('repaired', rule, line, message);
  }

  suspicious(rule: string, line: number, message: string): void {
    this.add('suspicious', rule, line, message);
  }
}

/** A value named in plain words for a message: "a number", "a list", "null". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A short, safe quotation of archive text in a report message. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > max ? `${flat.slice(0, max)}…` : flat}"`;
}
