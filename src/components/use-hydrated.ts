// Whether the app has taken the page over. A prerendered page shows its controls before the
// JavaScript that makes them work has run (and without JavaScript it never runs): until then they
// are rendered disabled, so nothing looks live that ignores a tap. The server's snapshot is false,
// so the HTML and the hydrating render agree; React then re-renders with true.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
