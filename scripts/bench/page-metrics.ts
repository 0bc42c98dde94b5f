// What the page costs, read through the DevTools protocol: where the main thread's time went
// (script, style, layout), the JS heap, and the DOM's size.
import type { CDPSession, Page } from '@playwright/test';

export interface ThreadTime {
  readonly scriptMs: number;
  readonly styleMs: number;
  readonly layoutMs: number;
  /** All main-thread tasks, so taskMs - the others ≈ paint, GC, parsing and the rest. */
  readonly taskMs: number;
}

export interface PageMetrics {
  threadTime(): Promise<ThreadTime>;
  /** Bytes used on the JS heap after a full garbage collection, so it is comparable across runs. */
  heapUsed(): Promise<number>;
  domNodes(): Promise<number>;
}

function seconds(metrics: readonly { name: string; value: number }[], name: string): number {
  return (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
}

export function difference(after: ThreadTime, before: ThreadTime): ThreadTime {
  return {
    scriptMs: after.scriptMs - before.scriptMs,
    styleMs: after.styleMs - before.styleMs,
    layoutMs: after.layoutMs - before.layoutMs,
    taskMs: after.taskMs - before.taskMs,
  };
}

export async function pageMetrics(page: Page): Promise<PageMetrics> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return {
    async threadTime() {
      const { metrics } = await session.send('Performance.getMetrics');
      return {
        scriptMs: seconds(metrics, 'ScriptDuration'),
        styleMs: seconds(metrics, 'RecalcStyleDuration'),
        layoutMs: seconds(metrics, 'LayoutDuration'),
        taskMs: seconds(metrics, 'TaskDuration'),
      };
    },
    async heapUsed() {
      await session.send('HeapProfiler.collectGarbage');
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      return usedSize;
    },
    domNodes: () => page.evaluate(() => document.getElementsByTagName('*').length),
  };
}
