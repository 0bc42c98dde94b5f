// A talk's searchable text, its "haystack": built once per talk, on its first search, and cached.
//
// The text is folded (fold-text.ts), cut into words and CJK runs (search-words.ts) and written
// with a space before every word and a newline between two texts (" counting things with
// prometheus\n 用 prometheus 计数"). Matching is then a plain indexOf: " orm" can only be found
// where a word begins, a CJK run anywhere, and nothing across two texts or paragraphs.
//
// The fields come in the order of how much a match there says (search-score.ts), so the first
// occurrence of a term is in the best field it is in: the titles; the speakers' names and
// affiliations; the projects, topics, event and city; the summary.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { eventOf, findSpeaker, findTopic } from '../catalog/catalog-lookups';
import type { ChineseVariants } from '../text/chinese-variants';
import { foldText } from '../text/fold-text';
import { searchWords } from '../text/search-words';

export const SEARCH_FIELDS = ['title', 'people', 'tags', 'summary'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface Haystack {
  /** Folded, as typed. */
  readonly text: string;
  /** Where each field but the last ends in `text`: the newline after it. */
  readonly ends: readonly number[];
}

interface Cached {
  readonly asTyped: Haystack;
  /** Its text folded to Simplified Chinese, and with which table; the offsets are the same. */
  simplified?: { readonly by: ChineseVariants; readonly haystack: Haystack };
}

export function fieldTexts(catalog: Catalog, talk: Talk): readonly (readonly (string | undefined)[])[] {
  const event = eventOf(catalog, talk);
  return [
    [talk.title.en, talk.title.zh],
    talk.speakers.flatMap((speaker) => [findSpeaker(catalog, speaker.id)?.name, speaker.affiliation]),
    [
      ...talk.topics.flatMap((id) => {
        const label = findTopic(catalog, id)?.label;
        return [label?.en, label?.zh];
      }),
      event?.name.en,
      event?.name.zh,
      event?.city?.en,
      event?.city?.zh,
    ],
    [talk.summary?.en, talk.summary?.zh],
  ];
}

/** One field's texts as haystack lines: a line per text or paragraph, a space before each word. */
function fieldLines(texts: readonly (string | undefined)[]): string {
  const folded = foldText(texts.filter((text) => text !== undefined).join('\n'));
  return folded
    .split('\n')
    .map((line) => searchWords(line))
    .filter((words) => words.length > 0)
    .map((words) => ` ${words.join(' ')}`)
    .join('\n');
}

const cache = new WeakMap<Talk, Cached>();

function build(catalog: Catalog, talk: Talk): Haystack {
  const fields = fieldTexts(catalog, talk).map(fieldLines);
  const ends: number[] = [];
  let end = -1;
  for (const field of fields.slice(0, -1)) {
    end += field.length + 1;
    ends.push(end);
  }
  return { text: fields.join('\n'), ends };
}

/**
 * The talk's haystack, with its Chinese folded to Simplified when `variants` is given. A talk
 * object is taken to belong to one catalog: names are read from the catalog it is first searched in.
 */
export function haystackOf(catalog: Catalog, talk: Talk, variants?: ChineseVariants): Haystack {
  let cached = cache.get(talk);
  if (cached === undefined) {
    cached = { asTyped: build(catalog, talk) };
    cache.set(talk, cached);
  }
  if (variants === undefined) return cached.asTyped;
  if (cached.simplified?.by !== variants) {
    const { text, ends } = cached.asTyped;
    cached.simplified = { by: variants, haystack: { text: variants.toSimplified(text), ends } };
  }
  return cached.simplified.haystack;
}

/** The field an offset of a haystack is in, as an index of SEARCH_FIELDS. */
export function fieldAt(haystack: Haystack, at: number): number {
  let field = 0;
  while (field < haystack.ends.length && at > (haystack.ends[field] ?? Infinity)) field += 1;
  return field;
}
