// The bench's tables and verdicts, from made-up summaries: each ratio is read against the right
// floor, the verdicts follow the targets of issue 14, and the tables line up.
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../scripts/bench/format-table';
import { absoluteTargetApplies, buildReport, formatReport, spread, type CaseSummary, type SubjectSummary } from '../../scripts/bench/report';
import type { Weights } from '../../scripts/bench/weigh-pages';

function subject(ms: number, overrides: Partial<SubjectSummary> = {}): SubjectSummary {
  const timing = spread([ms, ms, ms * 1.5]);
  return {
    firstRender: timing,
    coldSearch: timing,
    coldSearchFetches: 0,
    keystroke: timing,
    toggle: timing,
    domAfterFirstRender: 1000,
    domAfterBroadSearch: 1000,
    heapMbAfterFirstRender: 5,
    heapMbAfterBroadSearch: 10,
    broadSearch: { term: 'prometheus', articles: 40, resultText: '' },
    ...overrides,
  };
}

function weights(pageBytes: number, searchBytes: number): Weights {
  const page = (path: string) => ({ path, bytes: pageBytes, requests: 5, largest: [] });
  return {
    pages: { home: page(''), talk: page('talks/a'), event: page('events/e'), archive: page('talks') },
    search: { term: 'prometheus', bytes: searchBytes, requests: 1, largest: [] },
  };
}

function summary(id: string, talks: number, app: SubjectSummary, pageBytes: number, searchBytes = 0): CaseSummary {
  return {
    id,
    label: `${id} ${talks}`,
    talks,
    events: 1,
    build: { ms: 1000 + talks, peakTreeBytes: 3e8 + talks * 1e4, peakProcessBytes: 2e8, outputBytes: talks * 1e4, files: talks * 2, largestHtml: null },
    weights: weights(pageBytes, searchBytes),
    floor: subject(10),
    app,
  };
}

const verdict = (report: ReturnType<typeof buildReport>, start: string) => report.verdicts.find((v) => v.target.startsWith(start));

describe('buildReport', () => {
  const post = summary('post', 11, subject(15), 100_000);
  const big = summary('30000', 30_000, subject(30, { heapMbAfterBroadSearch: 60 }), 150_000, 900_000);
  const mid = summary('10000', 10_000, subject(21, { domAfterBroadSearch: 2500 }), 120_000, 150_000);
  const report = buildReport([big, post, mid]);

  it('orders the columns from the smallest catalog to the largest', () => {
    expect(report.tables[0]?.header).toEqual(['', 'post 11', '10000 10000', '30000 30000', 'target']);
  });

  it('judges first render on the median against the floor page measured beside it', () => {
    // medians 15, 21, 30 against a floor of 10: 1.5× and 2.1× and 3×, against ≤ 2×.
    expect(verdict(report, 'first render')?.results.map((r) => r.pass)).toEqual([true, false, false]);
    expect(verdict(report, 'first render')?.results.map((r) => r.measured)).toEqual(['1.50×', '2.10×', '3.00×']);
  });

  it('judges keystrokes on the p95', () => {
    // p95 of [m, m, 1.5m] is 1.5m; the floor's is 15: 22.5/15, 31.5/15, 45/15.
    expect(verdict(report, 'keystroke')?.results.map((r) => r.measured)).toEqual(['1.50×', '2.10×', '3.00×']);
    expect(verdict(report, 'keystroke')?.results.map((r) => r.pass)).toEqual([true, true, false]);
  });

  it('reads bytes against the same page in the 11-talk build', () => {
    const bytes = verdict(report, 'first view')?.results.filter((r) => r.case.endsWith(' talk'));
    expect(bytes?.map((r) => [r.measured, r.pass])).toEqual([
      ['1.00×', true],
      ['1.20×', true],
      ['1.50×', false],
    ]);
  });

  it('checks the absolute limits only up to the size the issue states them at', () => {
    expect(verdict(report, 'one-word search')?.results.map((r) => r.pass)).toEqual([true, true, null]);
    expect(verdict(report, 'JS heap')?.results.map((r) => r.pass)).toEqual([true, true, null]);
    expect(absoluteTargetApplies(21_713)).toBe(true);
    expect(absoluteTargetApplies(50_000)).toBe(false);
  });

  it('compares DOM sizes with the smallest catalog of at least 1,000 talks, not the 11-talk one', () => {
    const dom = verdict(report, 'DOM nodes after broad search');
    expect(dom?.target).toContain('10000 10000');
    expect(dom?.results.map((r) => [r.measured, r.pass])).toEqual([
      ['0.40×', null],
      ['1.00×', true],
      ['0.40×', true],
    ]);
  });

  it('sees linear build growth from per-1,000 figures', () => {
    expect(verdict(report, 'build time')?.results[0]?.pass).toBe(true);
  });

  it('without the 11-talk build has no byte ratio rather than a wrong one', () => {
    const without = buildReport([mid, big]);
    expect(verdict(without, 'first view')?.results.every((r) => r.pass === null)).toBe(true);
    expect(formatReport(without)).toContain('no 11-talk build in this run');
  });

  it('prints a failing target with the cases that failed it', () => {
    expect(formatReport(report)).toMatch(/FAIL {2}first render ≤ 2× the floor page's \(medians\): 10000 10000 2\.10×, 30000 30000 3\.00×/);
  });
});

describe('formatTable', () => {
  it('left-aligns labels, right-aligns figures, and shows a missing cell as –', () => {
    const text = formatTable({
      title: 'T',
      header: ['', 'a', 'bbbb'],
      rows: [
        ['x', '1.5', null],
        ['longer', '10', '2'],
      ],
      notes: ['why'],
    });
    expect(text.split('\n')).toEqual(['T', '          a  bbbb', '──────  ───  ────', 'x       1.5     –', 'longer   10     2', '  why']);
  });
});
