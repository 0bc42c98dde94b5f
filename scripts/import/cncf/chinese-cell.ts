// The Chinese cell: a title, and in the Shanghai and 2020 lists the speakers again after "——",
// " - " or "—" ("设计在嵌入式设备上运行的 Kubernetes 集群——Daniele Polencic，learnk8s"). The
// speaker part is taken off the title and compared with the English speakers, since the two
// cells were typed separately and sometimes name different people.
import { foldText } from '../../../src/text/fold-text.ts';
import { looksLikePersonName } from './person-names.ts';
import type { ParsedSpeaker } from './speaker-list.ts';

export type ChineseParts = {
  title: string;
  /** The speaker part taken off the title, as written. */
  speakerText: string | undefined;
  /** Names in Latin letters in that part, for comparing with the English cell. */
  latinNames: string[];
};

const SEPARATOR = /\s*(?:——|—|--)\s*|\s+[-–]\s*|[-–]\s+/g;
const TITLE_PUNCTUATION = /[？?！!：:]/;
const SEGMENT_BREAK = /\s*(?:[，,；;、&]|和|及|与|\sand\s|\s[-–]\s)\s*/;
// "王伟", "陈俊健", "超胜 向".
const HAN_NAME = /^\p{Script=Han}{2,4}$|^\p{Script=Han}{1,3}\s\p{Script=Han}{1,3}$/u;
// Words of a Chinese job title or "from X": "阿里云首席工程师 Tao Ma", "来自 IBM 的 Shaojun Ding".
const CHINESE_ROLE = /来自|首席|总裁|总监|经理|工程师|主管|负责人|董事|创始人|专家|主席|技术传播者/;
const LATIN_WORD = "\\p{Lu}[\\p{Script=Latin}\\p{M}'’.-]*";
const LATIN_NAME = new RegExp(`${LATIN_WORD}(?:\\s+(?:${LATIN_WORD}|(?:van|von|de|di|da|du)(?!\\p{L})))+`, 'gu');

// Chinese characters are words of their own: "Tao Zhang和Yu Zhuang" holds "zhang" and "yu".
const fold = (text: string) =>
  foldText(text.replace(/\p{Script=Han}+/gu, ' $& '))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function namesEnglishSpeaker(text: string, speakers: readonly ParsedSpeaker[], { atStart }: { atStart: boolean }): boolean {
  const folded = fold(text);
  return speakers.some((s) => {
    const name = fold(s.name);
    return name !== '' && (atStart ? folded.startsWith(name) : folded.includes(name));
  });
}

/** The speaker part begins with a name: Latin, Chinese, or one of the English cell's speakers. */
function beginsWithName(tail: string, speakers: readonly ParsedSpeaker[]): boolean {
  const first = (tail.split(SEGMENT_BREAK)[0] ?? '').trim();
  if (first === '' || TITLE_PUNCTUATION.test(tail)) return false;
  if (namesEnglishSpeaker(tail, speakers, { atStart: true })) return true;
  // A Chinese name needs an affiliation after it: four characters alone are as likely a phrase.
  if (HAN_NAME.test(first)) return speakers.length > 0 && tail.length > first.length;
  // A single word ("TangShenjun，华为") only with an affiliation after it: "Minikube - Google" is no speaker.
  return looksLikePersonName(first.replace(/\s+\d+F$/, ''), { allowSingleWord: speakers.length > 0 && tail.length > first.length });
}

/** The speaker part names someone somewhere: "IBM 开放技术副总裁，Todd Moore". */
function mentionsSpeaker(tail: string, speakers: readonly ParsedSpeaker[]): boolean {
  if (TITLE_PUNCTUATION.test(tail.replace(/[（(][^)）]*[)）]/gu, ''))) return false;
  return namesEnglishSpeaker(tail, speakers, { atStart: false }) || (speakers.length > 0 && CHINESE_ROLE.test(tail));
}

export function splitChineseCell(text: string, englishSpeakers: readonly ParsedSpeaker[]): ChineseParts {
  const splits = [...text.matchAll(SEPARATOR)]
    .map((m) => ({ head: text.slice(0, m.index).trim(), tail: text.slice(m.index + m[0].length).trim() }))
    .filter((s) => s.head !== '' && s.tail !== '');
  // An English speaker's name at the start is the surest sign; then a name's shape; then a
  // speaker named anywhere in the part.
  const chosen =
    splits.find((s) => namesEnglishSpeaker(s.tail, englishSpeakers, { atStart: true }) && !TITLE_PUNCTUATION.test(s.tail)) ??
    splits.find((s) => beginsWithName(s.tail, englishSpeakers)) ??
    splits.findLast((s) => mentionsSpeaker(s.tail, englishSpeakers));
  if (chosen === undefined) return { title: text, speakerText: undefined, latinNames: [] };
  const latinNames = [...chosen.tail.matchAll(LATIN_NAME)].map((m) => m[0]).filter((name) => looksLikePersonName(name));
  return { title: chosen.head.replace(/[\s\-–—]+$/, ''), speakerText: chosen.tail, latinNames };
}

/**
 * Speakers one cell names and the other does not. Names are compared by surname, so that
 * "Steve Zou" and "Steven Zou" or 'Ben "SuperQ" Kochie' and "Ben Kochie（SuperQ）" agree; a name
 * the Chinese cell gives in Chinese characters cannot be compared, so then only the names the
 * Chinese cell adds are reported.
 */
export function speakerDifference(parts: ChineseParts, englishSpeakers: readonly ParsedSpeaker[], isOrganisation: (text: string) => boolean): { onlyZh: string[]; onlyEn: string[] } {
  const tail = fold(parts.speakerText ?? '');
  const enText = fold(englishSpeakers.map((s) => `${s.name} ${s.affiliation ?? ''}`).join(' '));
  const surname = (name: string) => fold(name).split(' ').at(-1) ?? '';
  const contains = (text: string, word: string) => word !== '' && ` ${text} `.includes(` ${word} `);
  const onlyZh = parts.latinNames.filter((name) => !isOrganisation(name) && !contains(enText, surname(name)));
  const hasChineseNames = (parts.speakerText ?? '').split(SEGMENT_BREAK).some((segment) => HAN_NAME.test(segment.trim()));
  const onlyEn = hasChineseNames ? [] : englishSpeakers.map((s) => s.name).filter((name) => /\p{Script=Latin}/u.test(name) && !contains(tail, surname(name)));
  return { onlyZh, onlyEn };
}
