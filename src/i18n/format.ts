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

/**
 * Chinese ranges in the days' own format, "2017年3月29日至30日": Intl's Chinese formatRange
 * switches to "2017/3/29 – 2017/3/30" (ICU 78, Node and Chromium alike), a second date format
 * beside formatDay's. What the end repeats of the start (year, month) is left out.
 */
function chineseDayRange(start: string, end: string): string {
  if (start === end) return formatDay(start, 'zh');
  const [startYear, startMonth] = start.split('-').map(Number);
  const [endYear, endMonth, endDay] = end.split('-').map(Number);
  let endText = `${endDay}日`;
  if (endMonth !== startMonth || endYear !== startYear) endText = `${endMonth}月${endText}`;
  if (endYear !== startYear) endText = `${endYear}年${endText}`;
  return `${formatDay(start, 'zh')}至${endText}`;
}

/** Cached too: the catalog's heading shows the event's dates on every render, and formatRange is slow. */
export function formatDayRange(start: string, end: string, language: Language): string {
  const key = `${start}/${end}/${language}`;
  let text = dayRanges.get(key);
  if (text === undefined) {
    text = language === 'zh' ? chineseDayRange(start, end) : dateFormat(language).formatRange(asDate(start), asDate(end));
    dayRanges.set(key, text);
  }
  return text;
}
