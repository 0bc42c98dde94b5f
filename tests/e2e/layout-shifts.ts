// Layout shifts as CLS counts them (not those right after the reader's own input), each described
// by what moved and where, so a failure says which element jumped instead of a bare number.
import type { Page } from '@playwright/test';

type Recorded = { shifts: string[] };

/** Starts recording before the page's first byte; read the record with `layoutShifts(page)`. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] };
    const record: Recorded = { shifts: [] };
    (window as unknown as { layoutShifts: Recorded }).layoutShifts = record;
    const rect = (r: DOMRectReadOnly) => `${String(Math.round(r.x))},${String(Math.round(r.y))} ${String(Math.round(r.width))}×${String(Math.round(r.height))}`;
    const describe = (node: Node | null | undefined) => {
      const element = node instanceof Element ? node : node?.parentElement;
      if (!element) return node?.nodeName ?? 'a node no longer in the page';
      const classes = element.classList.length > 0 ? `.${[...element.classList].join('.')}` : '';
      const text = (node?.textContent ?? '').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${classes}${node instanceof Element ? '' : ' (its text)'} “${text}”`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        const moved = (entry.sources ?? []).map((source) => `${describe(source.node)} from ${rect(source.previousRect)} to ${rect(source.currentRect)}`);
        record.shifts.push(`${entry.value.toFixed(5)} at ${String(Math.round(entry.startTime))} ms: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far, one line each; empty when nothing moved. */
export function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { layoutShifts: Recorded }).layoutShifts.shifts);
}
