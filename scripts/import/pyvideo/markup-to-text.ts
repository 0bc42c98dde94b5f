// Talk descriptions in public archives are written in reStructuredText, Markdown or HTML, often a
// mix (pandoc output pasted into a web form). The catalog shows plain text, so the markup goes and
// the words stay: paragraphs are separated by a blank line, list items and line-block lines each
// keep a line of their own, and nothing a reader would see as markup (backquotes, asterisks,
// underlines, directives, tags) is left. This is a tolerant reader, not a parser: it never fails,
// and on text that is not markup it changes only whitespace.
import { decodeHtmlEntities } from './html-entities.ts';

/** A paragraph being assembled: its lines, the last of which may still be growing. */
type Paragraph = string[];

const TAB_WIDTH = 8;

// Block-level HTML: where these open or close, a new paragraph (or, for <br> and <li>, a new line) starts.
const HTML_BLOCK = /<\/?(?:p|div|h[1-6]|ul|ol|table|thead|tbody|tr|blockquote|pre|section|article|header|footer|hr)\b[^>]*>/gi;
const HTML_LINE = /<br\s*\/?>|<(?:dt|dd|tr)\b[^>]*>/gi;
const HTML_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|br|center|cite|code|dd|del|div|dl|dt|em|figure|figcaption|font|h[1-6]|hr|i|iframe|img|ins|kbd|li|mark|ol|p|pre|q|s|samp|section|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|var|video|source|embed|object|param|script|style)\b[^>]*>/gi;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HTML_SCRIPT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const LOOKS_LIKE_HTML = /<(?:p|br|div|ul|ol|li|a\s+href|strong|em|b|i|span|h[1-6]|table)\b[^>]*>/i;

const HTML_STRUCTURE = /<(?:p|br|div|li|h[1-6]|tr)\b/i;

/**
 * HTML's structure becomes blank lines and line breaks, its tags go; the text is then read as the
 * rest. `hardBreaks`: every line break left is one the tags asked for, not a wrapped line.
 */
function htmlToLines(source: string): { text: string; hardBreaks: boolean } {
  let text = source.replace(HTML_COMMENT, '').replace(HTML_SCRIPT, '');
  // Where tags carry the structure, source line breaks mean nothing (as in a browser); a text with
  // only a stray <b> keeps its own blank lines and wrapping.
  const hardBreaks = HTML_STRUCTURE.test(text);
  if (hardBreaks) text = text.replace(/\s*\n\s*/g, ' ');
  text = text
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<t[dh]\b[^>]*>/gi, ' ')
    .replace(HTML_BLOCK, '\n\n')
    .replace(HTML_LINE, '\n')
    .replace(HTML_TAG, '');
  return { text, hardBreaks };
}

// Directives whose body is not prose a reader wants (pictures, embedded HTML, tables of contents).
const DIRECTIVES_WITHOUT_TEXT = new Set([
  'image',
  'figure',
  'raw',
  'include',
  'meta',
  'contents',
  'toctree',
  'sectnum',
  'role',
  'default-role',
  'highlight',
  'youtube',
  'vimeo',
  'video',
  'iframe',
  'embed',
  'html',
  'class',
  'title',
  'target-notes',
]);

const DIRECTIVE = /^\.\.\s+(?:\|[^|]+\|\s+)?([\w:.+-]+)::(.*)$/;
const EXPLICIT_MARKUP = /^\.\.(?:\s|$)/; // comments, hyperlink targets, footnotes, substitutions
const FOOTNOTE = /^\.\.\s+\[([^\]]+)\]\s+(.*)$/;
const ANONYMOUS_TARGET = /^__\s+\S+$/;
const MARKDOWN_LINK_DEFINITION = /^\[[^\]]+\]:\s*\S+(?:\s+["'(].*["')])?$/;
const ADORNMENT = /^([=\-~^"'`#*+:._<>!$%&,;?@\\/|])\1{2,}$/; // section underlines, overlines, rules
const SIMPLE_TABLE_BORDER = /^=+(?:\s+=+)+$/;
const GRID_TABLE_BORDER = /^\+(?:[-=:]+\+)+$/;
const MARKDOWN_TABLE_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;
const TABLE_ROW = /^\|(.*\|.*)\|$/;
const CODE_FENCE = /^(`{3,}|~{3,})/;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/;
const LINE_BLOCK = /^\|(?:\s+(.*))?$/;
const BULLET = /^(?:[-*+•‣◦▪]|\\[-*+])\s+(.*)$/;
const ENUMERATED = /^(?:(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]|\((\d{1,3}|[a-zA-Z])\)|(#)\.)\s+(.*)$/;
const FIELD = /^:([^:`][^:]*):(?:\s+(.*))?$/;
const BLOCKQUOTE_MARKER = /^(?:>\s?)+/;

const indentOf = (line: string) => line.length - line.trimStart().length;

/** Tabs to spaces at rST's tab stops, so indentation can be compared. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(TAB_WIDTH - (out.length % TAB_WIDTH)) : char;
  return out;
}

/**
 * A hard-wrapped line continues the one before: joined with a space, except after a word broken
 * at a hyphen ("high-" + "performance"), which pandoc's wrapping produces.
 */
function joinWrapped(previous: string, next: string): string {
  if (previous === '') return next;
  if (/\p{L}-$/u.test(previous) && /^\p{L}/u.test(next)) return previous + next;
  // Chinese and Japanese have no spaces between words; a line break inside a sentence is not one.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。，！？：；）」』]$/u.test(previous) && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}（「『]/u.test(next)) {
    return previous + next;
  }
  return `${previous} ${next}`;
}

class TextBuilder {
  readonly paragraphs: Paragraph[] = [];
  private current: Paragraph = [];
  /** Whether the last line may take the next wrapped line (false after a literal or a heading). */
  private open = false;

  /** Continues the current line, as wrapped prose does. */
  addProse(text: string): void {
    if (text === '') return;
    const last = this.current.length - 1;
    if (this.open && last >= 0) this.current[last] = joinWrapped(this.current[last] ?? '', text);
    else this.current.push(text);
    this.open = true;
  }

  /** Starts a line of its own (a list item, a line of a line block), which wrapped lines may continue. */
  addLine(text: string): void {
    this.current.push(text);
    this.open = true;
  }

  /** A line that nothing continues: code, a table row. */
  addFixedLine(text: string): void {
    this.current.push(text);
    this.open = false;
  }

  /** A heading: a paragraph of its own. */
  addHeading(text: string): void {
    this.endParagraph();
    if (text !== '') this.paragraphs.push([text]);
  }

  endParagraph(): void {
    const lines = this.current.filter((line) => line.trim() !== '');
    if (lines.length > 0) this.paragraphs.push(lines);
    this.current = [];
    this.open = false;
  }
}

/** Lines that belong to a block started at `indent`: blank, or indented deeper. */
function blockEnd(lines: readonly string[], start: number, indent: number): number {
  let end = start;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (line.trim() !== '' && indentOf(line) <= indent) break;
    end += 1;
  }
  return end;
}

/** Removes the indentation the lines share, so a directive's body reads like a document of its own. */
function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map(indentOf);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => l.slice(common).trimEnd());
}

/**
 * Code: each line stays a line and nothing in it is read as markup. Its indentation is not kept:
 * the catalog's text is read as words, where leading spaces do not survive.
 */
function addVerbatim(out: TextBuilder, lines: readonly string[]): void {
  for (const line of lines.map((l) => l.trim())) {
    if (line === '') out.endParagraph();
    else out.addFixedLine(line);
  }
  out.endParagraph();
}

function readBlocks(lines: readonly string[], out: TextBuilder, hardBreaks = false): void {
  let i = 0;
  let fence: string | undefined;
  // After a paragraph that ends in "::", the lines indented deeper than it are an rST literal block.
  let literalAfterIndent: number | undefined;
  while (i < lines.length) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    const indent = indentOf(raw);

    if (fence !== undefined) {
      if (line.startsWith(fence)) {
        fence = undefined;
        out.endParagraph();
      } else if (line === '') out.endParagraph();
      else out.addFixedLine(raw.trimEnd());
      i += 1;
      continue;
    }
    if (line === '') {
      out.endParagraph();
      i += 1;
      continue;
    }
    if (literalAfterIndent !== undefined) {
      const introducedAt = literalAfterIndent;
      literalAfterIndent = undefined;
      if (indent > introducedAt) {
        const end = blockEnd(lines, i, introducedAt);
        addVerbatim(out, lines.slice(i, end));
        i = end;
        continue;
      }
    }
    const fenceMatch = CODE_FENCE.exec(line);
    if (fenceMatch?.[1] !== undefined) {
      out.endParagraph();
      fence = fenceMatch[1];
      i += 1;
      continue;
    }
    const directive = DIRECTIVE.exec(line);
    if (directive !== null) {
      out.endParagraph();
      const name = (directive[1] ?? '').toLowerCase().replace(/^code-block$|^sourcecode$/, 'code');
      const end = blockEnd(lines, i + 1, indent);
      // A directive's options (":width: 200") come first in its body; the rest is its content.
      const body = lines.slice(i + 1, end);
      while (body.length > 0 && (body[0]?.trim() ?? '') !== '' && FIELD.test(body[0]?.trim() ?? '')) body.shift();
      if (!DIRECTIVES_WITHOUT_TEXT.has(name)) {
        const argument = (directive[2] ?? '').trim();
        // An admonition's argument is its first words (".. note:: Bring a laptop"); code's is a language name.
        if (argument !== '' && name !== 'code' && !name.includes(':')) out.addProse(inlineToText(argument));
        if (name === 'code') addVerbatim(out, body);
        else readBlocks(dedent(body), out);
      }
      out.endParagraph();
      i = end;
      continue;
    }
    if (EXPLICIT_MARKUP.test(line)) {
      out.endParagraph();
      const footnote = FOOTNOTE.exec(line);
      const end = blockEnd(lines, i + 1, indent);
      if (footnote !== null && !(footnote[1] ?? '').startsWith('#') && footnote[2] !== undefined) {
        out.addLine(`[${footnote[1] ?? ''}] ${inlineToText(footnote[2])}`);
        for (const more of lines.slice(i + 1, end)) out.addProse(inlineToText(more.trim()));
        out.endParagraph();
      }
      // Otherwise a comment, a hyperlink target or a substitution definition: nothing to read.
      i = end;
      continue;
    }
    if (ANONYMOUS_TARGET.test(line) || MARKDOWN_LINK_DEFINITION.test(line)) {
      i += 1;
      continue;
    }
    if (SIMPLE_TABLE_BORDER.test(line) || GRID_TABLE_BORDER.test(line) || MARKDOWN_TABLE_SEPARATOR.test(line)) {
      i += 1; // a table's rules: its rows stay together
      continue;
    }
    if (ADORNMENT.test(line)) {
      // An underline makes the line above it a heading; an overline or a rule just ends a paragraph.
      out.endParagraph();
      i += 1;
      continue;
    }
    const next = (lines[i + 1] ?? '').trim();
    if (ADORNMENT.test(next) && next.length >= Math.min(line.length, 3) && !BULLET.test(line)) {
      out.addHeading(inlineToText(line));
      i += 2;
      continue;
    }
    const heading = MARKDOWN_HEADING.exec(line);
    if (heading !== null) {
      out.addHeading(inlineToText(heading[1] ?? ''));
      i += 1;
      continue;
    }
    const row = TABLE_ROW.exec(line);
    if (row !== null) {
      const cells = (row[1] ?? '').split('|').map((c) => inlineToText(c.trim())).filter((c) => c !== '');
      if (cells.length > 0) out.addFixedLine(cells.join(' · '));
      i += 1;
      continue;
    }
    const lineBlock = LINE_BLOCK.exec(line);
    if (lineBlock !== null) {
      const content = (lineBlock[1] ?? '').trim();
      if (ADORNMENT.test(content)) {
        // "| Title" then "| -----": pandoc's rendering of a section title inside a line block.
        out.endParagraph();
        i += 1;
        continue;
      }
      // "| - item" and "| \* item": a list written as a line block, as pandoc does.
      const item = BULLET.exec(content);
      out.addLine(item === null ? inlineToText(content) : `• ${inlineToText(item[1] ?? '')}`);
      i += 1;
      continue;
    }
    const quote = BLOCKQUOTE_MARKER.exec(line);
    if (quote !== null) {
      const rest = line.slice(quote[0].length);
      readBlocks([rest], out, hardBreaks);
      i += 1;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet !== null) {
      out.addLine(`• ${inlineToText(bullet[1] ?? '')}`);
      i += 1;
      continue;
    }
    const enumerated = ENUMERATED.exec(line);
    if (enumerated !== null && (enumerated[3] !== undefined || /^\d/.test(line) || /^\(/.test(line) || indent > 0 || isListContext(lines, i))) {
      const body = inlineToText(enumerated[4] ?? '');
      if (enumerated[3] !== undefined) out.addLine(`• ${body}`);
      else out.addLine(`${line.slice(0, line.length - (enumerated[4] ?? '').length).trim()} ${body}`);
      i += 1;
      continue;
    }
    const field = FIELD.exec(line);
    if (field !== null) {
      const value = field[2] === undefined ? '' : ` ${inlineToText(field[2])}`;
      out.addLine(`${inlineToText(field[1] ?? '')}:${value}`);
      i += 1;
      continue;
    }

    let prose = line;
    if (prose === '::') {
      literalAfterIndent = indent;
      i += 1;
      continue;
    }
    if (prose.endsWith('::')) {
      literalAfterIndent = indent;
      // "Example::" reads "Example:"; "Example ::" reads "Example".
      prose = /\s::$/.test(prose) ? prose.slice(0, -3).trimEnd() : prose.slice(0, -1);
    }
    if (hardBreaks) out.addLine(inlineToText(prose));
    else out.addProse(inlineToText(prose));
    i += 1;
  }
}

/** "a. b. c." lists need a neighbour that is also an item, or "A. Smith wrote" would become a list. */
function isListContext(lines: readonly string[], i: number): boolean {
  const near = [lines[i - 1], lines[i + 1]].map((l) => (l ?? '').trim());
  return near.some((l) => ENUMERATED.test(l));
}

// Inline markup. Literal text (``code``, `code`) is set aside first so that what is inside it is
// never read as markup: ``**kwargs`` stays "**kwargs". U+FDD0 is a noncharacter, reserved by
// Unicode for exactly this kind of internal marker, so it cannot clash with real text.
const HOLD = '\uFDD0';
const HELD = /\uFDD0(\d+)\uFDD0/g;

export function inlineToText(text: string): string {
  const held: string[] = [];
  const hold = (value: string) => `${HOLD}${held.push(value) - 1}${HOLD}`;
  // Each group of rules runs only if its marker character occurs: most lines of a description are
  // plain prose, and the archive has tens of megabytes of them.
  let out = text.replace(/\uFDD0/g, '');
  if (out.includes('`')) {
    out = out
      .replace(/``(.+?)``/g, (_m, code: string) => hold(code))
      // rST hyperlinks: `text <url>`_ and anonymous `text <url>`__; `<url>`_ alone shows the URL.
      .replace(/`([^`<]*?)\s*<([^<>`]+)>`__?/g, (_m, label: string, url: string) => hold(label.trim() === '' ? url : label.trim()))
      // Roles: :ref:`label <target>`, :pep:`8`, and the suffix form `text`:role:.
      .replace(/:[\w.+-]+:`([^`<]*?)\s*<[^<>`]+>`/g, (_m, label: string) => hold(label))
      .replace(/:[\w.+-]+:`([^`]+)`/g, (_m, content: string) => hold(content))
      .replace(/`([^`]+)`:[\w.+-]+:/g, (_m, content: string) => hold(content))
      .replace(/`([^`]+)`__?/g, (_m, content: string) => hold(content))
      .replace(/`([^`]+)`/g, (_m, content: string) => hold(content));
  }
  if (out.includes('[')) {
    // Markdown images, links and reference links; rST footnote references [1]_, [#]_.
    out = out
      .replace(/!\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (_m, alt: string) => alt)
      .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, (_m, label: string) => label)
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, (_m, label: string) => label)
      .replace(/\[([^\]\s]+)\]_/g, '[$1]');
  }
  if (out.includes('<')) out = out.replace(/<((?:https?|ftp|mailto):[^<>\s]+)>/g, (_m, url: string) => hold(url));
  if (out.includes('*')) {
    // Strong and emphasis, only where they open and close around words (2 * 3 * 4 stays).
    out = out.replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1').replace(/(^|[^\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])/g, '$1$2');
  }
  if (out.includes('_')) {
    out = out
      // __bold__ only around several words: a lone __name__ is Python, not markup.
      .replace(/(^|[^\w])__(?=\S)([^_]*\s[^_]*?)(?<=\S)__(?!\w)/g, '$1$2')
      .replace(/(^|[^\w\\])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?!\w)/g, '$1$2')
      // Simple references word_ and anonymous word__.
      .replace(/(^|[\s(])([A-Za-z0-9][\w.+-]*?[A-Za-z0-9])__?(?=[\s.,;:!?)]|$)/g, (match, before: string, word: string) =>
        word.includes('__') ? match : `${before}${word}`,
      );
  }
  if (out.includes('\\')) {
    // Backslash escapes: "\*" is a literal asterisk, "\ " joins without a space.
    out = out.replace(/\\ /g, '').replace(/\\([\\`*_{}[\]()#+\-.!|<>:'"~^=$&@%])/g, '$1');
  }
  if (held.length > 0) out = out.replace(HELD, (_m, index: string) => held[Number(index)] ?? '');
  // After the literals are back: "&lt;" in a description pasted from a web page is a "<" there too.
  out = decodeHtmlEntities(out);
  return out.replace(/[ \t\u00A0]+/g, ' ').trim();
}

/**
 * Marked-up text → plain text: paragraphs separated by one blank line, lines within a paragraph by
 * a line break, no markup. The input should already be free of control characters.
 */
export function markupToText(source: string): string {
  let text = source.replace(/\r\n?/g, '\n');
  let hardBreaks = false;
  if (LOOKS_LIKE_HTML.test(text)) ({ text, hardBreaks } = htmlToLines(text));
  const lines = text.split('\n').map((line) => expandTabs(line).trimEnd());
  const out = new TextBuilder();
  readBlocks(lines, out, hardBreaks);
  out.endParagraph();
  return out.paragraphs
    .map((paragraph) => paragraph.map((line) => line.replace(/[ \t]+/g, ' ').trim()).filter((line) => line !== '').join('\n'))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
