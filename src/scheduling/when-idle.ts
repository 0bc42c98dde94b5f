/**
 * Runs `run` when the browser is idle and returns a function that cancels it. Safari has no
 * requestIdleCallback: there a timer after `fallbackMs` does the same job, less politely.
 */
export function whenIdle(run: () => void, { fallbackMs, timeoutMs }: { fallbackMs: number; timeoutMs?: number }): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(run, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, fallbackMs);
  return () => clearTimeout(id);
}
