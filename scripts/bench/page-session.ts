// One page in the bench's browser, and what the bench does on it: open it as a first visit, let
// its start-up work finish, time an interaction, type, toggle a topic. The same for the app and
// the floor page (baseline-page.ts answers the same selectors).
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, ElementHandle, Locator, Page } from '@playwright/test';
import type { Topic } from '../../src/catalog/catalog-schema';
import { difference, type PageMetrics, type ThreadTime } from './page-metrics';
import { addProbe, firstRender, timeInteraction, type ArmOptions, type ProbeSelectors } from './page-probe';
import { topicName } from './topic-toggles';

export interface LoadSample {
  /** Navigation start → the first talk is in the DOM. */
  readonly listMs: number;
  /** Navigation start → the main thread finished the first frame after that (rAF + task). */
  readonly paintedMs: number;
  readonly fcpMs: number | null;
  /**
   * The first render: the later of paintedMs and FCP. The list cannot be on screen before the
   * main thread has produced a frame with it, nor before anything contentful is on screen; and
   * when the list is in the first HTML (prerendered), the first contentful frame is the list's,
   * so FCP's presentation time is exact where the rAF tick would be early by raster time.
   */
  readonly firstRenderMs: number;
}

export interface InteractionSample extends ThreadTime {
  /** The key pressed, or "+topic" / "-topic" for a checkbox turned on or off. */
  readonly action: string;
  /** Event → first frame painted after the result changed. */
  readonly totalMs: number;
  /** Event → the result's DOM changed (React's work, before style, layout and paint). */
  readonly commitMs: number | null;
}

export const SELECTORS: ProbeSelectors = { listItem: 'ol.talk-list article', results: '.catalog-results' };
/** The app's notice while a list's talks are on their way (talk-list.tsx). */
export const BUSY_SELECTOR = '.list-loading';
const SEARCH_LABEL = 'Search talks';
const PAUSE_MS = 100;
// Generous: the first search at 50,000 talks fetches and parses tens of megabytes.
export const TIMEOUT_MS = 180_000;

export interface OpenPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly sample: LoadSample;
}

/** A first visit: a new context (empty HTTP cache and storage), the probe, the page's first render. */
export async function openPage(browser: Browser, url: string): Promise<OpenPage> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await addProbe(page, SELECTORS);
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    const { listAt, paintedAt, fcp } = await firstRender(page, TIMEOUT_MS);
    const sample = { listMs: listAt, paintedMs: paintedAt, fcpMs: fcp, firstRenderMs: Math.max(paintedAt, fcp ?? paintedAt) };
    return { context, page, sample };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Lets loading and start-up work finish before anything is counted or timed: waits until the
 * network has been quiet for Playwright's 500 ms, then until idle callbacks are given (nearly) a
 * whole idle period three times running, so nothing else is waiting for the main thread, the
 * app's own idle-time work included. A reader who has just opened a page takes longer than that
 * to reach the search box.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
  const outcome = await page.evaluate(
    ({ fullIdleMs, quietPeriods, giveUpMs }) =>
      new Promise<string>((resolve) => {
        let quiet = 0;
        let done = false;
        // Given up on by a timer of its own: idle callbacks may never come on a busy page.
        const giveUp = setTimeout(() => finish('gave up'), giveUpMs);
        // The end is the next frame, or a moment later if no frame comes (nothing to draw).
        function finish(how: string): void {
          if (done) return;
          done = true;
          clearTimeout(giveUp);
          const noFrame = setTimeout(() => resolve(`${how}, no frame`), 100);
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(noFrame);
              resolve(how);
            }, 0),
          );
        }
        const check = (deadline: IdleDeadline) => {
          if (done) return;
          quiet = !deadline.didTimeout && deadline.timeRemaining() >= fullIdleMs ? quiet + 1 : 0;
          if (quiet >= quietPeriods) finish('quiet');
          else requestIdleCallback(check, { timeout: 500 });
        };
        requestIdleCallback(check, { timeout: 500 });
      }),
    { fullIdleMs: 45, quietPeriods: 3, giveUpMs: 10_000 },
  );
  // BENCH_TRACE=1 npm run bench: how each wait ended, for a run that seems stuck or slow.
  if (process.env.BENCH_TRACE !== undefined) console.log(`    settle ${page.url()}: ${outcome}`);
}

export const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: SEARCH_LABEL });

/** One interaction, timed in the page, with the main thread's time spent on it. */
export async function timed(
  page: Page,
  metrics: PageMetrics,
  action: string,
  eventType: string,
  interact: () => Promise<void>,
  options?: ArmOptions,
): Promise<InteractionSample> {
  const before = await metrics.threadTime();
  const timing = await timeInteraction(page, eventType, interact, TIMEOUT_MS, options);
  const thread = difference(await metrics.threadTime(), before);
  await sleep(PAUSE_MS);
  return {
    action,
    totalMs: timing.painted - timing.start,
    commitMs: timing.committed === null ? null : timing.committed - timing.start,
    ...thread,
  };
}

export async function typeKeys(page: Page, metrics: PageMetrics, keys: readonly string[]): Promise<InteractionSample[]> {
  await searchBox(page).focus();
  const samples: InteractionSample[] = [];
  for (const key of keys) {
    samples.push(await timed(page, metrics, key, 'keydown', () => page.keyboard.press(key)));
  }
  return samples;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The topics' checkboxes, looked up once per page: a role query walks the whole DOM. Accessible
 * name: the topic's label followed by its count, e.g. "Alerting 1,234".
 */
export async function topicCheckboxes(page: Page, topics: readonly Topic[]): Promise<Map<string, ElementHandle>> {
  const entries = await Promise.all(
    topics.map(async (topic) => {
      const name = new RegExp(`^${escapeRegExp(topicName(topic))}\\s*[\\d,]+$`);
      return [topic.id, await page.getByRole('checkbox', { name }).elementHandle({ timeout: TIMEOUT_MS })] as const;
    }),
  );
  return new Map(entries);
}

/** A topic turned on ("+id") or off ("-id"). */
export interface Toggle {
  readonly topic: string;
  readonly on: boolean;
}

/** Each topic on, then off again, repeated until there are `count` toggles. */
export function togglePlan(topics: readonly Topic[], count: number): Toggle[] {
  if (topics.length === 0) return [];
  const toggles: Toggle[] = [];
  for (let i = 0; toggles.length < count; i += 1) {
    const topic = topics[i % topics.length]?.id ?? '';
    toggles.push({ topic, on: true }, { topic, on: false });
  }
  return toggles;
}

export async function toggleTopics(
  page: Page,
  metrics: PageMetrics,
  boxes: ReadonlyMap<string, ElementHandle>,
  toggles: readonly Toggle[],
): Promise<InteractionSample[]> {
  const samples: InteractionSample[] = [];
  for (const { topic, on } of toggles) {
    const box = boxes.get(topic);
    if (box === undefined) throw new Error(`no checkbox for topic ${topic}`);
    samples.push(await timed(page, metrics, `${on ? '+' : '-'}${topic}`, 'click', () => box.click({ timeout: TIMEOUT_MS })));
  }
  return samples;
}
