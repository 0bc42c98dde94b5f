import { useEffect } from 'react';
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { whenIdle } from '../scheduling/when-idle';
import { prepareHaystacks } from './search-text';

/** Long enough to get work done, short enough that a keystroke in the meantime waits little. */
const SLICE_MS = 8;

/**
 * Prepares the search text of every talk while the browser is idle, a few milliseconds at a
 * time, so that the first keystroke finds it ready instead of folding the whole list's text.
 */
export function useSearchWarmUp(catalog: Catalog, talks: readonly Talk[]): void {
  useEffect(() => {
    let next = 0;
    let cancel: () => void;
    const step = () => {
      const stopAt = performance.now() + SLICE_MS;
      next = prepareHaystacks(catalog, talks, next, () => performance.now() < stopAt);
      if (next < talks.length) cancel = whenIdle(step, { fallbackMs: 50 });
    };
    cancel = whenIdle(step, { fallbackMs: 50 });
    return () => cancel();
  }, [catalog, talks]);
}
