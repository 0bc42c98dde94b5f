// Do the Chinese and the English title of a row speak of the same talk? The Chinese titles keep
// product and project names in Latin letters ("使用 Prometheus 在 Kubernetes 上支持 Apache
// OpenWhisk 的无服务器指标"), which gives two signals: the projects each title names, and the
// share of the Chinese title's Latin words that the English title contains. A row disagrees when
// one title names a project the other does not, or when most of the Chinese title's Latin words
// are missing from the English one. Two disagreeing rows whose titles agree once their Chinese
// titles are exchanged were swapped.
//
// Kubernetes is left out of the comparison (the translators often add "K8s" for context), and so
// are numbers, the speakers' names and English titles cut off with "...", which lost words.
import { foldText } from '../../../src/text/fold-text.ts';
import { projectsIn } from './projects.ts';

export type TitlePair = {
  zh: string;
  en: string;
  /** The speakers' names, which may appear in the Chinese title. */
  speakerText?: string;
};

const GENERIC = new Set(['sig', 'wg', 'bof', 'cncf', 'and', 'the', 'of', 'to', 'in', 'on', 'for', 'with', 'vs', 'intro', 'deep', 'dive', 'keynote', 'lightning', 'talk']);
const TRUNCATED = /(?:\.\.\.|…)$/;

const compact = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, '');
const projectsOf = (title: string) => new Set(projectsIn(title).filter((id) => id !== 'kubernetes'));

/** The Chinese title's Latin words that carry meaning: not numbers, project names or speakers. */
function latinWords(zh: string, speakerText: string): string[] {
  const speakers = new Set(foldText(speakerText).split(/[^a-z0-9]+/));
  return (zh.match(/\p{Script=Latin}[\p{Script=Latin}\p{N}]*/gu) ?? [])
    .filter((w) => projectsIn(w).length === 0)
    .map((w) => foldText(w))
    .filter((w) => w.length >= 2 && !GENERIC.has(w) && !speakers.has(w));
}

/** "oci" for "Open Container Initiative": the initials of each run of capitalised words. */
function initialsOf(en: string): string {
  return (en.match(/(?:\p{Lu}\p{L}*\s+)+\p{Lu}\p{L}*/gu) ?? []).map((run) => foldText(run.split(/\s+/).map((w) => w[0] ?? '').join(''))).join(' ');
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Whether a Chinese title fits an English title: same projects, most Latin words found. */
export function titlesAgree(zh: string, en: string, speakerText = ''): boolean {
  if (!sameSet(projectsOf(zh), projectsOf(en))) return false;
  const words = latinWords(zh, speakerText);
  if (words.length === 0) return true;
  const target = compact(en);
  const initials = initialsOf(en);
  const found = words.filter((w) => target.includes(w) || (w.length <= 5 && initials.includes(w))).length;
  return found / words.length >= 0.5;
}

export type Disagreement = { kind: 'swapped'; a: number; b: number } | { kind: 'mismatch'; row: number };

/**
 * Rows whose Chinese title does not fit their English one (English titles cut short are not
 * judged); two such rows whose titles fit once exchanged are reported as a swapped pair.
 */
export function findDisagreements(rows: readonly TitlePair[]): Disagreement[] {
  const judged = rows.map((r) => !TRUNCATED.test(r.en));
  const disagrees = rows.map((r, i) => judged[i] === true && !titlesAgree(r.zh, r.en, r.speakerText));
  const found: Disagreement[] = [];
  const paired = new Set<number>();
  rows.forEach((row, i) => {
    if (disagrees[i] !== true || paired.has(i)) return;
    const partner = rows.findIndex(
      (other, j) => j !== i && disagrees[j] === true && !paired.has(j) && titlesAgree(row.zh, other.en, other.speakerText) && titlesAgree(other.zh, row.en, row.speakerText),
    );
    if (partner >= 0) {
      paired.add(i).add(partner);
      found.push({ kind: 'swapped', a: Math.min(i, partner), b: Math.max(i, partner) });
    } else {
      found.push({ kind: 'mismatch', row: i });
    }
  });
  const first = (d: Disagreement) => (d.kind === 'swapped' ? d.a : d.row);
  return found.sort((x, y) => first(x) - first(y));
}
