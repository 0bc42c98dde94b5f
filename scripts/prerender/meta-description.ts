// A page's <meta name="description"> and og:description: search results and link previews show
// about 160 characters, so longer text is cut at a word boundary and marked with an ellipsis
// rather than cut mid-word by whoever displays it.

export const DESCRIPTION_LENGTH = 160;

/** Whitespace collapsed, at most `max` characters (code points, never half a surrogate pair). */
export function metaDescription(text: string, max = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  const room = chars.slice(0, max - 1).join('');
  const lastSpace = room.lastIndexOf(' ');
  // Without a space in the second half (a very long word, or Chinese), cut where the room ends.
  const cut = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
