// What the reader chose, kept across visits. Defaults are fixed values (not read from the
// browser) so the prerendered HTML and the first client render agree; zustand serves these
// defaults as the server snapshot while hydrating, then re-renders with the stored choices.
// The language shown is the page's (its URL's); the stored language is the reader's choice for
// the pages they enter without one in the URL (language-entry-script.ts).
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { usePageLanguage } from '../i18n/language-context';
import { LANGUAGES, type Language } from '../i18n/messages';
import { safeJsonStorage } from '../storage/safe-storage';
import { browserTimeZone, defaultVideoSource } from '../video/default-video-source';

export const VIDEO_SOURCES = ['youtube', 'tencent'] as const;
export type VideoSource = (typeof VIDEO_SOURCES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

type Preferences = {
  /** null until the reader picks one: a page entered without a language follows the browser's. */
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

// Read once: the time zone does not change while the page is open.
let fromIntl: { timeZone: string | undefined } | undefined;
const timeZone = (): string | undefined => (fromIntl ??= { timeZone: browserTimeZone() }).timeZone;
const subscribe = (listener: () => void) => usePreferencesStore.subscribe(listener);

/**
 * The video host to open first: the reader's choice, else Tencent for a Chinese page or a mainland
 * China time zone (YouTube is blocked there), else YouTube. Prerendering knows the page's language
 * but not the reader's zone, so the server snapshot follows the language alone and the client
 * adds the zone. One subscription: a talk card asks for it, forty cards on a list.
 */
export function useVideoSource(): VideoSource {
  const language = usePageLanguage();
  return useSyncExternalStore(
    subscribe,
    () => usePreferencesStore.getState().videoSource ?? defaultVideoSource({ language, timeZone: timeZone() }),
    () => defaultVideoSource({ language, timeZone: undefined }),
  );
}
