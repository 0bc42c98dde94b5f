// Which language a talk is in, and which of the catalog's two text slots a title belongs in.
//
// pyvideo's `language` is meant to be an ISO 639-3 code ("eng", "jpn", "zho") but the archive also
// has names ("English") and region forms ("pt_BR"). The catalog wants BCP 47, which prefers the
// two-letter code where there is one; Intl's canonicalisation knows that mapping ("jpn" → "ja").
//
// The catalog's title has an "en" and a "zh" slot: the text shown to English readers and to
// Chinese readers. A Chinese title goes in "zh"; every other title (English, Japanese, Spanish…)
// goes in "en", with the talk's `language` telling the interface which language it really is.

export type LanguageResult = { tag: string } | { problem: string } | { absent: true };

// Names seen in the archive instead of codes. Intl cannot read names, so the common ones are listed.
const NAMES: Record<string, string> = {
  english: 'en',
  japanese: 'ja',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'yue',
  spanish: 'es',
  español: 'es',
  castellano: 'es',
  portuguese: 'pt',
  português: 'pt',
  'brazilian portuguese': 'pt-BR',
  french: 'fr',
  français: 'fr',
  german: 'de',
  deutsch: 'de',
  italian: 'it',
  italiano: 'it',
  russian: 'ru',
  polish: 'pl',
  polski: 'pl',
  korean: 'ko',
  dutch: 'nl',
  czech: 'cs',
  catalan: 'ca',
  català: 'ca',
  basque: 'eu',
  euskara: 'eu',
  galician: 'gl',
  greek: 'el',
  turkish: 'tr',
  ukrainian: 'uk',
  hebrew: 'he',
  arabic: 'ar',
  persian: 'fa',
  hindi: 'hi',
  indonesian: 'id',
  malay: 'ms',
  vietnamese: 'vi',
  thai: 'th',
  swedish: 'sv',
  norwegian: 'no',
  danish: 'da',
  finnish: 'fi',
  hungarian: 'hu',
  romanian: 'ro',
  bulgarian: 'bg',
  serbian: 'sr',
  croatian: 'hr',
  slovak: 'sk',
  slovenian: 'sl',
  lithuanian: 'lt',
  latvian: 'lv',
  estonian: 'et',
  tagalog: 'fil',
  filipino: 'fil',
  bengali: 'bn',
  tamil: 'ta',
};

// Codes that name no language a reader could use: undetermined, several, none, uncoded.
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);
// Chinese languages whose titles are written in Han characters.
const CHINESE = new Set(['zh', 'yue', 'wuu', 'hak', 'nan', 'gan', 'hsn', 'cdo', 'cjy', 'cpx', 'czh', 'czo', 'lzh']);
const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/; // the schema's pattern for `language`

const displayNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

// The archive uses a few dozen distinct values; Intl's lookups are worth doing once each.
const known = new Map<string, LanguageResult>();

/** pyvideo's `language` value → a BCP 47 tag, nothing (absent), or a problem to report. */
export function normaliseLanguage(value: unknown): LanguageResult {
  if (value === undefined || value === null) return { absent: true };
  if (typeof value !== 'string') return { problem: `language is not a text but ${typeof value}` };
  let result = known.get(value);
  if (result === undefined) {
    result = readLanguage(value);
    known.set(value, result);
  }
  return result;
}

function readLanguage(value: string): LanguageResult {
  const trimmed = value.trim();
  if (trimmed === '') return { absent: true };
  const named = NAMES[trimmed.toLowerCase()];
  const candidate = named ?? trimmed.replace(/_/g, '-');
  let tag: string;
  try {
    const [canonical] = Intl.getCanonicalLocales(candidate);
    if (canonical === undefined) return { problem: `language "${trimmed}" is not a language code` };
    tag = canonical;
  } catch {
    return { problem: `language "${trimmed}" is not a language code or a known language name` };
  }
  const primary = tag.split('-')[0] ?? '';
  // "Englisch" is a well-formed tag to Intl (5–8 letters), but not a language anyone codes that way.
  if (!/^[a-z]{2,3}$/.test(primary) || !TAG.test(tag)) return { problem: `language "${trimmed}" is not a language code or a known language name` };
  if (NOT_A_LANGUAGE.has(primary)) return { problem: `language "${trimmed}" names no particular language` };
  if (displayNames.of(primary) === undefined) return { problem: `language "${trimmed}" is not a known language code` };
  return { tag };
}

export function isChineseLanguage(tag: string | undefined): boolean {
  return tag !== undefined && CHINESE.has(tag.split('-')[0] ?? '');
}

const HAN = /\p{Script=Han}/gu;
const KANA_OR_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/**
 * Whether a text reads as Chinese: Han characters and no kana or Hangul (which would make it
 * Japanese or Korean), with at least as many Han characters as Latin-script words, so that
 * "用 Python 实现 NLP" is Chinese and "Python 3.8 の新機能" or "Intro to 机器学习 with Python and NumPy" is not.
 */
export function readsAsChinese(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0 || KANA_OR_HANGUL.test(text)) return false;
  return han >= (text.match(LATIN_WORD)?.length ?? 0);
}

export type Slot = 'en' | 'zh';

/**
 * The slot for a text of a talk in the given spoken language. A stated Chinese language puts a
 * text with Han characters in "zh" (but an all-Latin title of a Chinese talk is English text);
 * a stated Japanese or Korean language keeps kanji-only titles out of "zh"; otherwise the
 * script decides.
 */
export function slotFor(text: string, language: string | undefined): Slot {
  if (isChineseLanguage(language)) return (text.match(HAN)?.length ?? 0) > 0 && !KANA_OR_HANGUL.test(text) ? 'zh' : 'en';
  const primary = language?.split('-')[0];
  if (primary === 'ja' || primary === 'ko') return 'en';
  return readsAsChinese(text) ? 'zh' : 'en';
}
