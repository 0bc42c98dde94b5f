import { useEffect, type RefObject } from 'react';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Catalog shortcuts: "/" focuses the search, Esc in the search clears it, j/k (and ↓/↑ once a
 * card has focus) move between cards' title links, and Enter opens the focused one natively.
 * A document listener is the right tool: the keys work wherever focus is on the page.
 */
export function useCatalogKeys(search: RefObject<HTMLInputElement | null>, list: RefObject<HTMLElement | null>, clearSearch: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const input = search.current;
      if (event.key === 'Escape' && input !== null && event.target === input) {
        if (input.value === '') input.blur();
        else clearSearch();
        return;
      }
      // ↓ in the search box goes to the first result, as the hint promises (Enter there only
      // submits: the list is already the answer). Not while an IME is composing: its arrow keys
      // move between the candidates.
      if (event.key === 'ArrowDown' && input !== null && event.target === input && !event.isComposing) {
        const first = list.current?.querySelector<HTMLAnchorElement>('.talk-title a');
        if (first) {
          event.preventDefault();
          first.focus();
          first.closest('article')?.scrollIntoView({ block: 'nearest' });
        }
        return;
      }
      if (isTyping(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        input?.focus();
        return;
      }
      const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('.talk-title a') ?? [])];
      const current = links.findIndex((link) => link.closest('article')?.contains(document.activeElement));
      const onCard = current !== -1;
      const step =
        event.key === 'j' || (onCard && event.key === 'ArrowDown') ? 1 : event.key === 'k' || (onCard && event.key === 'ArrowUp') ? -1 : 0;
      if (step === 0 || links.length === 0) return;
      event.preventDefault();
      const next = onCard ? Math.min(links.length - 1, Math.max(0, current + step)) : step > 0 ? 0 : links.length - 1;
      links[next]?.focus();
      links[next]?.closest('article')?.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [search, list, clearSearch]);
}
