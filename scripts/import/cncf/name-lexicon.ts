// The first of two passes over the English cells: the names and organisations of rows whose speaker
// part is plain ("Title - Name, Organisation", "Title - Name & Name, Organisation"), gathered from
// all files, so that the second pass can read the ambiguous rows.
import { takeLevelMarker } from './kinds-and-levels.ts';
import { looksLikePersonName, NameLexiconBuilder, type NameLexicon } from './person-names.ts';
import { tidyText } from './text-cleanup.ts';

const LAST_SEPARATOR = /(?:\s[-–—]\s|\sby\s)(?!.*(?:\s[-–—]\s|\sby\s))/i;
const JOINERS = /\s*;\s*|\s+&\s+|\s+and\s+|\s+\+\s+/;

export function buildNameLexicon(englishCells: readonly string[]): NameLexicon {
  const builder = new NameLexiconBuilder();
  for (const cell of englishCells) {
    const text = takeLevelMarker(tidyText(cell, { english: true }).text).text;
    const match = LAST_SEPARATOR.exec(text);
    if (match === null) continue;
    const groups = text
      .slice(match.index + match[0].length)
      .replace(/^(?:moderated by|hosted by|presented by|by)\s+/i, '')
      .split(JOINERS)
      .map((g) => g.split(/\s*,\s*/).filter((item) => item !== ''));
    groups.forEach((items, index) => {
      const [first, ...rest] = items;
      if (first === undefined || !looksLikePersonName(first, { allowSingleWord: rest.length > 0 })) return;
      builder.addPerson(first);
      const last = rest.at(-1);
      // "Name, Org" at the end of a list is an affiliation; a name-like item elsewhere may be a
      // person ("A, B & C, Org", "Michelle Casbon, Dan Sanche, Dan Anghel").
      const isPlainPair = index === groups.length - 1 && rest.length === 1;
      if (last !== undefined && (isPlainPair || !looksLikePersonName(last))) builder.addOrganisation(last);
    });
  }
  return builder.build();
}
