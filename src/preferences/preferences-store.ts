// What the reader chose, kept across visits. Only choices live here; anything derivable
// (e.g. the language's locale tag) is computed where it is used.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { LANGUAGES, type Language } from '../i18n/messages';

type PreferencesState = {
  language: Language;
  setLanguage: (language: Language) => void;
};

/** The first visit follows the browser: any Chinese variant gets Chinese, everything else English. */
export function languageFromNavigator(languages: readonly string[] | undefined): Language {
  const first = languages?.find((tag) => /^(zh|en)\b/i.test(tag)) ?? '';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const browserLanguage = (): Language =>
  typeof navigator === 'undefined' ? 'en' : languageFromNavigator(navigator.languages);

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      language: browserLanguage(),
      setLanguage: (language) => set({ language }),
    }),
    {
      name: 'talk-catalog:preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language }) => ({ language }),
      // Stored state comes from outside: keep only values we recognise.
      merge: (persisted, current) => {
        const language = (persisted as { language?: unknown } | undefined)?.language;
        return LANGUAGES.includes(language as Language) ? { ...current, language: language as Language } : current;
      },
    },
  ),
);
