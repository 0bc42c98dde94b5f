// The parts of a Lighthouse result worth reading in a terminal: the four category scores, the
// loading metrics, and every audit that cost points, with the elements or files it blames.
import type { Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export interface FailingAudit {
  readonly category: CategoryId;
  /** The category's score, 0–100: the brief asks for details only where it is under 100. */
  readonly categoryScore: number | null;
  readonly id: string;
  readonly title: string;
  /** 0–100. */
  readonly score: number;
  /** How much the audit weighs in its category's score; 0 = shown but not scored. */
  readonly weight: number;
  readonly displayValue: string | null;
  /** What the audit points at: element snippets and selectors, or URLs. A few, not all. */
  readonly culprits: readonly string[];
}

export interface PageSummary {
  readonly page: string;
  readonly url: string;
  /** 0–100, or null when Lighthouse could not score the category. */
  readonly scores: Readonly<Record<CategoryId, number | null>>;
  readonly lcpMs: number | null;
  readonly tbtMs: number | null;
  readonly cls: number | null;
  /** Bytes the page transferred (Lighthouse's total-byte-weight: every request, as sent). */
  readonly bytes: number | null;
  readonly failing: readonly FailingAudit[];
  readonly warnings: readonly string[];
}

const CULPRITS_SHOWN = 5;
// Modes where score < 1 means "lost points"; informative, manual and n/a audits never do.
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

function numericValue(lhr: Result, id: string): number | null {
  return lhr.audits[id]?.numericValue ?? null;
}

type Item = Record<string, unknown>;

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null;
}

function describeItem(item: Item): string | undefined {
  const node = item.node as { snippet?: string; selector?: string } | undefined;
  if (node?.snippet !== undefined) return node.selector === undefined ? node.snippet : `${node.snippet} (${node.selector})`;
  const source = item.source as { url?: string } | undefined;
  // description: a console message, for errors-in-console and similar.
  for (const value of [item.url, source?.url, item.description]) {
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** The critical request chain Lighthouse marks as longest, e.g. "128 ms: / → /assets/index.js". */
function longestChain(tree: Item): string | undefined {
  const urls: string[] = [];
  let chains: unknown = tree.chains;
  for (;;) {
    const next = isItem(chains) ? Object.values(chains).filter(isItem).find((link) => link.isLongest === true) : undefined;
    if (next === undefined || typeof next.url !== 'string') break;
    urls.push(next.url);
    chains = next.children;
  }
  const duration = (tree.longestChain as { duration?: number } | undefined)?.duration;
  return urls.length === 0 ? undefined : `longest chain ${duration ?? '?'} ms: ${urls.join(' → ')}`;
}

/** Walks an audit's details (tables, lists of sections, nested sub-items) for what it blames. */
function collectCulprits(details: unknown, found: string[]): void {
  if (!isItem(details)) return;
  if (details.type === 'network-tree') {
    const chain = longestChain(details);
    if (chain !== undefined) found.push(chain);
    return;
  }
  if (details.type === 'list-section') {
    collectCulprits(details.value, found);
    return;
  }
  const items = Array.isArray(details.items) ? details.items.filter(isItem) : [];
  for (const item of items) {
    if (item.type === 'list-section' || item.type === 'network-tree' || item.type === 'table') {
      collectCulprits(item, found);
      continue;
    }
    // Accessibility audits nest the failing elements one level down, under subItems.
    const nested = isItem(item.subItems) && Array.isArray(item.subItems.items) ? item.subItems.items.filter(isItem) : [item];
    for (const candidate of nested) {
      const text = describeItem(candidate);
      if (text !== undefined && !found.includes(text)) found.push(text);
    }
  }
}

function culprits(audit: Result['audits'][string]): string[] {
  const found: string[] = [];
  collectCulprits(audit.details, found);
  const more = found.length - CULPRITS_SHOWN;
  return more > 0 ? [...found.slice(0, CULPRITS_SHOWN), `… and ${more} more`] : found;
}

function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    const categoryScore = lhr.categories[category]?.score;
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (audit?.score == null || audit.score >= 1 || !SCORED_MODES.has(audit.scoreDisplayMode)) continue;
      failing.push({
        category,
        categoryScore: categoryScore == null ? null : Math.round(categoryScore * 100),
        id: ref.id,
        title: audit.title,
        score: Math.round(audit.score * 100),
        weight: ref.weight,
        displayValue: audit.displayValue ?? null,
        culprits: culprits(audit),
      });
    }
  }
  return failing;
}

export function summarizeLighthouse(page: string, lhr: Result): PageSummary {
  const score = (id: CategoryId) => {
    const value = lhr.categories[id]?.score;
    return value == null ? null : Math.round(value * 100);
  };
  return {
    page,
    url: lhr.finalDisplayedUrl,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: numericValue(lhr, 'largest-contentful-paint'),
    tbtMs: numericValue(lhr, 'total-blocking-time'),
    cls: numericValue(lhr, 'cumulative-layout-shift'),
    bytes: numericValue(lhr, 'total-byte-weight'),
    failing: failingAudits(lhr),
    warnings: lhr.runWarnings,
  };
}
