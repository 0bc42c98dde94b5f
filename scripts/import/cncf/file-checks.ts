// Checks across the rows of one file: a talk listed twice, one Tencent video linked from two
// talks, a Chinese title that belongs to another row.
import { speakerIdOf } from '../../../src/text/fold-text.ts';
import type { ImportReport } from '../import-report.ts';
import { RowReporter, type Draft } from './row-draft.ts';
import { comparable } from './text-cleanup.ts';
import { findDisagreements } from './title-agreement.ts';

// Sessions that recur by design (each day has its opening and closing remarks): the same title
// with another video is another session, not the same talk listed twice.
const RECURRING_SESSION = /\b(?:opening|closing|welcome)\s+(?:remarks|messages|keynote)\b/i;

/** A row's draft, and whether it is left out as the second listing of a talk. */
export type Used = { draft: Draft; skipped: boolean };

/**
 * The same talk listed twice in one file: the same YouTube video, or the same English title and
 * speakers. The first row is used; the later one is reported as not used.
 */
export function findDuplicates(drafts: readonly Draft[], report: ImportReport): Used[] {
  const used: Used[] = drafts.map((draft) => ({ draft, skipped: false }));
  const byVideo = new Map<string, Draft>();
  const byTitle = new Map<string, Draft>();
  for (const entry of used) {
    const { draft } = entry;
    const out = new RowReporter(report, draft.where, draft.row.line);
    const video = draft.links.youtubeId;
    const earlierVideo = video === undefined ? undefined : byVideo.get(video);
    if (earlierVideo !== undefined) {
      out.add('skipped', 'duplicate-youtube-id', `Same YouTube video (${video ?? ''}) as line ${earlierVideo.row.line}; the talk is listed twice, the first row is used.`);
      entry.skipped = true;
      continue;
    }
    if (video !== undefined) byVideo.set(video, draft);
    if (draft.en === undefined) continue;
    const key = `${comparable(draft.en)}\u0000${draft.speakers.map((s) => speakerIdOf(s.name)).join(',')}`;
    const earlier = byTitle.get(key);
    if (earlier === undefined) {
      byTitle.set(key, draft);
      continue;
    }
    const otherVideos = video !== undefined && earlier.links.youtubeId !== undefined && video !== earlier.links.youtubeId;
    if (otherVideos && RECURRING_SESSION.test(draft.en)) {
      out.add('suspicious', 'same-title-kept', `Same title and speakers as line ${earlier.row.line} but another video (${video}); kept, as the event held such a session each day.`);
      continue;
    }
    const ids = [draft.links.youtubeId, draft.links.tencentId].filter((id) => id !== undefined).join(', ');
    out.add('skipped', 'duplicate-title', `Same English title and speakers as line ${earlier.row.line}; the talk is listed twice, the first row is used (this row's video ids: ${ids || 'none'}).`);
    entry.skipped = true;
  }
  return used;
}

export function reportSharedTencentIds(used: readonly Used[], report: ImportReport): void {
  const first = new Map<string, Draft>();
  for (const { draft, skipped } of used) {
    const id = draft.links.tencentId;
    if (skipped || id === undefined) continue;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, draft);
      continue;
    }
    const say = (d: Draft, other: Draft) =>
      report.add({
        kind: 'suspicious',
        rule: 'shared-tencent-id',
        file: d.where,
        line: d.row.line,
        message: `Tencent video ${id} is also the link of another talk, line ${other.row.line} ("${other.en ?? other.zh ?? ''}"); one of the two links is wrong. Kept on both.`,
      });
    say(earlier, draft);
    say(draft, earlier);
  }
}

export function reportTitleDisagreements(used: readonly Used[], report: ImportReport): void {
  const rows = used.filter((u) => !u.skipped && !u.draft.titleIsSpeakers && u.draft.en !== undefined && u.draft.zh !== undefined).map((u) => u.draft);
  const pairs = rows.map((d) => ({ zh: d.zh ?? '', en: d.en ?? '', speakerText: d.speakers.map((s) => s.name).join(' ') }));
  for (const found of findDisagreements(pairs)) {
    if (found.kind === 'swapped') {
      const a = rows[found.a];
      const b = rows[found.b];
      if (a === undefined || b === undefined) continue;
      for (const [d, other] of [
        [a, b],
        [b, a],
      ] as const) {
        report.add({
          kind: 'suspicious',
          rule: 'zh-titles-swapped',
          file: d.where,
          line: d.row.line,
          message: `The Chinese title ("${d.zh ?? ''}") matches the English title of line ${other.row.line}, and that row's Chinese title matches this row's English title: the two Chinese titles look swapped.`,
        });
      }
    } else {
      const d = rows[found.row];
      if (d === undefined) continue;
      report.add({
        kind: 'suspicious',
        rule: 'zh-title-mismatch',
        file: d.where,
        line: d.row.line,
        message: `The Chinese title ("${d.zh ?? ''}") and the English title ("${d.en ?? ''}") name different projects or words; one of them may belong to another talk.`,
      });
    }
  }
}
