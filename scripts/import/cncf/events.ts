// One event per mirror list. Ids come from the file name ("2019SanDiego.md" →
// "kubecon-2019-san-diego"); names from the file's "# " heading, as CNCF wrote it; the Chinese
// names and city names are ours.
//
// Dates. Only one file states its own event's dates: 2020VSC.md ("July 30 to August 1, 2020").
// Several files advertise the next event in their preamble, and where the advertised event is
// unambiguously one of these lists, that statement is used for it:
//   - 2016Seattle.md, 2017Austin.md, 2017Berlin.md and 2018Copenhagen.md: "Don't miss
//     KubeCon + CloudNativeCon Shanghai (…/kubecon-cloudnativecon-china-2018/) November 13-15,
//     2018" → 2018Shanghai.md;
//   - 2018Seattle.md, 2018Shanghai.md, 2019Barcelona.md and EnvoyCon2018Seattle.md: "Don't miss
//     KubeCon + CloudNativeCon + Open Source Summit Shanghai (…/kubecon-cloudnativecon-china-2019)
//     June 24-26, 2019" → 2019Shanghai.md;
//   - 2019Shanghai.md: "KubeCon + CloudNativeCon San Diego (…/kubecon-cloudnativecon-north-
//     america-2019/) Nov 18-21, 2019" → 2019SanDiego.md.
// Not used: 2019SanDiego.md's "Open Source Summit Shanghai July 28-30, 2020" (that event was
// replaced by the virtual summit, whose own list states other dates) and 2019Shanghai.md's
// "Amsterdam Mar 30-Apr 2" (no list for it, and no year in the sentence). Every other event's
// dates are left unknown. Each statement is checked against the files on every run, so a
// changed source cannot keep a date it no longer supports.
import type { CatalogEvent } from '../../../src/catalog/catalog-schema.ts';

export type DateStatement = { file: string; text: string };

type EventFacts = {
  city?: { en: string; zh: string };
  /** The Chinese name; the English one is the file's heading. */
  zhName: string;
  dates?: { start: string; end: string; statedIn: readonly DateStatement[] };
};

const SHANGHAI = { en: 'Shanghai', zh: '上海' };
const SEATTLE = { en: 'Seattle', zh: '西雅图' };

const SHANGHAI_2018_DATES: readonly DateStatement[] = ['2016Seattle.md', '2017Austin.md', '2017Berlin.md', '2018Copenhagen.md'].map((file) => ({
  file,
  text: 'November 13-15, 2018',
}));
const SHANGHAI_2019_DATES: readonly DateStatement[] = ['2018Seattle.md', '2018Shanghai.md', '2019Barcelona.md', 'EnvoyCon2018Seattle.md'].map((file) => ({
  file,
  text: 'June 24-26, 2019',
}));

/** What the files do not say in a form a program can read, by file name. */
const FACTS: Record<string, EventFacts> = {
  '2016Seattle.md': { city: SEATTLE, zhName: 'KubeCon + CloudNativeCon 2016 西雅图' },
  '2017Austin.md': { city: { en: 'Austin', zh: '奥斯汀' }, zhName: 'KubeCon + CloudNativeCon 2017 奥斯汀' },
  '2017Berlin.md': { city: { en: 'Berlin', zh: '柏林' }, zhName: 'KubeCon + CloudNativeCon 2017 柏林' },
  '2018Copenhagen.md': { city: { en: 'Copenhagen', zh: '哥本哈根' }, zhName: 'KubeCon + CloudNativeCon 2018 哥本哈根' },
  '2018Seattle.md': { city: SEATTLE, zhName: 'KubeCon + CloudNativeCon 2018 西雅图' },
  '2018Shanghai.md': {
    city: SHANGHAI,
    zhName: 'KubeCon + CloudNativeCon 2018 上海',
    dates: { start: '2018-11-13', end: '2018-11-15', statedIn: SHANGHAI_2018_DATES },
  },
  '2019Barcelona.md': { city: { en: 'Barcelona', zh: '巴塞罗那' }, zhName: 'KubeCon + CloudNativeCon 2019 巴塞罗那' },
  '2019SanDiego.md': {
    city: { en: 'San Diego', zh: '圣迭戈' },
    zhName: 'KubeCon + CloudNativeCon 2019 圣迭戈',
    dates: { start: '2019-11-18', end: '2019-11-21', statedIn: [{ file: '2019Shanghai.md', text: 'Nov 18-21, 2019' }] },
  },
  '2019Shanghai.md': {
    city: SHANGHAI,
    zhName: 'KubeCon + CloudNativeCon 2019 上海',
    dates: { start: '2019-06-24', end: '2019-06-26', statedIn: SHANGHAI_2019_DATES },
  },
  // "VSC": the Cloud Native + Open Source Virtual Summit China, held online.
  '2020VSC.md': {
    zhName: 'Cloud Native + Open Source Virtual Summit China 2020 中国线上峰会',
    dates: { start: '2020-07-30', end: '2020-08-01', statedIn: [{ file: '2020VSC.md', text: 'July 30 to August 1, 2020' }] },
  },
  '2021ChinaVirtual.md': { zhName: 'KubeCon + CloudNativeCon + Open Source Summit 中国 2021 线上' },
  '2023Shanghai.md': { city: SHANGHAI, zhName: 'KubeCon + CloudNativeCon + Open Source Summit 中国 2023 上海' },
  'EnvoyCon2018Seattle.md': { city: SEATTLE, zhName: 'EnvoyCon 2018 西雅图' },
};

const FILE_NAME = /^([A-Za-z]*?)(\d{4})([A-Za-z]+)\.md$/;

/** "2019SanDiego.md" → "kubecon-2019-san-diego"; "EnvoyCon2018Seattle.md" → "envoycon-2018-seattle". */
export function eventIdOf(fileName: string): string | undefined {
  const match = FILE_NAME.exec(fileName);
  if (match === null) return undefined;
  const [, brand = '', year = '', place = ''] = match;
  // "VSC" (Virtual Summit China) names no place; the summit was held online.
  const where = place === 'VSC' ? 'virtual' : place.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
  return `${brand === '' ? 'kubecon' : brand.toLowerCase()}-${year}-${where}`;
}

export function eventYearOf(fileName: string): number | undefined {
  const year = FILE_NAME.exec(fileName)?.[2];
  return year === undefined ? undefined : Number(year);
}

export function knowsEvent(fileName: string): boolean {
  return fileName in FACTS;
}

/** The heading as an English name: stray spaces tidied, the Chinese words of 2020VSC.md left out. */
export function englishEventName(heading: string): string {
  return heading
    .replace(/[\p{Script=Han}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type EventBuild = { event: CatalogEvent; unsupportedDates: DateStatement[] };

/**
 * The event of one file. `fileTexts` are all the source files by name, to check the sentences the
 * dates rest on; a date with a missing sentence is left out and returned for the report.
 */
export function buildEvent(fileName: string, heading: string, fileTexts: ReadonlyMap<string, string>, source: string): EventBuild | undefined {
  const id = eventIdOf(fileName);
  const year = eventYearOf(fileName);
  const facts = FACTS[fileName];
  if (id === undefined || year === undefined || facts === undefined) return undefined;
  const unsupportedDates = (facts.dates?.statedIn ?? []).filter((statement) => fileTexts.get(statement.file)?.includes(statement.text) !== true);
  const dates = facts.dates !== undefined && unsupportedDates.length === 0 ? { startDate: facts.dates.start, endDate: facts.dates.end } : {};
  const event: CatalogEvent = {
    id,
    name: { en: englishEventName(heading), zh: facts.zhName },
    year,
    ...(facts.city === undefined ? {} : { city: { ...facts.city } }),
    ...dates,
    source,
  };
  return { event, unsupportedDates };
}
