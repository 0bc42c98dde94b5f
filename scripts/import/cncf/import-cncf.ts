// CNCF's Chinese mirror lists → one catalog part and a report of everything the import did. This
// module reads nothing from the disk: it is given the files' texts and the reviewed corrections,
// and returns the part, the report and the figures, so the tests can run it on the real files.
import type { CatalogEvent, CatalogPart, Talk, TalkSpeaker, Topic } from '../../../src/catalog/catalog-schema.ts';
import { speakerIdOf } from '../../../src/text/fold-text.ts';
import { ImportReport } from '../import-report.ts';
import { correctionsByRow, describeCorrection, expectedText, type Correction } from './corrections.ts';
import { buildEvent, eventYearOf, knowsEvent } from './events.ts';
import { findDuplicates, reportSharedTencentIds, reportTitleDisagreements } from './file-checks.ts';
import { talkKindOf } from './kinds-and-levels.ts';
import { parseMirrorList, type SourceFile } from './markdown-table.ts';
import { buildNameLexicon } from './name-lexicon.ts';
import { projectById, projectsIn } from './projects.ts';
import { applyCorrections, readRow, RowReporter, SOURCE_FOLDER } from './row-draft.ts';
import { SpeakerRegistry } from './speaker-registry.ts';
import { TalkIds } from './talk-ids.ts';

export const SOURCE_ID = 'cncf-presentations';

export const SITE: NonNullable<CatalogPart['site']> = {
  name: { en: 'KubeCon talk archive', zh: 'KubeCon 演讲档案' },
  description: {
    en: 'The KubeCon + CloudNativeCon recordings that CNCF mirrored for viewers in mainland China, searchable, with the Chinese titles CNCF gave them.',
    zh: 'CNCF 为中国大陆观众镜像的 KubeCon + CloudNativeCon 演讲录像，可按中英文标题搜索，附 CNCF 所译的中文标题。',
  },
};

export const SOURCES: NonNullable<CatalogPart['sources']> = [
  {
    id: SOURCE_ID,
    title: 'cncf/presentations (chinese/)',
    author: 'CNCF',
    url: 'https://github.com/cncf/presentations/tree/d90af6bbaa727cc6054d3e86d6a2713b401c4a8d/chinese',
    license: 'Apache-2.0 or CC-BY (as its README asks)',
  },
];

export type SourceText = { name: string; text: string };

export type ImportInput = { files: readonly SourceText[]; corrections: readonly Correction[] };

export type ImportFigures = {
  files: number;
  rowsRead: number;
  talksWritten: number;
  rowsSkipped: number;
  speakers: number;
  /** Speaker ids with talks in more than one row. */
  speakersWithSeveralTalks: number;
  /** Speaker ids with talks at more than one event. */
  speakersAtSeveralEvents: number;
  /** Speaker ids written with more than one spelling ("Björn" and "Bjorn"). */
  speakersWithSeveralSpellings: number;
  prometheusTalks: number;
  httpUpgraded: number;
  wechatLinks: number;
  emptyYouTubeIds: number;
  correctionsApplied: number;
  staleCorrections: number;
  topics: number;
};

export type ImportResult = { part: CatalogPart; report: ImportReport; figures: ImportFigures };

/** Events by year, then by file name ("2018Shanghai.md" before "EnvoyCon2018Seattle.md"). */
const byYearThenName = (a: SourceFile, b: SourceFile) => (eventYearOf(a.name) ?? 0) - (eventYearOf(b.name) ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Reports the corrections that matched no row, and returns how many there were. */
function reportStaleCorrections(corrections: readonly Correction[], applied: ReadonlySet<Correction>, report: ImportReport): number {
  const stale = corrections.filter((c) => !applied.has(c));
  for (const c of stale) {
    report.add({
      kind: 'suspicious',
      rule: 'stale-correction',
      file: c.file,
      line: c.line,
      message: `A reviewed correction (${describeCorrection(c)}) expects this row to contain "${expectedText(c)}", which it does not; not applied. Review the correction.`,
    });
  }
  return stale.length;
}

/** The projects the talks name, as topics. */
function topicsOf(talks: readonly Talk[]): Topic[] {
  return [...new Set(talks.flatMap((t) => t.topics))].sort().flatMap((id) => {
    const project = projectById(id);
    return project === undefined ? [] : [{ id, kind: 'project' as const, label: { en: project.label, zh: project.label } }];
  });
}

export function importCncf(input: ImportInput): ImportResult {
  const report = new ImportReport();
  const fileTexts = new Map(input.files.map((f) => [f.name, f.text]));
  const files = input.files
    .filter((f) => {
      if (knowsEvent(f.name)) return true;
      report.add({ kind: 'skipped', rule: 'unknown-file', file: `${SOURCE_FOLDER}/${f.name}`, line: 1, message: 'No event is known for this file name; its rows are not used.' });
      return false;
    })
    .map((f) => parseMirrorList(f.name, f.text))
    .sort(byYearThenName);

  const lexicon = buildNameLexicon(files.flatMap((f) => f.rows.map((r) => r.en)));
  const correctionsForRow = correctionsByRow(input.corrections);
  const applied = new Set<Correction>();
  const ids = new TalkIds();
  const events: CatalogEvent[] = [];
  const talks: Talk[] = [];
  const speakers = new SpeakerRegistry();
  let rowsRead = 0;

  for (const file of files) {
    const where = `${SOURCE_FOLDER}/${file.name}`;
    const built = buildEvent(file.name, file.heading, fileTexts, SOURCE_ID);
    if (built === undefined) continue;
    const { event } = built;
    events.push(event);
    for (const statement of built.unsupportedDates) {
      report.add({ kind: 'suspicious', rule: 'date-not-stated', file: where, line: 1, message: `The dates of ${event.id} rest on "${statement.text}" in ${statement.file}, which is no longer there; the event is written without dates.` });
    }
    rowsRead += file.rows.length + file.malformed.length;
    for (const bad of file.malformed) {
      report.add({ kind: 'skipped', rule: 'malformed-row', file: where, line: bad.line, message: `Not a row of three cells: "${bad.raw.slice(0, 80)}".` });
    }

    const drafts = file.rows.map((row) => {
      const draft = readRow(file, row, lexicon, report);
      applyCorrections(draft, correctionsForRow.get(`${where}:${row.line}`) ?? [], report, applied);
      return draft;
    });
    const used = findDuplicates(drafts, report);
    reportSharedTencentIds(used, report);
    reportTitleDisagreements(used, report);

    for (const { draft, skipped } of used) {
      if (skipped) continue;
      const out = new RowReporter(report, draft.where, draft.row.line);
      if (draft.en === undefined && draft.zh === undefined) {
        out.add('skipped', 'no-title', 'Neither cell holds a usable title.');
        continue;
      }
      const talkSpeakers: TalkSpeaker[] = [];
      for (const s of draft.speakers) {
        const id = draft.speakerIds.get(speakerIdOf(s.name)) ?? speakerIdOf(s.name);
        if (id === '') {
          out.add('suspicious', 'unusable-speaker-name', `Speaker "${s.name}" has no letters or digits for an id; left out.`);
          continue;
        }
        if (talkSpeakers.some((t) => t.id === id)) {
          out.add('suspicious', 'speaker-listed-twice', `Speaker "${s.name}" is listed twice; kept once.`);
          continue;
        }
        talkSpeakers.push(s.affiliation === undefined ? { id } : { id, affiliation: s.affiliation });
        speakers.add(id, s.name, event.id);
      }
      // Without an English title, the id is made of the Chinese title's Latin words and the video.
      const fallback = `${draft.zh ?? ''} ${draft.links.youtubeId ?? `line-${draft.row.line}`}`;
      const id = ids.next(event.id, draft.en ?? '', fallback);
      talks.push({
        id,
        event: event.id,
        title: { ...(draft.en === undefined ? {} : { en: draft.en }), ...(draft.zh === undefined ? {} : { zh: draft.zh }) },
        speakers: talkSpeakers,
        kind: talkKindOf(draft.en, draft.zh),
        ...(draft.level === undefined ? {} : { level: draft.level }),
        topics: projectsIn(draft.en, draft.zh),
        videos: draft.links.videos,
        source: { file: draft.where, line: draft.row.line },
      });
    }
  }

  const staleCorrections = reportStaleCorrections(input.corrections, applied, report);
  const topics = topicsOf(talks);
  const speakerList = speakers.list();
  const merged = speakers.figures();
  const figures: ImportFigures = {
    files: files.length,
    rowsRead,
    talksWritten: talks.length,
    rowsSkipped: report.count('skipped') - report.findings.filter((f) => f.kind === 'skipped' && f.rule === 'unknown-file').length,
    speakers: speakerList.length,
    speakersWithSeveralTalks: merged.withSeveralTalks,
    speakersAtSeveralEvents: merged.atSeveralEvents,
    speakersWithSeveralSpellings: merged.withSeveralSpellings,
    prometheusTalks: talks.filter((t) => t.topics.includes('prometheus')).length,
    httpUpgraded: report.count('repaired', 'http-upgraded'),
    wechatLinks: report.count('repaired', 'wechat-link'),
    emptyYouTubeIds: report.count('repaired', 'empty-youtube-id'),
    correctionsApplied: applied.size,
    staleCorrections,
    topics: topics.length,
  };

  const part: CatalogPart = { site: SITE, sources: SOURCES, events, topics, speakers: speakerList, talks };
  return { part, report, figures };
}
