// Reads one of CNCF's mirror lists: a "# " heading, a few lines of preamble (an advertisement for
// the next event, or the event's own description) and a Markdown table whose rows are
//   |中文标题<br>English title - Speaker, Affiliation|[Video](YouTube URL)|[视频](Tencent URL)|
// The reader only cuts the text into cells; it judges nothing, so every row reaches the rules.

export type SourceRow = {
  /** 1-based line of the row in its file. */
  line: number;
  /** The whole line, as the stale-correction check compares against it. */
  raw: string;
  /** The first cell before and after its "<br>": the Chinese and the English text. */
  zh: string;
  en: string;
  youtubeUrl: string;
  tencentUrl: string;
};

export type MalformedRow = { line: number; raw: string };

export type SourceFile = {
  /** The file's name inside the source folder, e.g. "2017Berlin.md". */
  name: string;
  /** The text of the "# " heading. */
  heading: string;
  /** The non-empty lines between the heading and the table. */
  preamble: string[];
  rows: SourceRow[];
  /** Table lines that are not a row of three cells; the importer reports each one. */
  malformed: MalformedRow[];
};

const ROW = /^\|(.*)\|\[[^\]]*\]\(([^)]*)\)\|\[[^\]]*\]\(([^)]*)\)\|\s*$/;
const HEADER = /^\|\s*Topic\s*\|/i;
const DIVIDER = /^\|[\s:|-]+\|\s*$/;

export function parseMirrorList(name: string, text: string): SourceFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let heading = '';
  const preamble: string[] = [];
  const rows: SourceRow[] = [];
  const malformed: MalformedRow[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.startsWith('|')) {
      if (heading === '' && raw.startsWith('# ')) heading = raw.slice(2).trim();
      else if (raw.trim() !== '' && rows.length === 0) preamble.push(raw.trim());
      return;
    }
    if (HEADER.test(raw) || DIVIDER.test(raw)) return;
    const match = ROW.exec(raw);
    const topic = match?.[1];
    const breakAt = topic?.indexOf('<br>') ?? -1;
    if (match === null || topic === undefined || breakAt < 0) {
      malformed.push({ line, raw });
      return;
    }
    rows.push({
      line,
      raw,
      zh: topic.slice(0, breakAt),
      en: topic.slice(breakAt + '<br>'.length),
      youtubeUrl: (match[2] ?? '').trim(),
      tencentUrl: (match[3] ?? '').trim(),
    });
  });
  return { name, heading, preamble, rows, malformed };
}
