// Lines in a JSON file, so that a report can point at the field it is about, not only the file.
// JSON.parse gives values without positions; pyvideo's files are pretty-printed, one field or
// list item per line, so finding a key or a value's text is enough and costs one search.
import type { FileNotes } from './file-notes.ts';

export class JsonLines {
  private newlines: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The 1-based line of a character offset. */
  lineAt(offset: number): number {
    this.newlines ??= [...this.text.matchAll(/\n/g)].map((m) => m.index);
    let low = 0;
    let high = this.newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.newlines[mid] ?? Infinity) < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }

  /** The line of `"key":`, the first one in the file (a key in a string would have its quotes escaped); 1 if not found. */
  lineOfKey(key: string): number {
    const at = this.indexOf(JSON.stringify(key), (i) => /^\s*:/.test(this.text.slice(i + key.length + 2, i + key.length + 12)));
    return at === -1 ? 1 : this.lineAt(at);
  }

  /**
   * The line where a string value is written, searched after the key `within` if given; pyvideo
   * writes non-ASCII as \u escapes, so both spellings are tried. Falls back to the key's line.
   */
  lineOfString(value: string, within?: string): number {
    const start = within === undefined ? 0 : Math.max(0, this.indexOf(JSON.stringify(within)));
    for (const written of [JSON.stringify(value), asciiJson(value)]) {
      const at = this.text.indexOf(written, start);
      if (at !== -1) return this.lineAt(at);
    }
    return within === undefined ? 1 : this.lineOfKey(within);
  }

  private indexOf(needle: string, accept: (index: number) => boolean = () => true): number {
    for (let at = this.text.indexOf(needle); at !== -1; at = this.text.indexOf(needle, at + 1)) {
      if (this.text[at - 1] !== '\\' && accept(at)) return at;
    }
    return -1;
  }
}

/** A string as Python's json.dumps writes it by default: non-ASCII as lowercase \uXXXX escapes. */
function asciiJson(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// V8 names the unexpected token and quotes the text around it, but gives no position:
// `Unexpected token 'x', ..."a": x, "b"... is not valid JSON`.
const TOKEN_WITH_CONTEXT = /^(Unexpected token '([\s\S]+?)'), (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/;

/** The offset of a syntax error, from V8's message: "at position N", or the quoted context. */
function errorOffset(message: string, text: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  const context = TOKEN_WITH_CONTEXT.exec(message);
  if (context === null) return undefined;
  const [, , token = '', around = ''] = context;
  const at = text.indexOf(around);
  return at === -1 ? undefined : at + Math.max(0, around.indexOf(token));
}

/** Where JSON.parse stopped, and its message without the position or the quoted text. */
export function jsonErrorPlace(error: unknown, text: string): { line: number; column: number; message: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const message = (TOKEN_WITH_CONTEXT.exec(raw)?.[1] ?? raw).replace(/\s*(?:in JSON )?at position \d+.*$|\s*\(line \d+ column \d+\)$/, '');
  // Newer Node versions say "(line L column C)" themselves.
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(raw);
  if (lineColumn !== null) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]), message };
  // No position at all ("Unexpected end of JSON input"): the problem is where the text ends.
  const offset = errorOffset(raw, text) ?? text.length;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), message };
}

/**
 * A file's JSON, or undefined after reporting where its syntax breaks; `consequence` says what is
 * skipped because of it ("file skipped", "the event is skipped").
 */
export function parseJsonFile(notes: FileNotes, text: string, consequence: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const place = jsonErrorPlace(error, text);
    notes.skipped('invalid-json', place.line, `not valid JSON: ${place.message} at line ${place.line}, column ${place.column}; ${consequence}`);
    return undefined;
  }
}
