// What the reader chose, kept across visits. Defaults are fixed values (not read from the
// browser) so the prerendered HTML and the first client render agree; zustand serves these
// defaults as the server snapshot while hydrating, then re-renders with the stored choices.
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { LANGUAGES, type Language } from '../i18n/messages';

type PreferencesState = {
  /** null until the reader picks one: the browser's language is followed. */
  language: Language | null;
  setLanguage: (language: Language) => void;
};

/** The language pages are prerendered in: the official titles are English. */
export const PRERENDER_LANGUAGE: Language = 'en';

/** Any Chinese variant gets Chinese, everything else English. */
export function languageFromNavigator(languages: readonly string[] | undefined): Language {
  const first = languages?.find((tag) => /^(zh|en)\b/i.test(tag)) ?? '';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const noSubscription = () => () => undefined;
const browserLanguage = (): Language => languageFromNavigator(navigator.languages);

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      language: null,
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
        return isLanguage(language) ? { ...current, language } : current;
      },
    },
  ),
);

/** The reader's language: their choice, else the browser's (English while hydrating). */
export function useResolvedLanguage(): Language {
  const chosen = usePreferencesStore((state) => state.language);
  const fromBrowser = useSyncExternalStore(noSubscription, browserLanguage, () => PRERENDER_LANGUAGE);
  return chosen ?? fromBrowser;
}
