// "Never breaks, never leaks": whatever localStorage holds or does, the catalog renders, the
// reader can still save a talk, and nothing they saved is destroyed. Each bad state is seeded
// with an init script before the app's first line runs; the fixture fails a test on any console
// error or page error.
import type { Page } from '@playwright/test';
import { PREFERENCES_KEY, READER_LIST_KEY, TALK_COUNT, talkTitle } from './catalog-facts';
import { expect, test } from './fixtures';

type Seed = Record<string, string>;
type Breakage = 'none' | 'methods-throw' | 'getter-throws' | 'quota';

type StorageState = {
  name: string;
  seed: Seed;
  breakage: Breakage;
  /** Talks the app must show as saved / watched right after loading. */
  saved: string[];
  watched: string[];
  /** Raw values that must be kept aside, under `<key>:unreadable`, rather than lost. */
  keptAside?: Seed;
  /** What the stored reader list must hold once the app has loaded (a migration writes it back). */
  storedList?: { saved: string[]; watched: string[] };
  /** Extra check of the rendered page. */
  check?: (page: Page) => Promise<void>;
  /** Extra check once the reader has saved a talk and reloaded. */
  afterReload?: (page: Page) => Promise<void>;
};

const COUNTING = 'counting-with-prometheus';
const STORAGE = 'long-term-storage';
const GRAFANA = 'grafana-is-not-enough';
/** The talk every state saves by hand: saved in none of the seeds. */
const TO_SAVE = 'alertmanager-high-availability';

const list = (state: unknown, version: number) => JSON.stringify({ state, version });

const STATES: StorageState[] = [
  {
    name: 'invalid JSON in the preferences',
    seed: { [PREFERENCES_KEY]: '{"state":{"language":"zh"', [READER_LIST_KEY]: list({ saved: [COUNTING], watched: [] }, 2) },
    breakage: 'none',
    saved: [COUNTING],
    watched: [],
    keptAside: { [PREFERENCES_KEY]: '{"state":{"language":"zh"' },
  },
  {
    name: 'invalid JSON in the reader list',
    seed: { [READER_LIST_KEY]: 'not json {saved: [counting-with-prometheus]' },
    breakage: 'none',
    saved: [],
    watched: [],
    keptAside: { [READER_LIST_KEY]: 'not json {saved: [counting-with-prometheus]' },
  },
  {
    name: 'JSON without the persist envelope in both keys',
    seed: { [PREFERENCES_KEY]: 'null', [READER_LIST_KEY]: JSON.stringify({ saved: [COUNTING], watched: [STORAGE] }) },
    breakage: 'none',
    saved: [],
    watched: [],
    keptAside: { [PREFERENCES_KEY]: 'null', [READER_LIST_KEY]: JSON.stringify({ saved: [COUNTING], watched: [STORAGE] }) },
  },
  {
    name: 'a reader list of the wrong shape',
    seed: { [READER_LIST_KEY]: '{"state":{"saved":"x","watched":[1,2,{}]},"version":2}' },
    breakage: 'none',
    saved: [],
    watched: [],
  },
  {
    name: 'preferences with unknown values',
    seed: { [PREFERENCES_KEY]: list({ language: 'fr', videoSource: 'vimeo', theme: 'neon' }, 1) },
    breakage: 'none',
    saved: [],
    watched: [],
    check: async (page) => {
      await expect(page.getByRole('combobox', { name: 'Colour scheme' })).toHaveValue('system');
      await expect(page.getByRole('link', { name: /中文/ })).toBeVisible();
    },
  },
  {
    name: 'a version 1 list, migrated',
    seed: { [READER_LIST_KEY]: list({ later: { [COUNTING]: true }, seen: { [STORAGE]: true } }, 1) },
    breakage: 'none',
    saved: [COUNTING],
    watched: [STORAGE],
    storedList: { saved: [COUNTING], watched: [STORAGE] },
  },
  {
    name: 'a list from an unknown future version 99',
    seed: { [READER_LIST_KEY]: list({ saved: [COUNTING], watched: [GRAFANA], notes: { [COUNTING]: 'rewatch' } }, 99) },
    breakage: 'none',
    saved: [COUNTING],
    watched: [GRAFANA],
    // This version cannot know what else a newer one kept (notes here): the original stays aside.
    keptAside: { [READER_LIST_KEY]: list({ saved: [COUNTING], watched: [GRAFANA], notes: { [COUNTING]: 'rewatch' } }, 99) },
  },
  {
    name: 'a mix of valid and invalid ids',
    seed: {
      [READER_LIST_KEY]: list(
        {
          saved: [COUNTING, '../etc/passwd', '<script>alert(1)</script>', 42, null, STORAGE, COUNTING, 'Not-An-Id', 'a-talk-from-another-catalog'],
          watched: [{ id: GRAFANA }, GRAFANA, '', 'x'.repeat(101)],
        },
        2,
      ),
    },
    breakage: 'none',
    saved: [COUNTING, STORAGE],
    watched: [GRAFANA],
    check: async (page) => {
      // The talk from another catalog is a well-formed id: kept (the list survives catalog edits) but not counted here.
      await expect(page.getByRole('checkbox', { name: /^Saved for later\s*2$/ })).toBeVisible();
    },
    afterReload: async (page) => {
      const written: unknown = JSON.parse((await stored(page, READER_LIST_KEY)) ?? 'null');
      expect(written).toEqual({ state: { saved: [COUNTING, STORAGE, 'a-talk-from-another-catalog', TO_SAVE], watched: [GRAFANA] }, version: 2 });
    },
  },
  {
    name: 'Storage methods that throw on every call',
    seed: {},
    breakage: 'methods-throw',
    saved: [],
    watched: [],
  },
  {
    name: 'a localStorage that throws on every access, itself included',
    seed: {},
    breakage: 'getter-throws',
    saved: [],
    watched: [],
  },
  {
    name: 'a full quota: every write throws QuotaExceededError',
    seed: { [READER_LIST_KEY]: list({ saved: [COUNTING], watched: [] }, 2) },
    breakage: 'quota',
    saved: [COUNTING],
    watched: [],
  },
];

/** Seeds storage once per tab (a reload must see what the app wrote, not the seed again), then breaks it. */
async function seedStorage(page: Page, seed: Seed, breakage: Breakage): Promise<void> {
  await page.addInitScript(
    ({ seed, breakage }) => {
      if (sessionStorage.getItem('e2e-seeded') === null) {
        for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
        sessionStorage.setItem('e2e-seeded', '1');
      }
      if (breakage === 'methods-throw' || breakage === 'getter-throws') {
        const denied = () => {
          throw new DOMException('denied', 'SecurityError');
        };
        for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
          Object.defineProperty(Storage.prototype, method, { value: denied, configurable: true, writable: true });
        }
        if (breakage === 'getter-throws') Object.defineProperty(window, 'localStorage', { get: denied, configurable: true });
      }
      if (breakage === 'quota') {
        const { setItem } = Object.getOwnPropertyDescriptors(Storage.prototype);
        Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
          if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          Reflect.apply(setItem.value as (key: string, value: string) => void, this, [key, value]);
        };
      }
    },
    { seed, breakage },
  );
}

const card = (page: Page, id: string) => page.getByRole('article', { name: talkTitle(id), exact: true });
const saveButton = (page: Page, id: string) => card(page, id).getByRole('button', { name: 'Save for later' });
const watchedButton = (page: Page, id: string) => card(page, id).getByRole('button', { name: 'Watched' });
const stored = (page: Page, key: string) => page.evaluate((name) => window.localStorage.getItem(name), key);

/** What the page's own script sees of localStorage: proves the seeded breakage took effect. */
const storageBehaviour = (page: Page) =>
  page.evaluate(() => {
    try {
      window.localStorage.getItem('probe');
    } catch {
      return 'throws';
    }
    try {
      window.localStorage.setItem('probe', '1');
      window.localStorage.removeItem('probe');
      return 'works';
    } catch {
      return 'writes fail';
    }
  });

async function expectMarks(page: Page, saved: readonly string[], watched: readonly string[]): Promise<void> {
  for (const title of [COUNTING, STORAGE, GRAFANA, TO_SAVE]) {
    await expect(saveButton(page, title), `${title} saved?`).toHaveAttribute('aria-pressed', String(saved.includes(title)));
    await expect(watchedButton(page, title), `${title} watched?`).toHaveAttribute('aria-pressed', String(watched.includes(title)));
  }
}

STATES.forEach((state, index) => {
  test(`storage state ${index + 1}/${STATES.length}: ${state.name}`, async ({ page }) => {
    await seedStorage(page, state.seed, state.breakage);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await storageBehaviour(page), 'the seeded breakage is in place').toBe(
      state.breakage === 'none' ? 'works' : state.breakage === 'quota' ? 'writes fail' : 'throws',
    );
    await expect(page.getByRole('article')).toHaveCount(TALK_COUNT);
    await expectMarks(page, state.saved, state.watched);
    await state.check?.(page);

    if (state.breakage === 'none') {
      for (const [key, value] of Object.entries(state.keptAside ?? {})) {
        expect(await stored(page, `${key}:unreadable`), `the unreadable ${key} is kept aside`).toBe(value);
      }
      if (state.storedList) {
        const written: unknown = JSON.parse((await stored(page, READER_LIST_KEY)) ?? 'null');
        expect(written, 'the migrated list is written in the current format').toEqual({ state: state.storedList, version: 2 });
      }
    }

    // Saving works in the page whatever storage does.
    await saveButton(page, TO_SAVE).click();
    await expect(saveButton(page, TO_SAVE)).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('checkbox', { name: /^Saved for later/ }).check();
    await expect(page.getByRole('article')).toHaveCount(state.saved.length + 1);
    await expect(card(page, TO_SAVE)).toBeVisible();
    await page.getByRole('checkbox', { name: /^Saved for later/ }).uncheck();
    await expect(page.getByRole('article')).toHaveCount(TALK_COUNT);

    await page.reload();
    await expect(page.getByRole('article')).toHaveCount(TALK_COUNT);
    if (state.breakage === 'none') {
      // Where storage works, the reader's choice survives a reload, and so does what was set aside.
      await expectMarks(page, [...state.saved, TO_SAVE], state.watched);
      for (const [key, value] of Object.entries(state.keptAside ?? {})) {
        expect(await stored(page, `${key}:unreadable`), `the unreadable ${key} is still kept aside`).toBe(value);
      }
      await state.afterReload?.(page);
    } else if (state.breakage === 'quota') {
      // Nothing could be written: what was stored before is intact, not cleared or truncated.
      await expectMarks(page, state.saved, state.watched);
      expect(await stored(page, READER_LIST_KEY)).toBe(state.seed[READER_LIST_KEY]);
    } else {
      // No storage at all: a fresh, working page every time.
      await expectMarks(page, [], []);
      await saveButton(page, TO_SAVE).click();
      await expect(saveButton(page, TO_SAVE)).toHaveAttribute('aria-pressed', 'true');
    }
  });
});
