// Speakers: which names in the archive are people, and one catalog entry per person.
import { SpeakerIdSchema } from '../../../src/catalog/catalog-schema.ts';
import { foldText, speakerIdOf } from '../../../src/text/fold-text.ts';
import * as v from 'valibot';

export const MAX_SPEAKER_NAME = 120; // SpeakerSchema's limit
const MAX_ID = 100;

// What the archive writes where nobody was named. Compared folded and without spaces or
// punctuation, so "T.B.A.", "n/a" and "Various Speakers" are found too.
const PLACEHOLDERS = new Set(
  [
    'tbd',
    'tba',
    'tbc',
    'to be announced',
    'to be determined',
    'unknown',
    'unknown speaker',
    'n a',
    'none',
    'null',
    'nobody',
    'anonymous',
    'speaker',
    'speakers',
    'various',
    'various speakers',
    'multiple speakers',
    'several speakers',
    'guest',
    'guest speaker',
    'test',
    '待定',
    '未知',
    '佚名',
  ].map((name) => name.replace(/ /g, '')),
);

export function isPlaceholderName(name: string): boolean {
  const key = foldText(name).replace(/[^\p{L}\p{N}]+/gu, '');
  return PLACEHOLDERS.has(key);
}

/**
 * Names that may be several people: "Ann Lee and Bo Chen", "Ann Lee & Bo Chen", "Ann Lee, Bo Chen",
 * "Ann Lee/Bo Chen". Not "Lee, Ann" (one word after the comma) and not "末田卓巳/Takumi Sueda", one
 * person written in two scripts, as PyCon JP does.
 */
export function looksLikeSeveralPeople(name: string): boolean {
  if (/\s(?:and|&|und)\s/i.test(name) || /,\s*\S+\s+\S+/.test(name)) return true;
  const halves = name.split('/');
  return halves.length > 1 && halves.every((half) => /\p{Script=Latin}/u.test(half));
}

// Separators no personal name contains, so a list written in one entry can safely be split.
const LIST_SEPARATOR = /\s*[;；、]\s*/;
// "Ann Lee …", "Ann Lee et al.": a list cut short; the rest are not named.
const TRAILING_ETC = /\s*(?:\.{3}|…|\bet al\.?)$/u;

/** One speakers entry → the names in it, and what was done to get them. */
export function namesInEntry(entry: string): { names: string[]; split: boolean; trimmed: boolean } {
  const parts = entry.split(LIST_SEPARATOR);
  let trimmed = false;
  const names = parts.map((part) => {
    const name = part.replace(TRAILING_ETC, '');
    if (name !== part) trimmed = true;
    return name.trim();
  });
  return { names: names.filter((n) => n !== '' || parts.length === 1), split: parts.length > 1, trimmed };
}

/**
 * The catalog id of a name. speakerIdOf makes the same id for "Björn" and "Bjorn"; a few letters
 * it keeps (modifier letters such as the Japanese long-vowel mark "ー", title-case digraphs) are
 * not in the id alphabet, so they become hyphens here, and an over-long id is cut at a hyphen.
 */
export function speakerIdFor(name: string): string | undefined {
  let id = speakerIdOf(name)
    .replace(/[^\p{Ll}\p{Lo}\p{N}-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  if (id.length > MAX_ID) {
    const head = id.slice(0, MAX_ID);
    const hyphen = head.lastIndexOf('-');
    id = (hyphen > MAX_ID / 2 ? head.slice(0, hyphen) : head).replace(/-$/, '');
  }
  return id !== '' && v.is(SpeakerIdSchema, id) ? id : undefined;
}

export type SpellingVariant = { id: string; kept: string; variant: string; file: string; line: number; firstFile: string };

/**
 * One entry per speaker id, named as the archive first spelled it (in the importer's fixed order);
 * every other spelling that maps to the same id is remembered once, to be reported as a merge.
 */
export class SpeakerRegistry {
  private readonly byId = new Map<string, { name: string; file: string }>();
  private readonly seenSpellings = new Set<string>();
  readonly variants: SpellingVariant[] = [];

  add(id: string, name: string, file: string, line: number): void {
    const known = this.byId.get(id);
    if (known === undefined) {
      this.byId.set(id, { name, file });
      this.seenSpellings.add(`${id}\u0000${name}`);
      return;
    }
    const key = `${id}\u0000${name}`;
    if (this.seenSpellings.has(key)) return;
    this.seenSpellings.add(key);
    this.variants.push({ id, kept: known.name, variant: name, file, line, firstFile: known.file });
  }

  /** The speakers, sorted by id (code-unit order, the same on every machine). */
  list(keep: ReadonlySet<string>): { id: string; name: string }[] {
    return [...this.byId]
      .filter(([id]) => keep.has(id))
      .map(([id, { name }]) => ({ id, name }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
