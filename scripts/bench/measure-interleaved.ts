// Measures several subjects (the floor page and the app; in an A/B also the other build) on the
// same browser, interleaved (interleave.ts): page loads alternate between subjects, and so do
// rounds of keystrokes and of topic toggles on one open page per subject. Each figure of the app
// is then read against the floor measured in the same minutes, not at the start of the run.
//
// Per page load: the first render, then, once the page has settled, the first search (one key):
// on a list whose page carries only its first screen that key fetches data, so it is timed to
// the first frame painted with that data (page-probe.ts, waitForData) and reported on its own.
// Keystrokes and toggles are measured after that, on a page that has its data.
import type { Browser, Page } from '@playwright/test';
import type { Topic } from '../../src/catalog/catalog-schema';
import { interleavedSchedule, roundOrder, splitIntoRounds } from './interleave';
import { pageMetrics, type PageMetrics } from './page-metrics';
import { fetchesSince, timeInteraction } from './page-probe';
import {
  BUSY_SELECTOR,
  openPage,
  searchBox,
  SELECTORS,
  settle,
  TIMEOUT_MS,
  toggleTopics,
  togglePlan,
  topicCheckboxes,
  typeKeys,
  type InteractionSample,
  type LoadSample,
  type OpenPage,
} from './page-session';
import type { TypingPlan } from './typing-plan';

export interface Subject {
  readonly name: string;
  /** The page to measure (the archive, /talks, for the app; the same path on the floor's server). */
  readonly url: string;
}

export interface ColdSearchSample {
  readonly key: string;
  /** Key down → the first frame painted with the result, with whatever data it fetched. */
  readonly totalMs: number;
  /** Fetches the key started. */
  readonly fetches: number;
}

export interface SubjectMeasurements {
  readonly loads: readonly LoadSample[];
  readonly coldSearches: readonly ColdSearchSample[];
  readonly keystrokes: readonly InteractionSample[];
  readonly toggles: readonly InteractionSample[];
  readonly domNodes: { readonly afterFirstRender: number; readonly afterBroadSearch: number };
  readonly heapBytes: { readonly afterFirstRender: number; readonly afterBroadSearch: number };
  readonly broadSearch: { readonly term: string; readonly articles: number; readonly resultText: string };
}

export interface InterleavedOptions {
  readonly plan: TypingPlan;
  /** Topics whose checkboxes the archive shows without "show all" (topic-toggles.ts). */
  readonly topics: readonly Topic[];
  /** Measured loads per subject. */
  readonly loads: number;
  readonly toggles: number;
  /** Rounds the keystrokes and the toggles are each cut into. */
  readonly rounds: number;
  readonly progress: (message: string) => void;
}

/** The first search: one key into a settled, freshly loaded page. */
async function coldSearch(page: Page, key: string, waitForData: boolean): Promise<ColdSearchSample> {
  await searchBox(page).focus();
  const timing = await timeInteraction(page, 'keydown', () => page.keyboard.press(key), TIMEOUT_MS, {
    waitForData,
    busySelector: BUSY_SELECTOR,
  });
  return { key, totalMs: timing.painted - timing.start, fetches: await fetchesSince(page, timing.start) };
}

/**
 * An unmeasured visit: the browser's first page of a server pays one-off costs. It also finds out
 * whether the first key fetches data on this subject, which decides how that key is timed.
 */
async function warmUp(browser: Browser, subject: Subject, key: string): Promise<boolean> {
  const { context, page } = await openPage(browser, subject.url);
  try {
    await settle(page);
    const { fetches } = await coldSearch(page, key, false);
    await settle(page);
    return fetches > 0 || (await page.locator(BUSY_SELECTOR).count()) > 0;
  } finally {
    await context.close();
  }
}

interface Session {
  readonly open: OpenPage;
  readonly metrics: PageMetrics;
  readonly afterFirstRender: { readonly dom: number; readonly heap: number };
}

/** The page a subject's keystrokes and toggles are measured on: loaded, its data fetched, the box empty. */
async function interactionSession(browser: Browser, subject: Subject, key: string): Promise<Session> {
  const open = await openPage(browser, subject.url);
  const { page } = open;
  const metrics = await pageMetrics(page);
  await settle(page);
  const afterFirstRender = { dom: await metrics.domNodes(), heap: await metrics.heapUsed() };
  await searchBox(page).focus();
  await page.keyboard.press(key);
  await settle(page);
  await searchBox(page).fill('');
  await settle(page);
  return { open, metrics, afterFirstRender };
}

/**
 * Before a subject's round: its page in front, settled. Focus is dropped first: a checkbox just
 * clicked keeps the floor page from ever going idle for a whole period (settle would wait its
 * 10 s out); the round's first action focuses what it needs.
 */
async function onFront(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await settle(page);
}

export async function measureInterleaved(
  browser: Browser,
  subjects: readonly Subject[],
  options: InterleavedOptions,
): Promise<SubjectMeasurements[]> {
  const { plan, progress } = options;
  const firstKey = plan.broadTerm.slice(0, 1);
  const fetchesData: boolean[] = [];
  for (const subject of subjects) fetchesData.push(await warmUp(browser, subject, firstKey));

  const loads = subjects.map((): LoadSample[] => []);
  const colds = subjects.map((): ColdSearchSample[] => []);
  for (const { round, subject } of interleavedSchedule(options.loads, subjects.length)) {
    const target = subjects[subject];
    if (target === undefined) continue;
    const { context, page, sample } = await openPage(browser, target.url);
    try {
      loads[subject]?.push(sample);
      await settle(page);
      colds[subject]?.push(await coldSearch(page, firstKey, fetchesData[subject] ?? false));
    } finally {
      await context.close();
    }
    if (subject === roundOrder(round, subjects.length).at(-1)) progress(`loads ${round + 1}/${options.loads}`);
  }

  const sessions: Session[] = [];
  try {
    for (const subject of subjects) sessions.push(await interactionSession(browser, subject, firstKey));
    const keyRounds = splitIntoRounds(plan.keys, options.rounds);
    const keystrokes = subjects.map((): InteractionSample[] => []);
    for (const [round, keys] of keyRounds.entries()) {
      for (const subject of roundOrder(round, subjects.length)) {
        const session = sessions[subject];
        if (session === undefined) continue;
        await onFront(session.open.page);
        keystrokes[subject]?.push(...(await typeKeys(session.open.page, session.metrics, keys)));
      }
    }
    progress(`${plan.keys.length} keystrokes × ${subjects.length}`);

    const toggleRounds = splitIntoRounds(togglePlan(options.topics, options.toggles), options.rounds);
    const boxes = await Promise.all(sessions.map((session) => topicCheckboxes(session.open.page, options.topics)));
    const toggles = subjects.map((): InteractionSample[] => []);
    for (const [round, run] of toggleRounds.entries()) {
      for (const subject of roundOrder(round, subjects.length)) {
        const session = sessions[subject];
        const subjectBoxes = boxes[subject];
        if (session === undefined || subjectBoxes === undefined) continue;
        await onFront(session.open.page);
        toggles[subject]?.push(...(await toggleTopics(session.open.page, session.metrics, subjectBoxes, run)));
      }
    }
    progress(`${toggleRounds.flat().length} topic toggles × ${subjects.length}`);

    const results: SubjectMeasurements[] = [];
    for (const [subject, session] of sessions.entries()) {
      const { page } = session.open;
      await onFront(page);
      await timeInteraction(page, 'input', () => searchBox(page).fill(plan.broadTerm), TIMEOUT_MS);
      await settle(page);
      const broad = await page.evaluate(
        (listItem) => ({
          articles: document.querySelectorAll(listItem).length,
          resultText: document.getElementById('result-count')?.textContent ?? '',
        }),
        SELECTORS.listItem,
      );
      results.push({
        loads: loads[subject] ?? [],
        coldSearches: colds[subject] ?? [],
        keystrokes: keystrokes[subject] ?? [],
        toggles: toggles[subject] ?? [],
        domNodes: { afterFirstRender: session.afterFirstRender.dom, afterBroadSearch: await session.metrics.domNodes() },
        heapBytes: { afterFirstRender: session.afterFirstRender.heap, afterBroadSearch: await session.metrics.heapUsed() },
        broadSearch: { term: plan.broadTerm, ...broad },
      });
    }
    return results;
  } finally {
    for (const session of sessions) await session.open.context.close();
  }
}
