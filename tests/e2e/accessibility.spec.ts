// axe-core on every kind of page, in both languages and in light and dark (chosen, and followed
// from the system): zero violations of WCAG 2.0/2.1 A and AA and axe's best practices. A failure
// lists each violation with its impact, what to do and the elements at fault.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { messages, type Language } from '../../src/i18n/messages';
import { listToolsMessages } from '../../src/reader-list/list-tools-messages';
import { sharedListMessages } from '../../src/reader-list/shared-list-messages';
import { front, PREFERENCES_KEY, preferencesValue, TALK_COUNT } from './catalog-facts';
import { expect, test } from './fixtures';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// The built pages carry a Content Security Policy that allows no injected script; axe is ours.
test.use({ bypassCSP: true });

type Theme = { name: string; preference: 'light' | 'dark' | 'system'; colorScheme: 'light' | 'dark' };
const THEMES: Theme[] = [
  { name: 'light', preference: 'light', colorScheme: 'light' },
  { name: 'dark', preference: 'dark', colorScheme: 'light' },
  { name: 'system dark', preference: 'system', colorScheme: 'dark' },
];

const COUNTING = front.talks.find((talk) => talk.id === 'counting-with-prometheus');
const BRIAN = 'Brian Brazil';
if (!COUNTING) throw new Error('the accessibility pages need counting-with-prometheus in the catalog');

type PageUnderTest = {
  name: string;
  path: string;
  /** The <h1> the page shows once the app has applied the language. */
  heading: (language: Language) => string;
  /** Brings the page to the state that is checked, once the heading shows. */
  ready?: (page: Page, language: Language) => Promise<void>;
};

const catalogHeading = (language: Language) => front.title[language];

const PAGES: PageUnderTest[] = [
  { name: 'catalog', path: '/', heading: catalogHeading, ready: (page) => expect(page.getByRole('article')).toHaveCount(TALK_COUNT) },
  { name: 'filtered catalog', path: '/?topic=alerting', heading: catalogHeading, ready: (page) => expect(page.getByRole('article')).toHaveCount(3) },
  {
    name: 'empty state',
    path: '/?q=zzzzzz',
    heading: catalogHeading,
    ready: (page, language) => expect(page.getByText(messages[language].emptyState)).toBeVisible(),
  },
  { name: 'talk page', path: `/talks/${COUNTING.id}`, heading: (language) => COUNTING.title[language] ?? COUNTING.title.en },
  { name: 'speaker page', path: '/speakers/brian-brazil', heading: () => BRIAN },
  { name: 'not-found page', path: '/no/such/page', heading: (language) => messages[language].notFoundTitle },
  {
    name: 'shared list',
    path: `/shared?ids=${COUNTING.id}`,
    heading: (language) => sharedListMessages[language].sharedTitle,
    ready: (page) => expect(page.getByRole('article')).toHaveCount(1),
  },
  {
    name: 'shared list naming no known talk',
    path: '/shared?ids=not-a-talk',
    heading: (language) => sharedListMessages[language].sharedTitle,
    ready: (page, language) => expect(page.getByText(sharedListMessages[language].sharedEmpty)).toBeVisible(),
  },
  {
    name: 'catalog with the list tools open',
    path: '/',
    heading: catalogHeading,
    ready: async (page, language) => {
      await page.getByRole('button', { name: messages[language].openListTools }).click();
      await expect(page.getByRole('heading', { level: 2, name: listToolsMessages[language].listToolsHeading, exact: true })).toBeVisible();
    },
  },
];

type Violation = { page: string; id: string; impact: string; help: string; helpUrl: string; nodes: string[] };

async function axeViolations(page: Page, pageName: string): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
    const { violations } = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
    return violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => `${node.target.map(String).join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }));
  }, TAGS);
  return results.map((result) => ({ page: pageName, ...result }));
}

const describe = (violations: readonly Violation[]) =>
  violations
    .map((v) => `\n[${v.page}] ${v.id} (${v.impact}): ${v.help} ${v.helpUrl}${v.nodes.map((node) => `\n    ${node}`).join('')}`)
    .join('');

for (const language of ['en', 'zh'] as const) {
  for (const theme of THEMES) {
    test(`axe: ${PAGES.length} pages in ${language === 'en' ? 'English' : 'Chinese'}, ${theme.name} theme, zero violations`, async ({ page }, testInfo) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: theme.colorScheme });
      await page.addInitScript(
        ({ key, value }) => window.localStorage.setItem(key, value),
        { key: PREFERENCES_KEY, value: preferencesValue({ language, theme: theme.preference }) },
      );
      const violations: Violation[] = [];
      for (const pageUnderTest of PAGES) {
        await page.goto(pageUnderTest.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageUnderTest.heading(language));
        await expect(page.locator('html')).toHaveAttribute('lang', language === 'en' ? 'en' : 'zh-Hans');
        if (theme.preference === 'system') await expect(page.locator('html')).not.toHaveAttribute('data-theme');
        else await expect(page.locator('html')).toHaveAttribute('data-theme', theme.preference);
        await pageUnderTest.ready?.(page, language);
        violations.push(...(await axeViolations(page, `${pageUnderTest.name} ${pageUnderTest.path}`)));
      }
      if (violations.length > 0) await testInfo.attach('axe violations', { body: describe(violations), contentType: 'text/plain' });
      expect(violations, `axe violations:${describe(violations)}`).toEqual([]);
    });
  }
}

// WCAG 2.2's target size (2.5.8), on a phone: Lighthouse's mobile audit checks it, and cards whose
// title wraps once put their title, event and speaker links closer than a finger can tell apart.
test('on a phone, every link and control on the lists is a target of at least 24 px', async ({ page }) => {
  test.setTimeout(60_000);
  // Lighthouse's phone: a Moto G Power, 412 px wide.
  await page.setViewportSize({ width: 412, height: 823 });
  const lists = ['/', '/talks', '/talks?q=prometheus', `/events/${front.event.id}`];
  const small: string[] = [];
  for (const path of lists) {
    await page.goto(path);
    await expect(page.getByRole('searchbox')).toBeEnabled();
    await expect(page.getByRole('article').first()).toBeVisible();
    await page.addScriptTag({ path: AXE_SCRIPT });
    const nodes = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
      const { violations } = await axe.run(document, { runOnly: ['target-size'], resultTypes: ['violations'] });
      return violations.flatMap((violation) => violation.nodes.map((node) => `${node.target.map(String).join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`));
    });
    small.push(...nodes.map((node) => `${path} ${node}`));
  }
  expect(small, 'targets under 24 px').toEqual([]);
});

test('with reduced motion asked for, buttons and cards do not animate', async ({ page }) => {
  /** The longest transition or animation on the element, in seconds, after giving it a 2 s transition of its own. */
  const longestMotion = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element: HTMLElement) => {
      element.style.transition = 'background-color 2s, transform 2s';
      element.style.animationDuration = '3s';
      const style = getComputedStyle(element);
      const seconds = (list: string) => list.split(',').map((value) => (value.trim().endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value)));
      return Math.max(...seconds(style.transitionDuration), ...seconds(style.animationDuration));
    });
  const saveButton = () => page.getByRole('article').first().getByRole('button', { name: 'Save for later' });
  const card = () => page.getByRole('article').first();

  // Without the preference a transition runs as written: the measurement sees motion.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  expect(await longestMotion(saveButton())).toBe(3);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  expect(await longestMotion(saveButton()), 'the save button').toBeLessThanOrEqual(0.01);
  expect(await longestMotion(card()), 'a talk card').toBeLessThanOrEqual(0.01);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});
