// Numbers and dates through Intl, so "1,000" / "1,000" and "29 March 2017" / "2017年3月29日"
// follow the reader's language. Formatters are cached: constructing Intl objects is not free.
import { LOCALE, type Language } from './messages';

const numberFormats = new Map<Language, Intl.NumberFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

export function formatCount(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language]);
    numberFormats.set(language, format);
  }
  return format.format(value);
}

function dateFormat(language: Language): Intl.DateTimeFormat {
  let format = dateFormats.get(language);
  if (!format) {
    // UTC: the dates are calendar days, not instants, and must not shift with the reader's zone.
    format = new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format;
}

const asDate = (isoDay: string): Date => new Date(`${isoDay}T00:00:00Z`);

export function formatDay(isoDay: string, language: Language): string {
  return dateFormat(language).format(asDate(isoDay));
}

const dayRanges = new Map<string, string>();

/** Cached too: the catalog's heading shows the event's dates on every render, and formatRange is slow. */
export function formatDayRange(start: string, end: string, language: Language): string {
  const key = `${start}/${end}/${language}`;
  let text = dayRanges.get(key);
  if (text === undefined) {
    text = dateFormat(language).formatRange(asDate(start), asDate(end));
    dayRanges.set(key, text);
  }
  return text;
}
