// What a first visit transfers: each of the bench's pages (bench-pages.ts) opened in a fresh
// context (empty cache) and left until the network and the main thread are quiet, so anything the
// page fetches by itself after it has loaded counts too. Then, on the archive, what one search
// adds: a word typed key by key at a reader's pace, until the network is quiet again. Bytes do not
// vary between runs, so each is measured once.
import type { Browser } from '@playwright/test';
import { PAGE_KINDS, type BenchPages, type PageKind } from './bench-pages';
import { searchBox, settle } from './page-session';
import { addKeepNamesShim } from './page-probe';
import { entriesAfter, trackTransfer, type TransferEntry } from './transfer';

export interface PageWeight {
  readonly path: string;
  readonly bytes: number;
  readonly requests: number;
  /** The heaviest requests, for finding what grew. */
  readonly largest: readonly TransferEntry[];
}

export interface SearchWeight {
  readonly term: string;
  readonly bytes: number;
  readonly requests: number;
  readonly largest: readonly TransferEntry[];
}

export interface Weights {
  readonly pages: Readonly<Record<PageKind, PageWeight>>;
  readonly search: SearchWeight;
}

// A reader's typing pace, so a design that fetches per prefix is weighed as it is used.
const KEY_DELAY_MS = 120;
const LARGEST_SHOWN = 5;

const heaviest = (entries: readonly TransferEntry[]) => [...entries].sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST_SHOWN);

export async function weighPages(browser: Browser, baseUrl: string, pages: BenchPages, searchTerm: string): Promise<Weights> {
  const weights: Partial<Record<PageKind, PageWeight>> = {};
  let search: SearchWeight | undefined;
  for (const kind of PAGE_KINDS) {
    const path = pages[kind];
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await addKeepNamesShim(page);
      const log = await trackTransfer(page);
      // The log is attached before the navigation, so the document itself counts.
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      await settle(page);
      const firstView = log.entries();
      weights[kind] = { path, bytes: log.bytes(), requests: firstView.length, largest: heaviest(firstView) };
      if (kind === 'archive') {
        await searchBox(page).focus();
        await page.keyboard.type(searchTerm, { delay: KEY_DELAY_MS });
        await settle(page);
        const added = entriesAfter(log, firstView.length);
        search = { term: searchTerm, bytes: added.bytes, requests: added.entries.length, largest: heaviest(added.entries) };
      }
      await log.stop();
    } finally {
      await context.close();
    }
  }
  const { home, talk, event, archive } = weights;
  if (home === undefined || talk === undefined || event === undefined || archive === undefined || search === undefined) {
    throw new Error('weighPages: a page was not weighed');
  }
  return { pages: { home, talk, event, archive }, search };
}
