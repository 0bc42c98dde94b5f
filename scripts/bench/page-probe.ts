// Timing code that runs inside the page. Every time is the page's own performance.now(), whose
// zero is the navigation start, so the harness's CDP round trips never enter a measurement.
//
// "Painted" means: requestAnimationFrame, then one MessageChannel task. rAF callbacks run just
// before the browser renders a frame (style, layout, paint); a task posted from rAF runs after
// that rendering work, so its timestamp is the end of the frame that shows the DOM change. This
// is the usual after-next-paint approximation; it includes the wait for the next frame (up to
// one vsync interval, 16.7 ms at 60 Hz), as the user's wait does.
import type { Page } from '@playwright/test';

export interface FirstRenderTiming {
  /** When a MutationObserver first saw a talk in the list (parser- or script-inserted). */
  readonly listAt: number;
  /** The end of the main thread's work on the first frame after that (rAF, then a task). */
  readonly paintedAt: number;
  /**
   * First contentful paint, a presentation timestamp: when the frame reached the screen, after
   * raster and compositing. Null if the browser reported none within a few seconds.
   */
  readonly fcp: number | null;
}

export interface InteractionTiming {
  /** The triggering event's timeStamp: when the browser received the input, so queueing counts. */
  readonly start: number;
  /** When the results first changed (a MutationObserver callback, just after React's commit). */
  readonly committed: number | null;
  /** The end of the first frame after the change (or after the event, if nothing changed). */
  readonly painted: number;
}

export interface ProbeSelectors {
  /** A rendered talk in the list. */
  readonly listItem: string;
  /** The region whose DOM changes are "the result"; the input's own attribute updates are not. */
  readonly results: string;
}

export interface ArmOptions {
  /**
   * The interaction fetches data (the first search on a list whose page holds only its first
   * screen): its result is the first frame after every fetch it started has answered, the page
   * has changed since, and nothing matches `busySelector` (the app's "loading" notice), rather
   * than the first frame after any change (which would be the notice itself).
   */
  readonly waitForData: boolean;
  readonly busySelector: string;
}

interface BenchProbe {
  readonly firstRender: Promise<FirstRenderTiming>;
  /** Starts watching for the next `eventType` event (capture phase) and the result it causes. */
  arm(eventType: string, options: ArmOptions): void;
  settled(): Promise<InteractionTiming>;
  /** How many fetch() calls the page made at or after `time` (its performance.now()). */
  fetchesSince(time: number): number;
}

type ProbeWindow = Window & { benchProbe?: BenchProbe };

/**
 * Installed with page.addInitScript, before any of the page's scripts. It is serialised with
 * toString(), so it uses nothing from this module: only its argument and the page's globals.
 */
function installProbe(selectors: ProbeSelectors): void {
  // Frames without a result change before an interaction counts as "nothing changed" (~0.5 s).
  const maxFramesWithoutChange = 30;
  const fcpWaitMs = 5000;

  const afterNextPaint = (callback: (time: number) => void): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  };

  // The page's fetches, seen from inside it: when each started, how many have not answered yet,
  // and when the last one answered (its headers; the body is read and rendered after that, which
  // is why a result must also change after it).
  const fetchStarts: number[] = [];
  let inFlight = 0;
  let lastAnswer = Number.NEGATIVE_INFINITY;
  const pageFetch = window.fetch.bind(window);
  window.fetch = (...args: Parameters<typeof fetch>) => {
    fetchStarts.push(performance.now());
    inFlight += 1;
    const answered = () => {
      inFlight -= 1;
      lastAnswer = performance.now();
    };
    const response = pageFetch(...args);
    response.then(answered, answered);
    return response;
  };

  const fcp = new Promise<number | null>((resolve) => {
    new PerformanceObserver((entries, observer) => {
      const entry = entries.getEntriesByName('first-contentful-paint')[0];
      if (entry === undefined) return;
      observer.disconnect();
      resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
  const listPainted = new Promise<{ listAt: number; paintedAt: number }>((resolve) => {
    const found = (): boolean => {
      if (document.querySelector(selectors.listItem) === null) return false;
      const listAt = performance.now();
      afterNextPaint((paintedAt) => resolve({ listAt, paintedAt }));
      return true;
    };
    const watcher = new MutationObserver(() => {
      if (found()) watcher.disconnect();
    });
    watcher.observe(document, { childList: true, subtree: true });
  });
  // FCP is reported once the frame is presented, which can be after the rAF tick.
  const firstRender = listPainted.then(async (timing) => {
    const noFcp = new Promise<null>((resolve) => setTimeout(() => resolve(null), fcpWaitMs));
    return { ...timing, fcp: await Promise.race([fcp, noFcp]) };
  });

  let pending: Promise<InteractionTiming> = Promise.reject(new Error('settled() before arm()'));
  pending.catch(() => undefined); // rejected only if settled() is called out of order

  const arm = (eventType: string, { waitForData, busySelector }: ArmOptions): void => {
    pending = new Promise<InteractionTiming>((resolve) => {
      const region = document.querySelector(selectors.results) ?? document.body;
      let start = Number.NaN;
      let committed: number | null = null;
      let lastChange = Number.NEGATIVE_INFINITY;
      let firstPainted: number | null = null;
      const changes = new MutationObserver(() => {
        const now = performance.now();
        committed ??= now;
        lastChange = now;
      });
      const hasData = (): boolean =>
        fetchStarts.some((time) => time >= start) && inFlight === 0 && lastChange > lastAnswer && document.querySelector(busySelector) === null;
      // Cards and text coming and going are the result; attributes are not: the links' href follows
      // the URL, which the app writes once typing pauses, and would pass for a result that late.
      changes.observe(region, { childList: true, subtree: true, characterData: true });

      const finish = (painted: number): void => {
        changes.disconnect();
        resolve({ start, committed, painted });
      };
      const frame = (count: number): void => {
        requestAnimationFrame(() => {
          const changedBeforeThisFrame = waitForData ? hasData() : committed !== null;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const now = performance.now();
            firstPainted ??= now;
            if (changedBeforeThisFrame) finish(now);
            // Waiting for data has no "nothing changed": the harness's timeout ends a wait that never answers.
            else if (count >= maxFramesWithoutChange && !waitForData) finish(firstPainted);
            else frame(count + 1);
          };
          channel.port2.postMessage(null);
        });
      };
      const onEvent = (event: Event): void => {
        window.removeEventListener(eventType, onEvent, true);
        start = event.timeStamp;
        frame(1);
      };
      window.addEventListener(eventType, onEvent, true);
    });
  };

  (window as ProbeWindow).benchProbe = {
    firstRender,
    arm,
    settled: () => pending,
    fetchesSince: (time) => fetchStarts.filter((started) => started >= time).length,
  };
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a `__name(fn, "name")`
 * helper that exists only in Node. Functions sent to the page need a stand-in.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn;';

/** Needed by any page that the bench sends a function to (page.evaluate), probe or not. */
export async function addKeepNamesShim(page: Page): Promise<void> {
  await page.addInitScript({ content: KEEP_NAMES_SHIM });
}

export async function addProbe(page: Page, selectors: ProbeSelectors): Promise<void> {
  await addKeepNamesShim(page);
  await page.addInitScript(installProbe, selectors);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// The page functions below are serialised too, hence the repeated lookup instead of a helper.
const MISSING = 'the bench probe is not installed in this page';

export function firstRender(page: Page, timeoutMs: number): Promise<FirstRenderTiming> {
  const timing = page.evaluate((missing) => {
    const probe = (window as ProbeWindow).benchProbe;
    if (probe === undefined) throw new Error(missing);
    return probe.firstRender;
  }, MISSING);
  return withTimeout(timing, timeoutMs, 'the first render');
}

/** Arms the probe, performs the interaction, and returns its in-page timing. */
export async function timeInteraction(
  page: Page,
  eventType: string,
  interact: () => Promise<void>,
  timeoutMs: number,
  options: ArmOptions = { waitForData: false, busySelector: ':not(*)' },
): Promise<InteractionTiming> {
  await page.evaluate(
    ([type, armOptions, missing]) => {
      const probe = (window as ProbeWindow).benchProbe;
      if (probe === undefined) throw new Error(missing);
      probe.arm(type, armOptions);
    },
    [eventType, options, MISSING] as const,
  );
  await interact();
  const timing = page.evaluate((missing) => {
    const probe = (window as ProbeWindow).benchProbe;
    if (probe === undefined) throw new Error(missing);
    return probe.settled();
  }, MISSING);
  return withTimeout(timing, timeoutMs, `the result of a ${eventType}`);
}

/** How many fetches the page started at or after `time` (its own clock, e.g. an interaction's start). */
export function fetchesSince(page: Page, time: number): Promise<number> {
  return page.evaluate(
    ([since, missing]) => {
      const probe = (window as ProbeWindow).benchProbe;
      if (probe === undefined) throw new Error(missing);
      return probe.fetchesSince(since);
    },
    [time, MISSING] as const,
  );
}
