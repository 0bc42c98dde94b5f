// URL slugs for events, talks and topics: lowercase ASCII letters, digits and single hyphens, at
// most 100 characters (SlugSchema in src/catalog/catalog-schema.ts).
import { foldText } from '../../../src/text/fold-text.ts';

export const MAX_SLUG = 100;

/** "PyCon JP 2019" → "pycon-jp-2019", "Łódź" → "lodz"; text with no Latin letters or digits → "". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug cut to `max` characters, at a hyphen where one keeps more than half of it. */
export function cutSlug(slug: string, max = MAX_SLUG): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max);
  const hyphen = head.lastIndexOf('-');
  return (hyphen > max / 2 ? head.slice(0, hyphen) : head).replace(/-+$/, '');
}

/**
 * Hands out ids unique within one list: the first claim of "talk" gets "talk", later ones
 * "talk-2", "talk-3"…, each still within the length limit.
 */
export class UniqueIds {
  private readonly owners = new Map<string, string>();

  /** The id for `base`, and who already held `base` if the id had to differ from it. */
  claim(base: string, owner: string): { id: string; takenBy?: string } {
    const first = this.owners.get(base);
    if (first === undefined) {
      this.owners.set(base, owner);
      return { id: base };
    }
    for (let n = 2; ; n += 1) {
      const suffix = `-${n}`;
      const id = `${cutSlug(base, MAX_SLUG - suffix.length)}${suffix}`;
      if (!this.owners.has(id)) {
        this.owners.set(id, owner);
        return { id, takenBy: first };
      }
    }
  }
}
