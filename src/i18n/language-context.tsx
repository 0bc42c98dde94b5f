// The page's language comes from its URL (language-path.ts), so it is known before the first
// render, on the server and in the browser alike: the prerendered page and the hydrating render
// agree, and no text is painted in one language and then replaced by the other.
import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from './messages';

const LanguageContext = createContext<Language>('en');

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext value={language}>{children}</LanguageContext>;
}

export const usePageLanguage = (): Language => useContext(LanguageContext);
