// What the reader chose, kept across visits. Defaults are fixed values (not read from the
// browser) so the prerendered HTML and the first client render agree; zustand serves these
// defaults as the server snapshot while hydrating, then re-renders with the stored choices.
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { LANGUAGES, type Language } from '../i18n/messages';
import { safeJsonStorage } from '../storage/safe-storage';
import { browserTimeZone, defaultVideoSource } from '../video/default-video-source';

export const VIDEO_SOURCES = ['youtube', 'tencent'] as const;
export type VideoSource = (typeof VIDEO_SOURCES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

type Preferences = {
  /** null until the reader picks one: the browser's language is followed. */
  language: Language | null;
  /** null until the reader picks one: Chinese UI or a mainland China time zone → Tencent Video. */
  videoSource: VideoSource | null;
  theme: Theme;
};

type PreferencesState = Preferences & {
  setLanguage: (language: Language) => void;
  setVideoSource: (source: VideoSource) => void;
  setTheme: (theme: Theme) => void;
};

export const PREFERENCES_KEY = 'talk-catalog:preferences';
const PREFERENCES_VERSION = 1;

/** The language pages are prerendered in: the official titles are English. */
export const PRERENDER_LANGUAGE: Language = 'en';

/** Any Chinese variant gets Chinese, everything else English. */
export function languageFromNavigator(languages: readonly string[] | undefined): Language {
  const first = languages?.find((tag) => /^(zh|en)\b/i.test(tag)) ?? '';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    values.includes(value as T);

/** Stored preferences come from outside: keep each value we recognise, drop the rest. */
export function sanitizePreferences(stored: unknown): Partial<Preferences> {
  if (typeof stored !== 'object' || stored === null) return {};
  const { language, videoSource, theme } = stored as Record<string, unknown>;
  return {
    ...(oneOf(LANGUAGES)(language) && { language }),
    ...(oneOf(VIDEO_SOURCES)(videoSource) && { videoSource }),
    ...(oneOf(THEMES)(theme) && { theme }),
  };
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      language: null,
      videoSource: null,
      theme: 'system',
      setLanguage: (language) => set({ language }),
      setVideoSource: (videoSource) => set({ videoSource }),
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: PREFERENCES_KEY,
      version: PREFERENCES_VERSION,
      storage: safeJsonStorage<Preferences>(PREFERENCES_VERSION),
      partialize: ({ language, videoSource, theme }) => ({ language, videoSource, theme }),
      migrate: (stored) => sanitizePreferences(stored) as Preferences,
      merge: (stored, current) => ({ ...current, ...sanitizePreferences(stored) }),
    },
  ),
);

// Read once: the browser's languages and time zone do not change while the page is open.
let fromNavigator: Language | undefined;
const browserLanguage = (): Language => (fromNavigator ??= languageFromNavigator(navigator.languages));
let fromIntl: { timeZone: string | undefined } | undefined;
const timeZone = (): string | undefined => (fromIntl ??= { timeZone: browserTimeZone() }).timeZone;
const resolvedLanguage = (): Language => usePreferencesStore.getState().language ?? browserLanguage();
const subscribe = (listener: () => void) => usePreferencesStore.subscribe(listener);

// Each of these is one subscription, not one per value it combines: a talk card asks for them
// several times, and forty cards are set up and torn down on a keystroke that changes the list.
// While hydrating, each returns what the page was prerendered with, so the HTML and the first
// client render agree however late a part of the page hydrates; the reader's values follow.

/** The reader's language: their choice, else the browser's. */
export function useResolvedLanguage(): Language {
  return useSyncExternalStore(subscribe, resolvedLanguage, () => PRERENDER_LANGUAGE);
}

/**
 * The video host to open first: the reader's choice, else Tencent for a Chinese UI or a mainland
 * China time zone (YouTube is blocked there), else YouTube. Prerendering knows neither the reader's
 * language nor zone, so the server snapshot is the fixed default (YouTube) and the client follows.
 */
export function useVideoSource(): VideoSource {
  return useSyncExternalStore(
    subscribe,
    () => usePreferencesStore.getState().videoSource ?? defaultVideoSource({ language: resolvedLanguage(), timeZone: timeZone() }),
    () => defaultVideoSource({ language: PRERENDER_LANGUAGE, timeZone: undefined }),
  );
}
