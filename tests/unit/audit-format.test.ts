// The audit's score table: one row per catalog and page, with Total Blocking Time and bytes.
import { describe, expect, it } from 'vitest';
import { formatScores } from '../../scripts/audit/format-audit';
import type { PageSummary } from '../../scripts/audit/lighthouse-summary';

function page(name: string, performance: number | null, tbtMs: number | null, bytes: number | null): PageSummary {
  return {
    page: name,
    url: `http://127.0.0.1/${name}`,
    scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    lcpMs: 1234.4,
    tbtMs,
    cls: 0,
    bytes,
    failing: [],
    warnings: [],
  };
}

describe('formatScores', () => {
  it('has a row per catalog and page, labels left-aligned and figures right-aligned', () => {
    const text = formatScores([
      { label: 'post 11', pages: [page('home', 100, 0, 134_400)] },
      { label: 'synth 50,000', pages: [page('archive', 73, 1612.6, 6_570_000), page('talk', null, null, null)] },
    ]);
    expect(text.split('\n')).toEqual([
      'catalog       page     perf  a11y  best-pr  seo      LCP      TBT    CLS      bytes',
      'post 11       home      100   100      100  100  1234 ms     0 ms  0.000   134.4 kB',
      'synth 50,000  archive    73   100      100  100  1234 ms  1613 ms  0.000  6570.0 kB',
      'synth 50,000  talk        –   100      100  100  1234 ms        –  0.000          –',
    ]);
  });
});
