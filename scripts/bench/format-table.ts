// A table for the terminal: a title, a header row, a rule, labels left-aligned and figures
// right-aligned so digits line up, and a blank cell shown as "–" rather than left empty (an empty
// cell reads as a layout fault; "–" says "not measured here").

export interface TextTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | null)[])[];
  /** Lines printed under the table: what a figure means, why a cell is empty. */
  readonly notes?: readonly string[];
}

export function formatTable({ title, header, rows, notes = [] }: TextTable): string {
  const cells = [header, ...rows].map((row) => header.map((_, i) => row[i] ?? '–'));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const render = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  const [head = [], ...body] = cells;
  return [title, render(head), rule, ...body.map(render), ...notes.map((note) => `  ${note}`)].join('\n');
}
