// From the page's data to a running app, with one way out for whatever fails on the way: a
// request, data that does not parse, building the app, or its first render throwing. Each ends in
// `fail` (main.tsx: the bilingual notice above the prerendered page), never in an unhandled
// rejection and never in a blank page.
import { useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';

export type StartAppOptions<T> = {
  root: HTMLElement;
  /** What the app needs before it can render, e.g. the catalog store's options. */
  load: () => Promise<T>;
  /** The app, for what `load` gave. */
  app: (loaded: T) => ReactNode;
  /** Whether `root` holds this very page, prerendered (hydrate it), or anything else (render afresh). */
  hydrate: boolean;
  fail: (error: unknown) => void;
};

/** Calls `onStarted` once the app's first render is on screen. */
function Started({ onStarted, children }: { onStarted: () => void; children: ReactNode }) {
  useEffect(onStarted, [onStarted]);
  return children;
}

export async function startApp<T>({ root, load, app, hydrate, fail }: StartAppOptions<T>): Promise<void> {
  try {
    const tree = app(await load());
    // A render that throws with no error boundary to catch it makes React empty the root
    // (react.dev/reference/react-dom/client/hydrateRoot, onUncaughtError): a copy of the
    // prerendered page puts it back, so it still reads and its links still work. One clone of
    // the page's DOM, taken once; it is dropped as soon as the app is on screen.
    let prerendered: Node | undefined = root.cloneNode(true);
    const onStarted = () => {
      prerendered = undefined;
    };
    const onUncaughtError: RootOptions['onUncaughtError'] = (error) => {
      if (prerendered === undefined) {
        // The app had started: a later failure is not the start's. React's own default.
        reportError(error);
        return;
      }
      root.replaceChildren(...prerendered.childNodes);
      prerendered = undefined;
      fail(error);
    };
    const started = <Started onStarted={onStarted}>{tree}</Started>;
    if (hydrate) {
      hydrateRoot(root, started, { onUncaughtError });
      return;
    }
    // React adds its own <title> in front of the page's, so drop the stale one.
    if (root.hasChildNodes()) document.head.querySelector('title')?.remove();
    createRoot(root, { onUncaughtError }).render(started);
  } catch (error) {
    fail(error);
  }
}
