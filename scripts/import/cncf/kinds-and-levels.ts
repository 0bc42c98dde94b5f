// What kind of session a row is, read from how its title begins, and the audience level CNCF
// marked on some of them: "[B]" / "[I]" / "[A]" (2017), "(Beginner Skill Level)" and its Chinese
// "（初级技术水平）" (Copenhagen 2018). The markers are taken out of the text they were found in.
import type { Level, TalkKind } from '../../../src/catalog/catalog-schema.ts';

type KindRule = { kind: TalkKind; en: RegExp; zh: RegExp };

// Checked in this order: "Keynote Panel:" is a panel, "Lightning Talk" wins over anything after it.
const KIND_RULES: readonly KindRule[] = [
  { kind: 'lightning', en: /^Lightning Talk\b/i, zh: /^⚡?\s*(?:闪电|快闪)(?:演讲|讲座)/ },
  { kind: 'panel', en: /^(?:Keynote\s+)?Panel\b|\bPanel(?: Discussion)?:|\bPanel Discussion\b/i, zh: /小组讨论|^主题讨论/ },
  { kind: 'keynote', en: /^(?:(?:Opening|Closing|Sponsored)\s+)?Keynote\b/i, zh: /^(?:赞助(?:商)?)?(?:主题演讲|主论坛演讲)|^主题：/ },
  // Not in the brief's list, but the schema has the kind and CNCF labels these sessions plainly.
  { kind: 'workshop', en: /^(?:Tutorial|Workshop)\b|\bWorkshop\b/i, zh: /^教程/ },
];

/** The kind from the English title, or from the Chinese one when there is no English title. */
export function talkKindOf(en: string | undefined, zh: string | undefined): TalkKind {
  for (const rule of KIND_RULES) {
    if (en !== undefined ? rule.en.test(en) : zh !== undefined && rule.zh.test(zh)) return rule.kind;
  }
  return 'talk';
}

const LEVEL_LETTERS: Record<string, Level> = { B: 'beginner', I: 'intermediate', A: 'advanced' };
const LEVEL_WORDS: Record<string, Level | null> = {
  beginner: 'beginner',
  intermediate: 'intermediate',
  advanced: 'advanced',
  any: null,
  初级: 'beginner',
  中级: 'intermediate',
  高级: 'advanced',
  任何: null,
};

const BRACKET_MARKER = /\s*\[([BIA])\](?=\s|$)/;
const SKILL_LEVEL = /\s*\((Beginner|Intermediate|Advanced|Any) Skill Level\)/i;
const SKILL_LEVEL_ZH = /\s*[（(](初级|中级|高级|任何)技术水平[）)]/;

export type LevelReading = {
  text: string;
  /** undefined: no marker; null: a marker that says "any level". */
  level: Level | null | undefined;
};

/** Takes a level marker out of a text and says which level it named. */
export function takeLevelMarker(text: string): LevelReading {
  const bracket = BRACKET_MARKER.exec(text);
  if (bracket?.[1] !== undefined) {
    return { text: text.replace(BRACKET_MARKER, '').trim(), level: LEVEL_LETTERS[bracket[1]] };
  }
  for (const pattern of [SKILL_LEVEL, SKILL_LEVEL_ZH]) {
    const words = pattern.exec(text);
    if (words?.[1] !== undefined) {
      const level = LEVEL_WORDS[words[1].toLowerCase()];
      return { text: text.replace(pattern, '').trim(), level: level ?? null };
    }
  }
  return { text, level: undefined };
}
