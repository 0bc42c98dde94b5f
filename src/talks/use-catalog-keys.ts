import { useEffectEvent, useLayoutEffect, type RefObject } from 'react';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The talk each list last opened, by the list's address (path and query). Module state, not
 * component state: Back renders the list afresh, and the reader expects j to go on from the talk
 * they opened rather than from the top. Read once: after that the cursor is wherever focus is.
 */
const openedFrom = new Map<string, string>();

const titleLinkSelector = '.talk-title a';

/**
 * Catalog shortcuts: "/" focuses the search, Esc in the search clears it, j/k (and ↓/↑ once a
 * card has focus) move between cards' title links, and Enter opens the focused one natively.
 * A document listener is the right tool: the keys work wherever focus is on the page. `listKey`
 * names the list as shown (path and query), for going on from the talk opened from it.
 * A layout effect: the keys listen from the moment the list is painted, so a key pressed right
 * after Back is never lost between paint and React's passive effects. The list's key and the
 * clearing are read when a key comes, so typing does not re-attach the listeners on each keystroke.
 */
export function useCatalogKeys(search: RefObject<HTMLInputElement | null>, list: RefObject<HTMLElement | null>, clearSearch: () => void, listKey: string) {
  const shownList = useEffectEvent(() => listKey);
  const clear = useEffectEvent(() => clearSearch());
  useLayoutEffect(() => {
    // A click is also what Enter on a focused link fires.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(titleLinkSelector) : null;
      if (link !== null && list.current?.contains(link) === true) openedFrom.set(shownList(), link.pathname);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const input = search.current;
      if (event.key === 'Escape' && input !== null && event.target === input) {
        if (input.value === '') input.blur();
        else clear();
        return;
      }
      // ↓ in the search box goes to the first result, as the hint promises (Enter there only
      // submits: the list is already the answer). Not while an IME is composing: its arrow keys
      // move between the candidates.
      if (event.key === 'ArrowDown' && input !== null && event.target === input && !event.isComposing) {
        const first = list.current?.querySelector<HTMLAnchorElement>(titleLinkSelector);
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
      const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>(titleLinkSelector) ?? [])];
      const focused = links.findIndex((link) => link.closest('article')?.contains(document.activeElement));
      const onCard = focused !== -1;
      const step =
        event.key === 'j' || (onCard && event.key === 'ArrowDown') ? 1 : event.key === 'k' || (onCard && event.key === 'ArrowUp') ? -1 : 0;
      if (step === 0 || links.length === 0) return;
      event.preventDefault();
      const key = shownList();
      const opened = openedFrom.get(key);
      openedFrom.delete(key);
      const current = onCard ? focused : links.findIndex((link) => link.pathname === opened);
      const next = current !== -1 ? Math.min(links.length - 1, Math.max(0, current + step)) : step > 0 ? 0 : links.length - 1;
      links[next]?.focus();
      links[next]?.closest('article')?.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('click', onClick);
    };
  }, [search, list]);
}
