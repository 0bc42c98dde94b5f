// String helpers for synthetic talks: title case, slugs, Chinese/Latin spacing, length targets.
import type { Random } from './random';

const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'at', 'for', 'from', 'in', 'into', 'of', 'on', 'per', 'the', 'to', 'with', 'without',
]);

/** "lessons learned from long-term storage" → "Lessons Learned from Long-Term Storage". */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(/(^|-)([a-z])/g, (_match, start: string, letter: string) => start + letter.toUpperCase());
    })
    .join(' ');
}

/** Title → URL slug made of its first few words, ASCII only. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut;
}

const HAN = '\\p{Script=Han}';
const LATIN_THEN_HAN = new RegExp(`([A-Za-z0-9])(${HAN})`, 'gu');
const HAN_THEN_LATIN = new RegExp(`(${HAN})([A-Za-z0-9])`, 'gu');

/** Chinese typesetting convention (as in data/post-prometheus-2017.json): a space between Han and Latin text. */
export function spaceHanAndLatin(text: string): string {
  return text.replace(LATIN_THEN_HAN, '$1 $2').replace(HAN_THEN_LATIN, '$1 $2');
}

/**
 * A random selection of the sentences, kept in their given order (so an introduction stays
 * first), whose joined length is a random value in [min, max]. A sentence that would overshoot
 * `max` is left out, so the result always fits. Lengths are UTF-16 units, as the schema counts
 * them; every character in the word lists is in the Basic Multilingual Plane, so that is also
 * the number of characters a reader sees.
 */
export function textOfLength(
  random: Random,
  sentences: readonly string[],
  { min, max, separator }: { min: number; max: number; separator: string },
): string {
  const target = random.between(min, max);
  const chosen: number[] = [];
  let length = 0;
  for (const index of random.sample([...sentences.keys()], sentences.length)) {
    const added = (sentences[index] ?? '').length + (chosen.length > 0 ? separator.length : 0);
    if (length + added > max) continue;
    chosen.push(index);
    length += added;
    if (length >= target) break;
  }
  if (length < min) throw new Error(`the sentence list is too short for a text of ${min}–${max} characters`);
  return chosen
    .sort((a, b) => a - b)
    .map((index) => sentences[index] ?? '')
    .join(separator);
}
