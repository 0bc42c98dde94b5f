// The lines at the top of data/import-report/cncf.md: what was read and what was written, in
// figures a reviewer can check against the findings below them.
import type { CatalogPart } from '../../../src/catalog/catalog-schema.ts';
import type { ImportReport } from '../import-report.ts';
import type { ImportFigures } from './import-cncf.ts';

export const REPORT_TITLE = "Import report: CNCF's Chinese mirror lists of KubeCon + CloudNativeCon recordings";

function byRule(report: ImportReport, kind: 'skipped' | 'repaired' | 'suspicious'): string {
  const counts = new Map<string, number>();
  for (const f of report.findings) if (f.kind === kind) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
}

export function reportSummary(part: CatalogPart, report: ImportReport, figures: ImportFigures, correctionsFile: string): string[] {
  const events = part.events ?? [];
  const dated = events.filter((e) => e.startDate !== undefined).map((e) => e.id);
  const videos = (part.talks ?? []).flatMap((t) => t.videos);
  const hosts = (host: string) => videos.filter((v) => v.host === host).length;
  return [
    'Written by `npm run import:cncf` from cncf/presentations, folder `chinese/`, commit d90af6bbaa727cc6054d3e86d6a2713b401c4a8d; do not edit it by hand.',
    '',
    `- Files: ${figures.files}; events: ${events.length}, of which ${dated.length} with dates a file states (${dated.join(', ')}).`,
    `- Rows read: ${figures.rowsRead}; talks written: ${figures.talksWritten}; rows not used: ${figures.rowsSkipped}${figures.rowsSkipped > 0 ? ` (${byRule(report, 'skipped')})` : ''}.`,
    `- Speakers: ${figures.speakers}. Names merged: ${figures.speakersWithSeveralTalks} speakers appear in more than one row and ${figures.speakersAtSeveralEvents} at more than one event, each under one id; ${figures.speakersWithSeveralSpellings} ids are written in more than one spelling (e.g. with and without accents).`,
    `- Topics: ${figures.topics} CNCF projects; Prometheus talks: ${figures.prometheusTalks}.`,
    `- Videos: ${hosts('youtube')} YouTube, ${hosts('tencent')} Tencent Video, ${figures.wechatLinks} WeChat articles; Tencent links upgraded from http to https: ${figures.httpUpgraded}; empty YouTube ids: ${figures.emptyYouTubeIds}.`,
    `- Reviewed corrections (${correctionsFile}): ${figures.correctionsApplied} applied, ${figures.staleCorrections} stale.`,
    `- Repairs by rule: ${byRule(report, 'repaired')}.`,
    `- Suspicions by rule: ${byRule(report, 'suspicious') || 'none'}.`,
  ];
}
