// Which mirror to open first for a reader who has not chosen one. YouTube is blocked in mainland
// China and Tencent Video loads there, so a reader who is probably there gets Tencent Video.
import type { Language } from '../i18n/messages';
import type { VideoSource } from '../preferences/preferences-store';

/**
 * The IANA time zones of mainland China: Asia/Shanghai (the whole country's clock), Asia/Urumqi
 * (Xinjiang time), and the old names that alias them (Asia/Chongqing, Asia/Chungking, Asia/Harbin,
 * Asia/Kashgar, PRC). Hong Kong, Macau and Taipei (Asia/Hong_Kong, Asia/Macau, Asia/Taipei and
 * their aliases) are deliberately left out: YouTube is not blocked there, so they keep YouTube.
 */
export const MAINLAND_CHINA_TIME_ZONES: ReadonlySet<string> = new Set([
  'Asia/Shanghai',
  'Asia/Chongqing',
  'Asia/Chungking',
  'Asia/Harbin',
  'Asia/Urumqi',
  'Asia/Kashgar',
  'PRC',
]);

export type ReaderPlace = {
  /** The UI language (the reader's choice, else the browser's). */
  language: Language;
  /** The browser's IANA time zone, if it could be read. */
  timeZone: string | undefined;
};

/** Chinese UI → Tencent Video; else a mainland China time zone → Tencent Video; else YouTube. */
export function defaultVideoSource({ language, timeZone }: ReaderPlace): VideoSource {
  if (language === 'zh') return 'tencent';
  if (timeZone !== undefined && MAINLAND_CHINA_TIME_ZONES.has(timeZone)) return 'tencent';
  return 'youtube';
}

/** The browser's time zone, or undefined where Intl cannot tell (it then plays no part). */
export function browserTimeZone(): string | undefined {
  try {
    const zone: unknown = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' && zone !== '' ? zone : undefined;
  } catch {
    return undefined;
  }
}
