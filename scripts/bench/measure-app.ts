// One bench size, measured in the browser on the archive page (/talks, every talk of the catalog;
// the front page lists only its collection): first render over fresh page loads, then keystrokes,
// topic toggles and a broad search on the last loaded page. Interactions are spaced out: each
// waits for the previous result to be painted and a short pause, so a sample is the cost of one
// interaction rather than of a queue of them.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, ElementHandle, Locator, Page } from '@playwright/test';
import type { Topic } from '../../src/catalog/catalog-schema';
import { difference, pageMetrics, type PageMetrics, type ThreadTime } from './page-metrics';
import { addProbe, firstRender, timeInteraction, type ProbeSelectors } from './page-probe';
import { topicName } from './topic-toggles';
import type { TypingPlan } from './typing-plan';

export interface MeasureOptions {
  /** The archive page's URL. */
  readonly url: string;
  /** Topics whose checkboxes the archive shows without "show all" (topic-toggles.ts). */
  readonly topics: readonly Topic[];
  readonly plan: TypingPlan;
  readonly loads: number;
  readonly minToggles: number;
}

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

export interface AppMeasurements {
  readonly loads: readonly LoadSample[];
  readonly keystrokes: readonly InteractionSample[];
  readonly toggles: readonly InteractionSample[];
  readonly domNodes: { readonly afterFirstRender: number; readonly afterBroadSearch: number };
  readonly heapBytes: { readonly afterFirstRender: number; readonly afterBroadSearch: number };
  readonly broadSearch: { readonly term: string; readonly articles: number; readonly resultText: string };
}

const SELECTORS: ProbeSelectors = { listItem: 'ol.talk-list article', results: '.catalog-results' };
const SEARCH_LABEL = 'Search talks';
const PAUSE_MS = 100;
// Generous: a list that renders every match (no cap) takes seconds at 50,000 talks.
const TIMEOUT_MS = 180_000;

async function openPage(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page; sample: LoadSample }> {
  // A new context per load: empty HTTP cache and storage, as a first visit.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await addProbe(page, SELECTORS);
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    const timing = await firstRender(page, TIMEOUT_MS);
    const { listAt, paintedAt, fcp } = timing;
    const sample = { listMs: listAt, paintedMs: paintedAt, fcpMs: fcp, firstRenderMs: Math.max(paintedAt, fcp ?? paintedAt) };
    return { context, page, sample };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Lets hydration and other startup work finish before anything is counted or timed. Once the page
 * has loaded all it fetches by itself, waits until idle callbacks are given (nearly) a whole idle
 * period three times running: nothing else is waiting for the main thread, the app's own idle-time
 * work (preparing its search text) included. A reader who has just opened the page takes longer
 * than that to reach the search box.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    ({ fullIdleMs, quietPeriods, giveUpMs }) =>
      new Promise<void>((resolve) => {
        const giveUpAt = performance.now() + giveUpMs;
        let quiet = 0;
        const check = (deadline: IdleDeadline) => {
          quiet = deadline.timeRemaining() >= fullIdleMs ? quiet + 1 : 0;
          if (quiet >= quietPeriods || performance.now() > giveUpAt) {
            requestAnimationFrame(() => setTimeout(resolve, 0));
          } else {
            requestIdleCallback(check);
          }
        };
        requestIdleCallback(check);
      }),
    { fullIdleMs: 45, quietPeriods: 3, giveUpMs: 10_000 },
  );
}

async function timed(
  page: Page,
  metrics: PageMetrics,
  action: string,
  eventType: string,
  interact: () => Promise<void>,
): Promise<InteractionSample> {
  const before = await metrics.threadTime();
  const timing = await timeInteraction(page, eventType, interact, TIMEOUT_MS);
  const thread = difference(await metrics.threadTime(), before);
  await sleep(PAUSE_MS);
  return {
    action,
    totalMs: timing.painted - timing.start,
    commitMs: timing.committed === null ? null : timing.committed - timing.start,
    ...thread,
  };
}

async function typeKeys(page: Page, metrics: PageMetrics, search: Locator, keys: readonly string[]): Promise<InteractionSample[]> {
  await search.focus();
  const samples: InteractionSample[] = [];
  for (const key of keys) {
    samples.push(await timed(page, metrics, key, 'keydown', () => page.keyboard.press(key)));
  }
  return samples;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function topicCheckbox(page: Page, topic: Topic): Promise<ElementHandle> {
  // Accessible name: the topic's label followed by its count, e.g. "Alerting 1,234".
  const name = new RegExp(`^${escapeRegExp(topicName(topic))}\\s*[\\d,]+$`);
  return page.getByRole('checkbox', { name }).elementHandle({ timeout: TIMEOUT_MS });
}

async function toggleTopics(page: Page, metrics: PageMetrics, topics: readonly Topic[], minSamples: number): Promise<InteractionSample[]> {
  // Looked up once: a role query walks the whole DOM, which is large on a full 50,000-talk list.
  const boxes = await Promise.all(topics.map(async (topic) => ({ topic, box: await topicCheckbox(page, topic) })));
  const samples: InteractionSample[] = [];
  for (let i = 0; samples.length < minSamples; i += 1) {
    const entry = boxes[i % boxes.length];
    if (entry === undefined) throw new Error('the catalog has no topics to toggle');
    const { topic, box } = entry;
    samples.push(await timed(page, metrics, `+${topic.id}`, 'click', () => box.click({ timeout: TIMEOUT_MS })));
    samples.push(await timed(page, metrics, `-${topic.id}`, 'click', () => box.click({ timeout: TIMEOUT_MS })));
  }
  return samples;
}

export async function measureApp(browser: Browser, options: MeasureOptions): Promise<AppMeasurements> {
  // One unmeasured load first: the browser's first page pays one-off startup costs.
  const warmUp = await openPage(browser, options.url);
  await warmUp.context.close();

  const loads: LoadSample[] = [];
  for (let i = 1; i < options.loads; i += 1) {
    const { context, sample } = await openPage(browser, options.url);
    loads.push(sample);
    await context.close();
  }
  // The last load's page stays open for the interactions.
  const { context, page, sample } = await openPage(browser, options.url);
  loads.push(sample);
  try {
    const metrics = await pageMetrics(page);
    // 'networkidle' rather than 'load': the app fetches its dataset after the load event, and only
    // starts (and queues its idle-time work) once that is in.
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    await settle(page);
    const afterFirstRender = { dom: await metrics.domNodes(), heap: await metrics.heapUsed() };

    const search = page.getByRole('searchbox', { name: SEARCH_LABEL });
    const keystrokes = await typeKeys(page, metrics, search, options.plan.keys);
    const toggles = await toggleTopics(page, metrics, options.topics, options.minToggles);

    const term = options.plan.broadTerm;
    await timeInteraction(page, 'input', () => search.fill(term), TIMEOUT_MS);
    await settle(page);
    const broad = await page.evaluate(
      (listItem) => ({
        articles: document.querySelectorAll(listItem).length,
        resultText: document.getElementById('result-count')?.textContent ?? '',
      }),
      SELECTORS.listItem,
    );
    return {
      loads,
      keystrokes,
      toggles,
      domNodes: { afterFirstRender: afterFirstRender.dom, afterBroadSearch: await metrics.domNodes() },
      heapBytes: { afterFirstRender: afterFirstRender.heap, afterBroadSearch: await metrics.heapUsed() },
      broadSearch: { term, ...broad },
    };
  } finally {
    await context.close();
  }
}
