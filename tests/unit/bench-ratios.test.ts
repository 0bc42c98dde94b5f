// The arithmetic of the bench's verdicts: ratios to a floor, figures per 1,000 talks, linear growth.
import { describe, expect, it } from 'vitest';
import { atMost, formatRatio, growsLinearly, per1000, ratio } from '../../scripts/bench/ratios';

describe('ratio', () => {
  it('divides by the floor, and has no value without a positive floor', () => {
    expect(ratio(25, 10)).toBe(2.5);
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(5, null)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(Number.NaN, 4)).toBeNull();
  });
});

describe('formatRatio', () => {
  it('shows three significant figures at most', () => {
    expect(formatRatio(2.3149)).toBe('2.31×');
    expect(formatRatio(12.44)).toBe('12.4×');
    expect(formatRatio(148.4)).toBe('148×');
    expect(formatRatio(null)).toBe('–');
  });
});

describe('per1000', () => {
  it('spreads a figure over thousands of talks', () => {
    expect(per1000(50, 10_000)).toBe(5);
    expect(per1000(1.1, 11)).toBeCloseTo(100);
    expect(per1000(null, 10)).toBeNull();
    expect(per1000(3, 0)).toBeNull();
  });
});

describe('growsLinearly', () => {
  it('accepts a fixed cost plus a linear one (per 1,000 falls, then levels off)', () => {
    const points = [11, 2_500, 10_000, 50_000].map((talks) => ({ talks, value: 20 + talks * 0.003 }));
    expect(growsLinearly(points)).toBe(true);
  });

  it('rejects a quadratic cost, in whatever order the sizes come', () => {
    const points = [50_000, 1_000, 10_000].map((talks) => ({ talks, value: talks * talks * 1e-6 }));
    expect(growsLinearly(points)).toBe(false);
  });

  it('tolerates noise up to 25% between sizes, not more', () => {
    expect(growsLinearly([{ talks: 1000, value: 10 }, { talks: 2000, value: 24 }])).toBe(true);
    expect(growsLinearly([{ talks: 1000, value: 10 }, { talks: 2000, value: 26 }])).toBe(false);
  });

  it('needs two sizes with a figure', () => {
    expect(growsLinearly([{ talks: 1000, value: 10 }, { talks: 2000, value: null }])).toBeNull();
  });
});

describe('atMost', () => {
  it('passes at the limit, fails above, and has no verdict without a value', () => {
    expect(atMost(2.5, 2.5)).toBe(true);
    expect(atMost(2.51, 2.5)).toBe(false);
    expect(atMost(null, 2.5)).toBeNull();
  });
});
