import type { Talk } from '../catalog/catalog-schema';
import { LOCALE, type Language } from '../i18n/messages';
import { pickText } from '../i18n/use-i18n';

/**
 * The talk's title for a reader of `language`, with the `lang` to mark it. The "en" slot holds the
 * title as the conference gave it, which for a talk given in Japanese is Japanese: the talk's own
 * language, where the data states it, names it better than "English".
 */
export function talkTitle(talk: Talk, language: Language): { text: string; lang: string } {
  const title = pickText(talk.title, language);
  const spoken = talk.language;
  if (title.lang === LOCALE.en && spoken !== undefined && !spoken.startsWith('en') && !spoken.startsWith('zh')) {
    return { text: title.text, lang: spoken };
  }
  return title;
}
