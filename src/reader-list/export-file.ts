// The exported list file: written by "Export as JSON", read back by "Import a list…". Only the
// lazily loaded list tools use it, so valibot stays out of the catalog's first load.
import * as v from 'valibot';
import { sanitizeReaderList, type ReaderList } from './reader-list-format';

export const EXPORT_FORMAT = 'talk-catalog/reader-list';

const NOT_AN_EXPORT = `this is not a talk list exported from the catalog (expected "format": "${EXPORT_FORMAT}")`;
const listOfIds = (key: string) => `"${key}" should be a list of talk ids`;

const ExportFileSchema = v.object(
  {
    format: v.literal(EXPORT_FORMAT, NOT_AN_EXPORT),
    version: v.literal(1, 'this file was written by a newer version of the catalog (expected version 1)'),
    saved: v.array(v.unknown(), listOfIds('saved')),
    watched: v.array(v.unknown(), listOfIds('watched')),
  },
  // A missing key is reported by the object itself: say what that key means.
  (issue) => {
    const key = issue.path?.at(-1)?.key;
    if (key === 'saved' || key === 'watched') return listOfIds(key);
    return NOT_AN_EXPORT;
  },
);

export type ExportFile = { format: typeof EXPORT_FORMAT; version: 1; exportedAt: string } & ReaderList;

export function toExportFile(list: ReaderList, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), saved: list.saved, watched: list.watched };
}

export type ImportResult =
  | { ok: true; list: ReaderList; skipped: number }
  | { ok: false; error: string };

/** Parses an exported file. Entries that are not talk ids are counted and reported, never silently dropped. */
export function parseExportFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not valid JSON' };
  }
  const result = v.safeParse(ExportFileSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.');
    return { ok: false, error: where ? `${where}: ${issue.message}` : issue.message };
  }
  const list = sanitizeReaderList(result.output);
  const skipped = result.output.saved.length + result.output.watched.length - list.saved.length - list.watched.length;
  return { ok: true, list, skipped };
}
