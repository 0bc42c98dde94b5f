// The arithmetic behind the bench's verdicts, kept apart from the measuring so it can be tested:
// ratios to a floor, figures per 1,000 talks, and what "grows linearly or better" means.

/** `value / floor`, or null when either is missing or the floor is not positive. */
export function ratio(value: number | null | undefined, floor: number | null | undefined): number | null {
  if (value === null || value === undefined || floor === null || floor === undefined) return null;
  if (!Number.isFinite(value) || !Number.isFinite(floor) || floor <= 0) return null;
  return value / floor;
}

/** "2.31×", "12.4×", "148×": three significant figures at most, two decimals at most. */
export function formatRatio(value: number | null): string {
  if (value === null) return '–';
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)}×`;
}

/** A figure spread over the catalog's size: per 1,000 talks (a catalog of 11 talks counts 0.011 thousands). */
export function per1000(value: number | null, talks: number): number | null {
  if (value === null || talks <= 0) return null;
  return value / (talks / 1000);
}

/**
 * Growth is linear or better when, from each size to the next larger one, the figure per 1,000
 * talks does not rise by more than `tolerance` (25%: builds on a shared machine vary by about
 * that much). Fixed costs make small catalogs' per-1,000 figures larger, so a linear cost shows
 * as a per-1,000 figure that falls and then levels off; a quadratic one as one that keeps rising.
 * `points` are (talks, figure) pairs in any order; null when fewer than two have a figure.
 */
export function growsLinearly(points: readonly { talks: number; value: number | null }[], tolerance = 0.25): boolean | null {
  const known = points
    .flatMap((point) => {
      const value = per1000(point.value, point.talks);
      return value === null ? [] : [{ talks: point.talks, value }];
    })
    .sort((a, b) => a.talks - b.talks);
  if (known.length < 2) return null;
  return known.every((point, i) => {
    const previous = known[i - 1];
    return previous === undefined || point.value <= previous.value * (1 + tolerance);
  });
}

/** Whether `value` is at most `limit`; null when there is no value. */
export function atMost(value: number | null, limit: number): boolean | null {
  return value === null ? null : value <= limit;
}
