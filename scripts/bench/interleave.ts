// The order in which the bench measures its subjects (the floor page, the app, and in an A/B the
// other build): round by round, each subject once per round, the order reversed every other
// round (A B, B A, A B, …: an ABBA design). A machine that slows down or speeds up during a run
// (another process, thermal limits, a cache warming) then touches every subject alike, instead of
// all of one subject's samples being taken before the other's; and no subject is always the
// first after a switch.

/** The subjects' indices for round `round` (0-based) of `subjects`. */
export function roundOrder(round: number, subjects: number): number[] {
  const forward = Array.from({ length: subjects }, (_, i) => i);
  return round % 2 === 0 ? forward : forward.reverse();
}

/** Every round's order, as (round, subject) pairs in the order they are measured. */
export function interleavedSchedule(rounds: number, subjects: number): { round: number; subject: number }[] {
  return Array.from({ length: rounds }, (_, round) => roundOrder(round, subjects).map((subject) => ({ round, subject }))).flat();
}

/** `items` cut into `rounds` runs of near-equal length, in order; never an empty run. */
export function splitIntoRounds<T>(items: readonly T[], rounds: number): T[][] {
  const count = Math.max(1, Math.min(rounds, items.length));
  const runs: T[][] = [];
  for (let i = 0; i < count; i += 1) {
    runs.push(items.slice(Math.round((i * items.length) / count), Math.round(((i + 1) * items.length) / count)));
  }
  return runs.filter((run) => run.length > 0);
}
