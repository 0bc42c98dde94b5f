import { usePageLanguage } from './language-context';
import { LOCALE, messages, type Bilingual, type Language, type Messages } from './messages';

/** The page's language, from its URL (language-path.ts). */
export const useLanguage = (): Language => usePageLanguage();

export function useT(): Messages {
  return messages[useLanguage()];
}

/** A feature's own words (e.g. talkPageMessages), in the reader's language. */
export function useMessages<M>(bilingual: Bilingual<M>): M {
  return bilingual[useLanguage()];
}

export type Texts = { en?: string | undefined; zh?: string | undefined };

/**
 * Picks the reader's language from a text given in English, Chinese or both, falling back to the
 * other language (the schema guarantees one of them), with the `lang` to mark it.
 */
export function pickText(text: Texts, language: Language): { text: string; lang: string } {
  const other: Language = language === 'zh' ? 'en' : 'zh';
  const chosen = text[language] !== undefined ? language : other;
  return { text: text[chosen] ?? '', lang: LOCALE[chosen] };
}
