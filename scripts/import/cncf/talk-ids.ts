// Talk ids: "<event id>-<slug of the English title>", at most 100 characters, cut at a word, and
// "-2", "-3" for a title the event already used. Rows are numbered in file order, so the same
// file gives the same ids on every run.
import { foldText } from '../../../src/text/fold-text.ts';

const MAX_ID = 100;

export function slugOf(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The text cut to `max` characters at the last hyphen that fits. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

export class TalkIds {
  private readonly used = new Set<string>();

  /** A new id for a talk of `eventId`, from its title words (or a fallback when none are Latin). */
  next(eventId: string, titleText: string, fallback: string): string {
    const words = slugOf(titleText) || slugOf(fallback);
    const base = cutAtWord(`${eventId}-${words}`, MAX_ID);
    for (let n = 1; ; n += 1) {
      const suffix = n === 1 ? '' : `-${n}`;
      const id = n === 1 ? base : `${cutAtWord(base, MAX_ID - suffix.length)}${suffix}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
