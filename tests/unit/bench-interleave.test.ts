// The bench measures the floor page and the app alternately; a schedule that measured one subject
// first every round, or dropped or repeated one, would bias every ratio.
import { describe, expect, it } from 'vitest';
import { interleavedSchedule, roundOrder, splitIntoRounds } from '../../scripts/bench/interleave';
import { togglePlan } from '../../scripts/bench/page-session';

describe('roundOrder', () => {
  it('reverses the order every other round (A B, B A, A B)', () => {
    expect([0, 1, 2, 3].map((round) => roundOrder(round, 2))).toEqual([
      [0, 1],
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(roundOrder(1, 3)).toEqual([2, 1, 0]);
  });
});

describe('interleavedSchedule', () => {
  it('measures each subject once per round, and each first in as many rounds as the others', () => {
    const schedule = interleavedSchedule(6, 2);
    expect(schedule).toHaveLength(12);
    for (let round = 0; round < 6; round += 1) {
      expect(schedule.filter((s) => s.round === round).map((s) => s.subject).sort()).toEqual([0, 1]);
    }
    const firsts = schedule.filter((_, i) => i % 2 === 0).map((s) => s.subject);
    expect(firsts.filter((s) => s === 0)).toHaveLength(3);
    expect(firsts.filter((s) => s === 1)).toHaveLength(3);
  });

  it('never measures one subject twice in a row within a round', () => {
    const schedule = interleavedSchedule(5, 3);
    for (let i = 1; i < schedule.length; i += 1) {
      const [previous, current] = [schedule[i - 1], schedule[i]];
      if (previous?.round === current?.round) expect(current?.subject).not.toBe(previous?.subject);
    }
  });
});

describe('splitIntoRounds', () => {
  it('keeps every item, in order, in runs that differ in length by one at most', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const runs = splitIntoRounds(items, 6);
    expect(runs).toHaveLength(6);
    expect(runs.flat()).toEqual(items);
    const lengths = runs.map((run) => run.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
  });

  it('makes fewer runs than asked rather than empty ones', () => {
    expect(splitIntoRounds(['a', 'b'], 6)).toEqual([['a'], ['b']]);
    expect(splitIntoRounds([], 6)).toEqual([]);
  });
});

describe('togglePlan', () => {
  it('turns each topic on then off, cycling until there are enough toggles', () => {
    const topics = [
      { id: 'a', kind: 'subject' as const, label: { en: 'A' } },
      { id: 'b', kind: 'project' as const, label: { en: 'B' } },
    ];
    expect(togglePlan(topics, 6)).toEqual([
      { topic: 'a', on: true },
      { topic: 'a', on: false },
      { topic: 'b', on: true },
      { topic: 'b', on: false },
      { topic: 'a', on: true },
      { topic: 'a', on: false },
    ]);
    expect(togglePlan([], 6)).toEqual([]);
  });
});
