// Synthetic events: conference series held in many cities over several years, as in the CNCF
// archive. Some state their days and some only their year (a source list often gives only the
// year), and some were held online, without a city.
import type { CatalogEvent } from '../../src/catalog/catalog-schema';
import type { Random } from './random';
import { slugify } from './text';

export interface City {
  readonly en: string;
  /** Absent for a few, as in imported data where nobody translated the name. */
  readonly zh?: string;
  /** Talks at events in mainland China and Hong Kong are often given in Chinese. */
  readonly china?: boolean;
}

interface Series {
  readonly id: string;
  readonly en: string;
  readonly zh?: string;
  readonly cities: readonly City[];
  readonly weight: number;
  /** Held once a year, as the big conferences are; otherwise in several cities a year. */
  readonly annual: boolean;
}

const city = (en: string, zh?: string, china = false): City => ({ en, ...(zh === undefined ? {} : { zh }), ...(china ? { china } : {}) });

const SERIES: readonly Series[] = [
  {
    id: 'kubecon-europe',
    en: 'KubeCon + CloudNativeCon Europe',
    zh: 'KubeCon + CloudNativeCon 欧洲',
    cities: [city('Berlin', '柏林'), city('Copenhagen', '哥本哈根'), city('Barcelona', '巴塞罗那'), city('Amsterdam', '阿姆斯特丹'), city('Valencia', '瓦伦西亚'), city('Paris', '巴黎'), city('London', '伦敦')],
    weight: 4,
    annual: true,
  },
  {
    id: 'kubecon-north-america',
    en: 'KubeCon + CloudNativeCon North America',
    zh: 'KubeCon + CloudNativeCon 北美',
    cities: [city('Austin', '奥斯汀'), city('Seattle', '西雅图'), city('San Diego', '圣地亚哥'), city('Detroit', '底特律'), city('Chicago', '芝加哥'), city('Salt Lake City', '盐湖城'), city('Atlanta')],
    weight: 4,
    annual: true,
  },
  {
    id: 'kubecon-china',
    en: 'KubeCon + CloudNativeCon China',
    zh: 'KubeCon + CloudNativeCon 中国',
    cities: [city('Shanghai', '上海', true), city('Hong Kong', '香港', true), city('Beijing', '北京', true)],
    weight: 3,
    annual: true,
  },
  { id: 'kubecon-japan', en: 'KubeCon + CloudNativeCon Japan', zh: 'KubeCon + CloudNativeCon 日本', cities: [city('Tokyo', '东京'), city('Osaka', '大阪')], weight: 1, annual: true },
  { id: 'kubecon-india', en: 'KubeCon + CloudNativeCon India', zh: 'KubeCon + CloudNativeCon 印度', cities: [city('Mumbai', '孟买'), city('Hyderabad', '海得拉巴'), city('Delhi')], weight: 1, annual: true },
  { id: 'open-source-summit-china', en: 'Open Source Summit China', zh: '开源峰会中国', cities: [city('Beijing', '北京', true), city('Shanghai', '上海', true)], weight: 1, annual: true },
  // Smaller events whose names nobody translated.
  { id: 'promcon', en: 'PromCon', cities: [city('Munich', '慕尼黑'), city('Berlin', '柏林')], weight: 1, annual: true },
  { id: 'cloud-native-day', en: 'Cloud Native Community Day', cities: [city('Singapore', '新加坡'), city('Tel Aviv'), city('Nairobi'), city('São Paulo', '圣保罗'), city('Toronto', '多伦多'), city('Sydney', '悉尼')], weight: 2, annual: false },
];

export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
/** Years in which most events were held online. */
const ONLINE_YEARS = new Set([2020, 2021]);
const P_VIRTUAL_ONLINE_YEAR = 0.6;
// Before and after those years, hardly any.
const P_VIRTUAL = 0.01;
const P_DATED = 0.65;
const DAY_MS = 86_400_000;
/** Draws of a series and year before settling for a second edition of one already drawn. */
const TRIES = 20;

export interface SyntheticEvent {
  readonly event: CatalogEvent;
  /** Every day of the event, as YYYY-MM-DD; empty when only the year is known. */
  readonly days: readonly string[];
  readonly city: City | undefined;
  /** The source file its talks are "imported" from, as in the CNCF lists (2019Shanghai.md). */
  readonly sourceFile: string;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A start day and 1–4 days after it, all within the year. */
function eventDays(random: Random, year: number): string[] {
  const length = random.between(1, 4);
  // Day 0 to day 360 of the year: the last day still falls in the same year.
  const start = Date.UTC(year, 0, 1) + random.between(0, 360) * DAY_MS;
  return Array.from({ length }, (_, i) => isoDay(start + i * DAY_MS));
}

/** Draws events one at a time, each with an id and a name that no earlier event has. */
export class EventMaker {
  readonly #random: Random;
  readonly #source: string;
  readonly #ids = new Set<string>();
  readonly #names = new Set<string>();
  /** Series and year (and city, for a series held in several cities a year) already drawn. */
  readonly #keys = new Set<string>();

  constructor(random: Random, source: string) {
    this.#random = random;
    this.#source = source;
  }

  next(): SyntheticEvent {
    const random = this.#random;
    const { series, year, place, virtual, base } = this.#draw();
    const days = random.chance(P_DATED) ? eventDays(random, year) : [];
    // Once every series has had its years (a catalog of tens of thousands of talks), a series
    // holds a second edition in a year: a counter keeps both the id and the shown name unique, so
    // the event filter never lists one name twice.
    // A series held in several cities a year says which one in its name.
    const inCity = series.annual || place === undefined ? '' : ` ${place.en}`;
    const inCityZh = series.annual || place === undefined ? '' : ` ${place.zh ?? place.en}`;
    const nameOf = (edition: string) => ({
      en: `${series.en}${inCity} ${year}${virtual ? ' Virtual' : ''}${edition}`,
      zh: series.zh === undefined ? undefined : `${series.zh}${inCityZh} ${year}${virtual ? ' 线上' : ''}${edition}`,
    });
    let n = 1;
    while (this.#ids.has(n === 1 ? base : `${base}-${n}`) || this.#names.has(nameOf(n === 1 ? '' : ` #${n}`).en)) n += 1;
    const id = n === 1 ? base : `${base}-${n}`;
    const { en, zh } = nameOf(n === 1 ? '' : ` #${n}`);
    this.#ids.add(id);
    this.#names.add(en);
    this.#keys.add(this.#key(series, year, place));

    const [startDate, endDate] = [days[0], days.at(-1)];
    const event: CatalogEvent = {
      id,
      name: zh === undefined ? { en } : { en, zh },
      year,
      ...(place === undefined ? {} : { city: place.zh === undefined ? { en: place.en } : { en: place.en, zh: place.zh } }),
      ...(startDate === undefined || endDate === undefined ? {} : { startDate, endDate }),
      source: this.#source,
    };
    const where = place?.en ?? 'Virtual';
    return { event, days, city: place, sourceFile: `${year}${where.normalize('NFKD').replace(/[^A-Za-z]/g, '')}.md` };
  }

  #key(series: Series, year: number, place: City | undefined): string {
    return series.annual ? `${series.id} ${year}` : `${series.id} ${year} ${place?.en ?? ''}`;
  }

  /** A series, year and place not drawn before, if a few tries find one. */
  #draw() {
    const random = this.#random;
    for (let attempt = 1; ; attempt += 1) {
      const series = random.weighted(SERIES.map((s) => [s, s.weight] as const));
      const year = random.between(FIRST_YEAR, LAST_YEAR);
      const virtual = random.chance(ONLINE_YEARS.has(year) ? P_VIRTUAL_ONLINE_YEAR : P_VIRTUAL);
      const place = virtual ? undefined : random.pick(series.cities);
      if (attempt < TRIES && this.#keys.has(this.#key(series, year, place))) continue;
      // The city is in the id even of an annual series: two editions of a year differ by it.
      const base = slugify(`${series.id} ${year} ${place?.en ?? 'virtual'}`);
      return { series, year, place, virtual, base };
    }
  }
}

/** Oldest first, as the archive's lists are: by year, then by first day where known. */
export function byDate(a: CatalogEvent, b: CatalogEvent): number {
  return a.year - b.year || (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.id.localeCompare(b.id);
}
