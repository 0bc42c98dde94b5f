// One row of a mirror list read into a draft talk: the cells tidied, the English cell split into
// title and speakers, the Chinese cell freed of its speakers, the links read; every change made is
// added to the report with the row's file and line. Reviewed corrections are applied to drafts.
import type { Level } from '../../../src/catalog/catalog-schema.ts';
import { speakerIdOf } from '../../../src/text/fold-text.ts';
import type { FindingKind, ImportReport } from '../import-report.ts';
import { speakerDifference, splitChineseCell } from './chinese-cell.ts';
import { describeCorrection, expectedText, type Correction } from './corrections.ts';
import { splitEnglishCell } from './english-cell.ts';
import { takeLevelMarker } from './kinds-and-levels.ts';
import type { SourceFile, SourceRow } from './markdown-table.ts';
import type { NameLexicon } from './person-names.ts';
import type { ParsedSpeaker } from './speaker-list.ts';
import { comparable, hasCjk, tidyText, type CleanupRule, type Tidied } from './text-cleanup.ts';
import { readRowLinks, type RowLinks } from './video-links.ts';

/** How the report and the talks' `source.file` name a list: its path in cncf/presentations. */
export const SOURCE_FOLDER = 'chinese';

/** A row on its way to a talk: what the rules made of it, before ids and duplicates. */
export type Draft = {
  file: SourceFile;
  row: SourceRow;
  where: string;
  en: string | undefined;
  zh: string | undefined;
  speakers: ParsedSpeaker[];
  /** Speaker ids (from names) that a speaker-split correction gives another id. */
  speakerIds: Map<string, string>;
  level: Level | undefined;
  links: RowLinks;
  /** The title is only the speakers' names ("Keynote: Liz Rice"): no words to compare. */
  titleIsSpeakers: boolean;
};

const CLEANUP_WORDS: Record<CleanupRule, string> = {
  'invisible-character': 'invisible character(s) (U+200B–U+200F, U+2060, U+FEFF) removed',
  'non-breaking-space': 'non-breaking or ideographic space(s) replaced by plain spaces',
  'double-space': 'run(s) of several spaces collapsed to one',
  'markdown-emphasis': 'Markdown emphasis star pair(s) removed',
  'full-width-punctuation': 'full-width punctuation mark(s) written as ASCII',
};

const URL_ONLY = /^https?:\/\/\S+$/;

export class RowReporter {
  constructor(
    private readonly report: ImportReport,
    private readonly where: string,
    private readonly line: number,
  ) {}

  add(kind: FindingKind, rule: string, message: string): void {
    this.report.add({ kind, rule, file: this.where, line: this.line, message });
  }
}

function reportCleanup(out: RowReporter, cells: { label: string; tidied: Tidied }[]): void {
  const rules = new Set(cells.flatMap((c) => Object.keys(c.tidied.fixes) as CleanupRule[]));
  for (const rule of [...rules].sort()) {
    const counts = cells.flatMap((c) => {
      const n = c.tidied.fixes[rule];
      return n === undefined ? [] : [`${n} in the ${c.label} cell`];
    });
    out.add('repaired', rule, `${CLEANUP_WORDS[rule]}: ${counts.join(', ')}.`);
  }
}

/** "主论坛演讲：开场致辞 Keynote: Opening Remarks": the Chinese title typed before the English one. */
function stripPastedChinese(en: string, zh: string): string | undefined {
  let common = 0;
  while (common < en.length && common < zh.length && en[common] === zh[common]) common += 1;
  const pasted = en.slice(0, common);
  const rest = en.slice(common);
  if (!hasCjk(pasted) || !/^\s+\S/.test(rest) || !/\p{Script=Latin}/u.test(rest)) return undefined;
  return rest.trim();
}

export function readRow(file: SourceFile, row: SourceRow, lexicon: NameLexicon, report: ImportReport): Draft {
  const where = `${SOURCE_FOLDER}/${file.name}`;
  const out = new RowReporter(report, where, row.line);
  const zhCell = tidyText(row.zh, { english: false });
  const enCell = tidyText(row.en, { english: true });
  reportCleanup(out, [
    { label: 'Chinese', tidied: zhCell },
    { label: 'English', tidied: enCell },
  ]);

  let enText: string | undefined = enCell.text;
  if (URL_ONLY.test(enText)) {
    out.add('repaired', 'url-in-title', `The English cell holds a URL ("${enText}") instead of a title; the talk has only its Chinese title.`);
    enText = undefined;
  } else {
    const stripped = stripPastedChinese(enText, zhCell.text);
    if (stripped !== undefined) {
      out.add('repaired', 'zh-pasted-in-en', `The English cell starts with the Chinese title pasted in front; removed "${enText.slice(0, enText.length - stripped.length).trim()}".`);
      enText = stripped;
    }
  }

  const enLevel = enText === undefined ? { text: undefined, level: undefined } : takeLevelMarker(enText);
  const zhLevel = takeLevelMarker(zhCell.text);
  if (enLevel.level !== undefined && zhLevel.level !== undefined && enLevel.level !== zhLevel.level) {
    out.add('suspicious', 'level-mismatch', `The English cell marks the level ${enLevel.level ?? 'any'}, the Chinese ${zhLevel.level ?? 'any'}; the English one is used.`);
  }
  const level = (enLevel.level !== undefined ? enLevel.level : zhLevel.level) ?? undefined;

  const english = enLevel.text === undefined || enLevel.text === '' ? undefined : splitEnglishCell(enLevel.text, lexicon);
  const speakers = english?.speakers ?? [];
  const titleIsSpeakers = english?.notes.some((n) => n.rule === 'speaker-only-title') === true;

  const chinese = splitChineseCell(zhLevel.text, speakers);
  if (chinese.speakerText !== undefined) {
    out.add('repaired', 'speakers-in-zh-title', `Speakers removed from the Chinese title: "${chinese.speakerText}".`);
    const { onlyZh, onlyEn } = speakerDifference(chinese, speakers, (text) => lexicon.isKnownOrganisation(text));
    if (chinese.latinNames.length > 0 && (onlyZh.length > 0 || onlyEn.length > 0)) {
      const parts = [onlyZh.length > 0 ? `only the Chinese cell names ${onlyZh.join(', ')}` : '', onlyEn.length > 0 ? `only the English cell names ${onlyEn.join(', ')}` : ''].filter((p) => p !== '');
      out.add('suspicious', 'speaker-tail-mismatch', `The two cells name different speakers: ${parts.join('; ')}. The English cell's speakers are used.`);
    }
  }

  let zhText: string | undefined = chinese.title === '' ? undefined : chinese.title;
  const enTitle = english?.title;
  for (const note of english?.notes ?? []) {
    if (note.rule === 'speaker-only-title' && zhText !== undefined) {
      const zhNamesOnly = speakerOnlyChineseTitle(zhText, speakers);
      if (zhNamesOnly !== undefined) {
        out.add(note.kind, note.rule, `${note.message} Chinese title likewise written "${zhNamesOnly}".`);
        zhText = zhNamesOnly;
        continue;
      }
    }
    out.add(note.kind, note.rule, note.message);
  }
  if (zhText !== undefined && (!hasCjk(zhText) || (enTitle !== undefined && comparable(zhText) === comparable(enTitle)))) {
    out.add('repaired', 'untranslated-zh-title', `The Chinese cell is not a translation ("${zhText}"); the talk has no Chinese title.`);
    zhText = undefined;
  }

  const links = readRowLinks(row.youtubeUrl, row.tencentUrl);
  for (const note of links.notes) {
    const kind: FindingKind = note.rule.startsWith('unreadable') ? 'suspicious' : 'repaired';
    out.add(kind, note.rule, note.message);
  }
  return { file, row, where, en: enTitle, zh: zhText, speakers, speakerIds: new Map(), level, links, titleIsSpeakers };
}

/** "主题演讲：Jim Zemlin，执行董事，Linux基金会" → "主题演讲：Jim Zemlin", as its English title was written. */
function speakerOnlyChineseTitle(zh: string, speakers: readonly ParsedSpeaker[]): string | undefined {
  const colon = zh.indexOf('：');
  const first = speakers[0]?.name;
  if (colon <= 0 || first === undefined || !zh.slice(colon + 1).startsWith(first)) return undefined;
  return `${zh.slice(0, colon + 1)}${speakers.map((s) => s.name).join('、')}`;
}

/** Applies the row's corrections, or reports them as stale when the row no longer holds their text. */
export function applyCorrections(draft: Draft, corrections: readonly Correction[], report: ImportReport, applied: Set<Correction>): void {
  const out = new RowReporter(report, draft.where, draft.row.line);
  for (const c of corrections) {
    const expected = expectedText(c);
    if (!draft.row.raw.includes(expected)) continue;
    applied.add(c);
    if (c.kind === 'set-title') {
      if (c.en !== undefined) draft.en = c.en ?? undefined;
      if (c.zh !== undefined) draft.zh = c.zh ?? undefined;
    } else if (c.kind === 'set-speakers') {
      draft.speakers = c.speakers.map((s) => ({ ...s }));
    } else {
      draft.speakerIds.set(speakerIdOf(c.name), c.id);
    }
    out.add('repaired', 'correction', `${describeCorrection(c)}. Reason: ${c.reason}`);
  }
}
