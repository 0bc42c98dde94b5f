import { useResolvedLanguage } from '../preferences/preferences-store';
import { LOCALE, messages, type Bilingual, type Language, type Messages } from './messages';

export const useLanguage = (): Language => useResolvedLanguage();

export function useT(): Messages {
  return messages[useLanguage()];
}

/** A feature's own words (e.g. talkPageMessages), in the reader's language. */
export function useMessages<M>(bilingual: Bilingual<M>): M {
  return bilingual[useLanguage()];
}

/** Picks the reader's language from a bilingual text, falling back to English when untranslated. */
export function pickText(text: { en: string; zh?: string | undefined }, language: Language): { text: string; lang: string } {
  if (language === 'zh' && text.zh !== undefined) return { text: text.zh, lang: LOCALE.zh };
  return { text: text.en, lang: LOCALE.en };
}
