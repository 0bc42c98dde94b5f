// A fixed pool of speakers per seed, so the same person gives several talks at several events
// (as in the real archive), and changes jobs over the years: a talk's affiliation is the one the
// speaker had that year. Accented names exercise accent-insensitive search; only letters that
// NFKD decomposes are used, so "bjorn" finds "Björn" in search and in the speaker id alike.
import type { Speaker } from '../../src/catalog/catalog-schema';
import { speakerIdOf } from '../../src/text/fold-text';
import { FIRST_YEAR, LAST_YEAR } from './events';
import type { Random } from './random';

const FIRST_NAMES = [
  'Anna', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hannah', 'Ivan', 'Julia', 'Kofi',
  'Lena', 'Marco', 'Nadia', 'Oliver', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tara', 'Umar', 'Vera',
  'Yusuf', 'Zara', 'Kenji', 'Yuki', 'Ananya', 'Arjun', 'Fatima', 'Leila', 'Nikolai', 'Olga',
  'Pieter', 'Sanne', 'Emil', 'Frida', 'Gustav', 'Ingrid', 'Lars', 'Mette', 'Nils', 'Paulina',
  'Aoife', 'Mateus', 'Thiago', 'Wei', 'Mei', 'Jun',
  // Accented on purpose: searching "bjorn", "jose" or "zoe" must still find them.
  'Björn', 'José', 'Zoë', 'Renée', 'François', 'Chloé', 'Jürgen', 'Inés', 'Zoltán', 'Ángel',
  'Noémie', 'Håkan', 'Ramón', 'Siobhán', 'Tomás', 'Raúl', 'Agnès', 'Çağla',
] as const;

const LAST_NAMES = [
  'Andersen', 'Baker', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Hoffmann', 'Ivanova', 'Jansen',
  'Kowalski', 'Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Ueda', 'Varga',
  'Weber', 'Yilmaz', 'Zimmermann', 'Nakamura', 'Patel', 'Singh', "O'Brien", 'van der Berg',
  'Moreau', 'Silva', 'Pereira', 'Nguyen', 'Kim', 'Park', 'Haddad', 'Mensah', 'Lindqvist',
  'Johansson', 'Kaya', 'Bianchi', 'Ferreira', 'Hughes', 'Murphy', 'Chen', 'Zhang',
  'García', 'Lefèvre', 'Müller', 'Gómez', 'Núñez', 'Sánchez', 'Öztürk', 'Dvořák', 'Kovačević',
  'Wójcik', 'Björklund', 'Ångström', 'Schäfer', 'Krüger', 'Jiménez', 'Álvarez',
  'Adeyemi', 'Bergström', 'Castillo', 'Dimitrov', 'Engel', 'Fontaine', 'Gallagher', 'Horváth',
  'Ishikawa', 'Jovanović', 'Keller', 'Larsen', 'Mazur', 'Nieminen', 'Ortega', 'Popescu', 'Reyes',
  'Sato', 'Thompson', 'Vogel',
] as const;

const CHINESE_SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡',
  '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹',
] as const;

const CHINESE_GIVEN_NAMES = [
  '小明', '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟',
  '涛', '明', '超', '秀英', '霞', '平', '刚', '建华', '志强', '晓东', '海燕', '子涵', '雨轩',
  '浩然', '思远', '欣怡', '梓萱', '宇航', '一鸣', '嘉怡', '俊杰', '文博', '佳琪', '天宇', '晓峰',
  '丹', '鹏', '婷', '斌', '宁', '雪梅', '国强', '立新', '春燕', '志明', '少华', '文静', '晨曦', '博文',
  '雅琴', '振宇', '慧敏', '家豪', '诗涵', '明轩',
] as const;

const COMPANY_PREFIXES = [
  'Acme', 'Northwind', 'Bluefin', 'Cobalt', 'Driftwood', 'Ember', 'Fjord', 'Granite', 'Harbor',
  'Ironbark', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Orchard', 'Pinecone', 'Quartz',
  'Redwood', 'Summit', 'Tidal', 'Vantage', 'Willow', 'Zephyr',
] as const;

const COMPANY_SUFFIXES = ['Labs', 'Systems', 'Cloud', 'Technologies', 'Networks', 'Analytics', 'Software'] as const;

const CHINESE_COMPANIES = [
  '杭州云栈科技', '深圳数澜网络', '北京星辰云计算', '上海青云数据',
  '成都熊猫智能', '广州极光信息技术', '南京蓝鲸软件', '武汉长江云服务',
] as const;

const INDEPENDENT = ['Independent', 'Freelance consultant'] as const;

export const SPEAKER_POOL_SIZE = 3000;
const CHINESE_SHARE = 0.2;
/** The first tenth of the pool speaks far more often than the rest: the archive's regulars. */
const REGULAR_SHARE = 0.1;
const P_REGULAR = 0.3;
/** Jobs a speaker has over the archive's years: most keep one, some move once or twice. */
const JOB_COUNT_WEIGHTS = [[1, 50], [2, 35], [3, 15]] as const;

export interface PoolSpeaker {
  readonly speaker: Speaker;
  /** Jobs in order; each from its year on. The first one also covers every earlier year. */
  readonly career: readonly { readonly from: number; readonly affiliation: string }[];
}

type Affiliate = (random: Random) => string;

function westernAffiliation(random: Random): string {
  if (random.chance(0.05)) return random.pick(INDEPENDENT);
  return `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_SUFFIXES)}`;
}

const chineseAffiliation: Affiliate = (random) => (random.chance(0.6) ? random.pick(CHINESE_COMPANIES) : westernAffiliation(random));

function career(random: Random, affiliate: Affiliate): PoolSpeaker['career'] {
  const jobs = random.weighted(JOB_COUNT_WEIGHTS);
  // The years of each move, distinct and in order; a move may repeat the employer (a return).
  const moves = random.sample(Array.from({ length: LAST_YEAR - FIRST_YEAR }, (_, i) => FIRST_YEAR + 1 + i), jobs - 1).sort((a, b) => a - b);
  return [FIRST_YEAR, ...moves].map((from) => ({ from, affiliation: affiliate(random) }));
}

function chineseSpeaker(random: Random): PoolSpeaker {
  const name = `${random.pick(CHINESE_SURNAMES)}${random.pick(CHINESE_GIVEN_NAMES)}`;
  return { speaker: { id: speakerIdOf(name), name }, career: career(random, chineseAffiliation) };
}

function westernSpeaker(random: Random): PoolSpeaker {
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  return { speaker: { id: speakerIdOf(name), name }, career: career(random, westernAffiliation) };
}

/**
 * Distinct ids: two people whose names fold to one id would share a speaker page, which the
 * catalog cannot tell apart from one person.
 */
export function speakerPool(random: Random, size = SPEAKER_POOL_SIZE): PoolSpeaker[] {
  const possible =
    FIRST_NAMES.length * LAST_NAMES.length + CHINESE_SURNAMES.length * CHINESE_GIVEN_NAMES.length;
  // Far below the number of combinations, or drawing distinct names would crawl (or never end).
  if (size > possible / 2) throw new Error(`a speaker pool of ${size} needs more names (${possible} combinations)`);
  const byId = new Map<string, PoolSpeaker>();
  while (byId.size < size) {
    const drawn = random.chance(CHINESE_SHARE) ? chineseSpeaker(random) : westernSpeaker(random);
    if (!byId.has(drawn.speaker.id)) byId.set(drawn.speaker.id, drawn);
  }
  return [...byId.values()];
}

/** The speaker's affiliation in a year: the last job that had started by then. */
export function affiliationIn(speaker: PoolSpeaker, year: number): string | undefined {
  return speaker.career.findLast((job) => job.from <= year)?.affiliation ?? speaker.career[0]?.affiliation;
}

/** `count` distinct speakers of the pool, the regulars more often than the rest. */
export function drawSpeakers(random: Random, pool: readonly PoolSpeaker[], count: number): PoolSpeaker[] {
  const regulars = Math.max(1, Math.floor(pool.length * REGULAR_SHARE));
  const chosen = new Set<number>();
  const wanted = Math.min(count, pool.length);
  while (chosen.size < wanted) chosen.add(random.chance(P_REGULAR) ? random.int(regulars) : random.int(pool.length));
  return [...chosen].map((i) => pool[i]).filter((speaker) => speaker !== undefined);
}
