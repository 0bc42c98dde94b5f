// The exported list file: written by "Export as JSON", read back by "Import a list…". Only the
// lazily loaded list tools use it, so valibot stays out of the catalog's first load.
import * as v from 'valibot';
import { sanitizeReaderList, type ReaderList } from './reader-list-format';

export const EXPORT_FORMAT = 'talk-catalog/reader-list';

const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(1),
  saved: v.array(v.unknown()),
  watched: v.array(v.unknown()),
});

export type ExportFile = { format: typeof EXPORT_FORMAT; version: 1; exportedAt: string } & ReaderList;

export function toExportFile(list: ReaderList, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), saved: list.saved, watched: list.watched };
}

export type ListField = 'saved' | 'watched';

/**
 * What is wrong with a file that cannot be imported, as data: the list tools put it in the
 * reader's language (list-tools-messages.ts). Each names where: a field, or a line and column.
 */
export type ImportProblem =
  | { kind: 'empty' }
  /** `line` and `column` (from 1) where the JSON breaks, when the browser's parser says. */
  | { kind: 'not-json'; line: number | undefined; column: number | undefined }
  | { kind: 'not-an-object' }
  | { kind: 'not-an-export' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'bad-version' }
  | { kind: 'missing-list'; field: ListField }
  | { kind: 'not-a-list'; field: ListField };

export type ImportResult =
  | { ok: true; list: ReaderList; skipped: number }
  /** `detail`: the parser's own words, English and technical, for a secondary line at most. */
  | { ok: false; problem: ImportProblem; detail?: string };

/**
 * Where JSON.parse stopped, from its message: engines word it differently, and some not at all
 * ("line 3 column 5" in Chromium and Firefox, "position 42" in older V8), so it is a best effort.
 */
export function jsonErrorPlace(message: string, text: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const isListField = (key: unknown): key is ListField => key === 'saved' || key === 'watched';

/** The first thing wrong with a JSON value that is not an export, in the schema's field order. */
function problemOf(data: unknown, issue: v.BaseIssue<unknown>): ImportProblem {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'not-an-object' };
  const key = issue.path?.[0]?.key;
  if (key === 'version') {
    const version = (data as { version?: unknown }).version;
    return typeof version === 'number' && Number.isInteger(version) && version > 1 ? { kind: 'newer-version', version } : { kind: 'bad-version' };
  }
  if (isListField(key)) return key in data ? { kind: 'not-a-list', field: key } : { kind: 'missing-list', field: key };
  return { kind: 'not-an-export' };
}

/** Parses an exported file. Entries that are not talk ids are counted and reported, never silently dropped. */
export function parseExportFile(raw: string): ImportResult {
  // A byte-order mark, as some Windows editors save a file: JSON.parse refuses it, the reader would not see it.
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const place = jsonErrorPlace(detail, text);
    return { ok: false, problem: { kind: 'not-json', line: place?.line, column: place?.column }, detail };
  }
  const result = v.safeParse(ExportFileSchema, data);
  if (!result.success) return { ok: false, problem: problemOf(data, result.issues[0]) };
  const list = sanitizeReaderList(result.output);
  const skipped = result.output.saved.length + result.output.watched.length - list.saved.length - list.watched.length;
  return { ok: true, list, skipped };
}
