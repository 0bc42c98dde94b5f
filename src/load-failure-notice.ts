// What a page says when the app could not start (start-app.tsx): in the page's language, above
// the prerendered content rather than instead of it, since that still reads and its links work.
import { CatalogLoadError } from './catalog/fetch-catalog';
import { messages, type Language } from './i18n/messages';

export function reportLoadFailure(root: HTMLElement, error: unknown, language: Language): void {
  // Kept for whoever opens the console; the reader gets words, and the detail only when it is a file's.
  console.error(error);
  const notice = document.createElement('div');
  notice.className = 'load-failure';
  notice.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = messages[language].catalogLoadFailed;
  notice.append(text);
  if (error instanceof CatalogLoadError) {
    const detail = document.createElement('p');
    detail.className = 'load-failure-detail';
    detail.textContent = error.detail;
    notice.append(detail);
  }
  (root.querySelector('main') ?? root).prepend(notice);
}
