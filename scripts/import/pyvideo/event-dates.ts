// An event's year and days. The schema defines `year` as the year in the event's name, so a
// year written in the title (or the folder name) wins; only an event named without one
// ("PyData London Meetup") takes the year most of its talks were recorded in.
//
// pyvideo states no event dates, only when each talk was recorded (its `recorded` field), unless
// category.json has start_date/end_date. The first and last recording day are the days the event
// took place as far as the archive tells, so they are used as startDate/endDate, but only for
// events that look like a conference (all recordings within MAX_EVENT_DAYS): a meetup folder
// spanning months has no "dates", and a span of months would be a lie about it.
import { IsoDateSchema } from '../../../src/catalog/catalog-schema.ts';
import * as v from 'valibot';

export const MAX_EVENT_DAYS = 14;
const YEAR_IN_TEXT = /(?<!\d)(199\d|20\d\d|2100)(?!\d)/;

export function yearInText(text: string): number | undefined {
  const match = YEAR_IN_TEXT.exec(text)?.[1];
  return match === undefined ? undefined : Number(match);
}

/** "2019-07-10T09:30:00+02:00" → "2019-07-10", if it is a real calendar date. */
export function dateOfRecorded(value: string): string | undefined {
  const date = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim())?.[1];
  return date !== undefined && v.is(IsoDateSchema, date) ? date : undefined;
}

/** The year most talks were recorded in; on a tie the earliest, so the answer never depends on order. */
export function mostCommonYear(dates: readonly string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && year < best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

export type EventYear = { year: number; from: 'title' | 'folder' | 'recordings' } | undefined;

export function eventYear(title: string, folder: string, recorded: readonly string[]): EventYear {
  const fromTitle = yearInText(title);
  if (fromTitle !== undefined) return { year: fromTitle, from: 'title' };
  const fromFolder = yearInText(folder);
  if (fromFolder !== undefined) return { year: fromFolder, from: 'folder' };
  const fromRecordings = mostCommonYear(recorded);
  return fromRecordings === undefined || fromRecordings < 1990 || fromRecordings > 2100 ? undefined : { year: fromRecordings, from: 'recordings' };
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export type EventDays =
  | { kind: 'stated'; startDate: string; endDate: string }
  | { kind: 'recorded'; startDate: string; endDate: string }
  | { kind: 'none'; reason?: string };

/**
 * The event's days: as category.json states them (if they are real, ordered and in the year),
 * else the span of its recordings in the event's year, if that span is a conference's.
 */
export function eventDays(year: number, stated: { start?: string; end?: string }, recordedInYear: readonly string[]): EventDays {
  const { start, end } = stated;
  if (start !== undefined && end !== undefined && start <= end && Number(start.slice(0, 4)) === year) {
    return { kind: 'stated', startDate: start, endDate: end };
  }
  if (recordedInYear.length === 0) return { kind: 'none' };
  let first = recordedInYear[0] ?? '';
  let last = first;
  for (const date of recordedInYear) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  const span = daysBetween(first, last) + 1;
  if (span > MAX_EVENT_DAYS) return { kind: 'none', reason: `its recordings span ${span} days (${first} to ${last}), more than a conference's ${MAX_EVENT_DAYS}` };
  return { kind: 'recorded', startDate: first, endDate: last };
}
