import { useEffect, useId } from 'react';
import { useT } from '../i18n/use-i18n';
import { THEMES, usePreferencesStore, type Theme } from './preferences-store';
import { useHydrated } from '../components/use-hydrated';

/** Applies the chosen theme to <html data-theme>; "system" removes it so the media query decides. */
export function useApplyTheme() {
  const theme = usePreferencesStore((state) => state.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

export function ThemeSwitch() {
  const t = useT();
  const hydrated = useHydrated();
  const id = useId();
  const theme = usePreferencesStore((state) => state.theme);
  const setTheme = usePreferencesStore((state) => state.setTheme);
  return (
    <span className="theme-switch">
      <label htmlFor={id}>{t.themeLabel}</label>
      <select id={id} value={theme} onChange={(event) => setTheme(event.target.value as Theme)} disabled={!hydrated}>
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t.themes[value]}
          </option>
        ))}
      </select>
    </span>
  );
}
