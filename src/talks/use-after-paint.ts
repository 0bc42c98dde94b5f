import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../scheduling/after-next-paint';

/**
 * `value`, but only once the browser has painted the frame that the latest change produced: for
 * work that may lag a frame behind (the catalog's whole answer, after its preview).
 * React's useDeferredValue starts its background render straight after the urgent one, often
 * before the browser paints, so the reader waited for both; this waits for the paint, then renders
 * in a transition that a further keystroke interrupts. Equal to `value` on the first render, so
 * prerendered markup hydrates as it is.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    return afterNextPaint(() => startTransition(() => setPainted(value)));
  }, [value, painted]);
  return painted;
}
