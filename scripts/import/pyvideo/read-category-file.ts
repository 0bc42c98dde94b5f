// One event's `category.json`: its title, and the event's URL and days where the file states them.
import type { ImportReport } from '../import-report.ts';
import { cleanText, cutText } from './clean-text.ts';
import { FileNotes, kindOf } from './file-notes.ts';
import { dateOfRecorded } from './event-dates.ts';
import { JsonLines, parseJsonFile } from './json-lines.ts';
import { webLink } from './video-links.ts';

export type CategoryDraft = {
  file: string;
  title: string;
  url?: string;
  startDate?: string;
  endDate?: string;
};

const MAX_EVENT_NAME = 200; // EventSchema's name limit

/** Reads a category file; undefined (with a finding) if it gives no usable title. */
export function readCategoryFile(file: string, text: string, report: ImportReport): CategoryDraft | undefined {
  const notes = new FileNotes(report, file);
  const parsed = parseJsonFile(notes, text, 'the event is skipped');
  if (parsed === undefined) return undefined;
  const json = parsed.value;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    notes.skipped('not-an-object', 1, `the file holds ${kindOf(json)}, not an event object; the event is skipped`);
    return undefined;
  }
  const fields = json as Record<string, unknown>;
  const lines = new JsonLines(text);
  const rawTitle = fields.title;
  if (typeof rawTitle !== 'string') {
    notes.skipped('no-title', lines.lineOfKey('title'), `the event's title is ${rawTitle === undefined ? 'missing' : kindOf(rawTitle)}; the event is skipped`);
    return undefined;
  }
  const cleaned = cleanText(rawTitle);
  if (cleaned.removed.length > 0) notes.repaired('invisible-characters-removed', lines.lineOfKey('title'), `title: removed ${cleaned.removed.join(', ')}`);
  if (cleaned.text === '') {
    notes.skipped('no-title', lines.lineOfKey('title'), "the event's title is empty; the event is skipped");
    return undefined;
  }
  const cut = cutText(cleaned.text, MAX_EVENT_NAME);
  if (cut.cut) notes.repaired('title-too-long', lines.lineOfKey('title'), `the title has ${cleaned.text.length} characters; cut to ${cut.text.length}`);
  const draft: CategoryDraft = { file, title: cut.text };

  if (typeof fields.url === 'string' && fields.url.trim() !== '') {
    const link = webLink(fields.url);
    if (link.ok) draft.url = link.url;
    else notes.skipped('event-url-unusable', lines.lineOfKey('url'), `url: ${link.problem}; left out`);
  }
  for (const [key, field] of [
    ['start_date', 'startDate'],
    ['end_date', 'endDate'],
  ] as const) {
    const value = fields[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const date = dateOfRecorded(value);
    if (date === undefined) notes.repaired('event-date-not-a-date', lines.lineOfKey(key), `${key} "${value}" is not a calendar date; left out`);
    else draft[field] = date;
  }
  return draft;
}
