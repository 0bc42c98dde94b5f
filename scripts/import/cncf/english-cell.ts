// The English cell as a title and a speaker list. CNCF separated them with " - " (or "–", "—"),
// with " by " in 2016, and in 2019 San Diego often with nothing but the "..." that cut the title
// short. Titles hold dashes and "by" too ("Kubernetes - 1.4 and Beyond by David Aronchick"), so
// each separator is tried from the left and the first whose right side reads as a speaker list
// wins (dashes before " by " before "..."). Where no separator works, a speaker known from
// another row may be found glued to the title ("CloudEventsClemens Vasters, Microsoft") or after
// a comma or a colon.
import type { NameLexicon } from './person-names.ts';
import { parseSpeakerList, type ParsedSpeaker, type SpeakerNote } from './speaker-list.ts';

export type EnglishNote = {
  kind: 'repaired' | 'suspicious';
  rule: SpeakerNote['rule'] | 'missing-separator' | 'speaker-only-title' | 'dangling-separator' | 'title-truncated';
  message: string;
};

export type EnglishParts = {
  title: string;
  speakers: ParsedSpeaker[];
  notes: EnglishNote[];
};

type Candidate = { head: string; tail: string; dots: boolean };

const DASH = /\s+[-–—]{1,2}\s*|[-–—]{1,2}\s+/g;
const BY = /\s+by\s+/gi;
const ELLIPSIS = /(?:\.\.\.|…)\s+/g;
const KIND_ONLY = /^(?:(?:Sponsored|Opening|Closing)\s+)?Keynote$/i;
const TRUNCATED = /(?:\.\.\.|…)$/;

/**
 * Where the title may end, in the order they are tried: dashes from the left, then " by ", then
 * "..." ("Surviving Serverless Battle By Secure Runtime, CRI and RuntimeClass - Xiaoyu Zhang" is
 * split at the dash, not at "By").
 */
function candidates(text: string): Candidate[] {
  const at = (pattern: RegExp, dots: boolean) =>
    [...text.matchAll(pattern)].map((m) => {
      // The dots of "..." belong to the (truncated) title.
      const kept = dots ? m[0].trimEnd() : '';
      return { head: text.slice(0, m.index + kept.length), tail: text.slice(m.index + m[0].length), dots };
    });
  return [...at(DASH, false), ...at(BY, false), ...at(ELLIPSIS, true)];
}

const tidyTitle = (head: string) => head.replace(/[\s,:;–—-]+$/, '').trim();

/** A known speaker's name glued to the title, or after a comma or a colon instead of a dash. */
function findGluedSpeaker(text: string, lexicon: NameLexicon): { head: string; tail: string } | undefined {
  let best: { head: string; tail: string; at: number } | undefined;
  for (const name of lexicon.multiWordPersons) {
    for (let at = text.indexOf(name, 1); at > 0; at = text.indexOf(name, at + 1)) {
      if (best !== undefined && at >= best.at) break;
      const before = text.slice(0, at);
      const glued = /\p{Ll}$/u.test(before);
      if (!glued && !/[,:]\s*$/.test(before)) continue;
      const parsed = parseSpeakerList(text.slice(at), lexicon);
      if (parsed?.speakers[0]?.name === name) best = { head: before, tail: text.slice(at), at };
    }
  }
  return best;
}

export function splitEnglishCell(text: string, lexicon: NameLexicon): EnglishParts {
  const notes: EnglishNote[] = [];
  let title = text;
  let speakers: ParsedSpeaker[] = [];
  let afterDots = false;

  const split = candidates(text).find((c) => tidyTitle(c.head) !== '' && parseSpeakerList(c.tail, lexicon) !== undefined);
  if (split !== undefined) {
    const parsed = parseSpeakerList(split.tail, lexicon);
    title = tidyTitle(split.head);
    speakers = parsed?.speakers ?? [];
    afterDots = split.dots;
    for (const note of parsed?.notes ?? []) notes.push({ kind: 'repaired', ...note });
  } else if (/\s[-–—]\s*$/.test(text)) {
    title = tidyTitle(text);
    notes.push({ kind: 'repaired', rule: 'dangling-separator', message: 'Removed a separator at the end of the English cell with no speaker after it.' });
  } else {
    const glued = findGluedSpeaker(text, lexicon);
    const parsed = glued === undefined ? undefined : parseSpeakerList(glued.tail, lexicon);
    if (glued !== undefined && parsed !== undefined) {
      speakers = parsed.speakers;
      const head = tidyTitle(glued.head);
      const names = speakers.map((s) => s.name).join(' & ');
      if (KIND_ONLY.test(head)) {
        // "Keynote: Liz Rice, Technology Evangelist, Aqua Security": the speaker is the whole title.
        title = `${head}: ${names}`;
        const who = speakers.length > 1 ? 'speakers' : 'speaker';
        notes.push({ kind: 'repaired', rule: 'speaker-only-title', message: `The English cell names only the ${who}; title written "${title}", ${who} ${names}.` });
      } else {
        title = head;
        notes.push({ kind: 'repaired', rule: 'missing-separator', message: `No separator between title and speaker; split before "${glued.tail}".` });
      }
    }
  }
  if (TRUNCATED.test(title)) {
    const after = speakers.length === 0 ? 'no speaker follows' : afterDots ? 'the speakers follow the dots with no separator' : 'the speakers follow';
    notes.push({ kind: 'suspicious', rule: 'title-truncated', message: `English title is cut off with "..." (${after}): "${title}".` });
  }
  return { title, speakers, notes };
}
