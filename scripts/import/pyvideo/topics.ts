// Topics from pyvideo's free-form tags. The archive has tens of thousands of distinct tags, most
// used once ("my-talk-2014", a speaker's name); a topic page for one talk helps nobody, so only
// tags used by at least MIN_TALKS talks become topics. Tags that differ only in case, accents or
// punctuation ("Machine Learning", "machine-learning") are one topic, labelled with the spelling
// used most.
import { slugify, MAX_SLUG } from './slugs.ts';

export const MIN_TALKS_PER_TOPIC = 3;
export const MAX_TOPICS_PER_TALK = 20; // TalkSchema's limit
const MAX_LABEL = 80; // TopicSchema's label limit

// Symbols that carry the meaning of a few tags; without them "C", "C#" and "C++" would be one topic.
const SYMBOL_WORDS: [RegExp, string][] = [
  [/\+\+/g, ' plus plus '],
  [/#(?=\s|$)/g, ' sharp '],
];

/** A tag's topic id: "Machine Learning" → "machine-learning", "C++" → "c-plus-plus"; "" if it has no Latin letters or digits. */
export function topicIdOf(tag: string): string {
  let text = tag;
  for (const [pattern, word] of SYMBOL_WORDS) text = text.replace(pattern, word);
  return slugify(text);
}

export type TagProblem = { tag: string; problem: string };

/** Why a tag cannot become a topic at all, whatever its count; undefined if it can. */
export function tagProblem(tag: string): string | undefined {
  const id = topicIdOf(tag);
  if (id === '') return 'has no Latin letters or digits to make a topic id from';
  if (id.length > MAX_SLUG) return `would make a topic id longer than ${MAX_SLUG} characters`;
  if (tag.length > MAX_LABEL) return `is longer than ${MAX_LABEL} characters`;
  return undefined;
}

/** Counts, across the archive, the talks each topic id is used by and how each is spelt. */
export class TopicTally {
  private readonly talks = new Map<string, number>();
  private readonly spellings = new Map<string, Map<string, number>>();

  /** One talk's tags, already cleaned; each id is counted once per talk. */
  addTalk(tags: readonly { id: string; spelling: string }[]): void {
    const seen = new Set<string>();
    for (const { id, spelling } of tags) {
      const counts = this.spellings.get(id) ?? new Map<string, number>();
      counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
      this.spellings.set(id, counts);
      if (seen.has(id)) continue;
      seen.add(id);
      this.talks.set(id, (this.talks.get(id) ?? 0) + 1);
    }
  }

  /** The topics used often enough, sorted by id, and what was too rare. */
  result(): { kept: { id: string; label: string; talks: number }[]; rare: { ids: number; uses: number } } {
    const kept: { id: string; label: string; talks: number }[] = [];
    let rareIds = 0;
    let rareUses = 0;
    for (const [id, talks] of this.talks) {
      if (talks < MIN_TALKS_PER_TOPIC) {
        rareIds += 1;
        rareUses += talks;
        continue;
      }
      kept.push({ id, label: mostCommonSpelling(this.spellings.get(id) ?? new Map<string, number>()), talks });
    }
    kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { kept, rare: { ids: rareIds, uses: rareUses } };
  }
}

/** The spelling used most; on a tie, the one that sorts first, so the choice never depends on reading order. */
function mostCommonSpelling(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of counts) {
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
