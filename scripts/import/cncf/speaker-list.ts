// The speaker part of an English cell, "Name, Affiliation & Name, Affiliation", as a list of
// people. CNCF joined speakers with "&", ",", ";", "and", "+" and once "with"; an affiliation may
// itself hold "&" ("Vulk Coop & CNCF", "VP & Chief Open Source Officer") and commas ("Rancher
// Labs, Inc."). Where several people share one affiliation it is written once, after the last
// ("Tim Hockin & Michael Rubin, Google"), and is given to each of them.
import { looksLikePersonName, type NameLexicon } from './person-names.ts';
import { projectsIn } from './projects.ts';

export type ParsedSpeaker = { name: string; affiliation?: string };

export type SpeakerNote = { rule: 'description-in-speakers' | 'speaker-name-repeated'; message: string };

export type SpeakerList = { speakers: ParsedSpeaker[]; notes: SpeakerNote[] };

const LEADING_ROLE = /^(?:by|moderated by|hosted by|presented by)\s+/i;
// "… Microsoft The Helm Deep Dive will have two parts.": a sentence of a session description.
// A sentence has verbs and small words in lower case; a name or a company ("The Walt Disney Co.") has not.
const DESCRIPTION = /\s+((?:The|This|These|It|We|Our|Join|Learn|In)\s+(?:\S+\s+)*?\p{Ll}+\s+\p{Ll}+(?:\s+\S+)*\.)$/u;
const JOINERS = /(\s*;\s*|\s+&\s+|\s+and\s+|\s+\+\s+|\s+with\s+)/;

type Draft = { name: string; affiliation: string[] };

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0] ?? '';
}

/** "Istio & Linkerd" after a dash are projects, not two people called Istio and Linkerd. */
const namesProject = (word: string) => !word.includes(' ') && projectsIn(word).length > 0;

/** Could this text begin a speaker (as the first item of the list or of a group after a joiner)? */
function startsSpeaker(text: string, lexicon: NameLexicon): boolean {
  if (lexicon.isKnownOrganisation(text)) return false;
  return lexicon.isKnownPerson(text) || looksLikePersonName(text, { allowSingleWord: !namesProject(text) });
}

/**
 * Is this item, after a name and a comma, another person rather than that person's affiliation?
 * Yes if the name is known, or starts with a known given name ("Dan Sanche"), or has the shape of
 * a name and the current person already has an affiliation ("Ben Hindman, Mesosphere, Clint
 * Kitson, VMware"), or the list gives no affiliation to its last person: long lists were cut to
 * names only ("Brad Geesaman, Jimmy Mesta, Tabitha Sable & Peter Benjamin").
 */
function isAnotherPerson(text: string, current: Draft, namesOnly: boolean, lexicon: NameLexicon): boolean {
  if (lexicon.isKnownOrganisation(text) || !looksLikePersonName(text)) return false;
  return namesOnly || lexicon.isKnownPerson(text) || lexicon.isKnownGivenName(firstWord(text)) || current.affiliation.length > 0;
}

function shareAffiliations(speakers: Draft[]): void {
  for (let i = speakers.length - 2; i >= 0; i -= 1) {
    const speaker = speakers[i];
    const next = speakers[i + 1];
    if (speaker !== undefined && next !== undefined && speaker.affiliation.length === 0) speaker.affiliation = [...next.affiliation];
  }
}

/**
 * The text up to the first comma or "&" must be one or more names ("Yenan Lang and Hua Liu"):
 * the rest of a title after a dash is not ("Monitor Your Java Application with Prometheus - …"),
 * which splitting at "and" and "with" alone would not reveal.
 */
function opensWithNames(text: string, lexicon: NameLexicon): boolean {
  const region = text.split(/\s*[,;]\s*|\s+[&+]\s+/)[0] ?? '';
  return region
    .split(/\s+(?:and|with)\s+/)
    .every((part) => lexicon.isKnownPerson(part) || looksLikePersonName(part, { allowSingleWord: !namesProject(part) }));
}

/**
 * The speakers of a speaker part, or undefined when the text does not start with a person's name
 * (so it is not a speaker part at all: the rest of a title after a dash, for instance).
 */
export function parseSpeakerList(tail: string, lexicon: NameLexicon): SpeakerList | undefined {
  const notes: SpeakerNote[] = [];
  let text = tail.trim().replace(LEADING_ROLE, '');
  const description = DESCRIPTION.exec(text);
  if (description?.[1] !== undefined) {
    notes.push({ rule: 'description-in-speakers', message: `Removed a sentence of a description from the speakers: "${description[1]}".` });
    text = text.slice(0, description.index);
  }
  text = text.replace(/[\s,;&+-]+$/, '');
  if (text === '' || !opensWithNames(text, lexicon)) return undefined;

  const parts = text.split(JOINERS);
  const namesOnly = parts.length > 1 && !(parts.at(-1) ?? '').includes(',');
  const speakers: Draft[] = [];
  for (let p = 0; p < parts.length; p += 2) {
    const group = (parts[p] ?? '').trim();
    const joiner = p === 0 ? '' : (parts[p - 1] ?? '');
    const items = group.split(/\s*,\s*/).map((item) => item.trim().replace(LEADING_ROLE, '')).filter((item) => item !== '');
    const [first, ...rest] = items;
    if (first === undefined) continue;
    const previous = speakers.at(-1);
    if (!startsSpeaker(first, lexicon)) {
      // "Vulk Coop & CNCF", "VP & Chief Open Source Officer": the joiner was inside an affiliation.
      if (previous === undefined) return undefined;
      const glue = joiner.trim() === ';' ? '; ' : ` ${joiner.trim()} `;
      const last = previous.affiliation.pop();
      previous.affiliation.push(last === undefined ? items.join(', ') : `${last}${glue}${items.join(', ')}`);
      continue;
    }
    let current: Draft = { name: first, affiliation: [] };
    speakers.push(current);
    // "Kinfey Lo, Vivian Hu, Jianbai Ye": three names and no affiliation.
    const allNames = rest.length >= 2 && rest.every((item) => looksLikePersonName(item));
    rest.forEach((item, k) => {
      // "Bryan Liles, Senior Staff Engineer, VMware Bryan Liles": the name typed again at the end.
      if (item.endsWith(` ${current.name}`) && item.length > current.name.length + 1) {
        current.affiliation.push(item.slice(0, -current.name.length).trim());
        notes.push({ rule: 'speaker-name-repeated', message: `Removed "${current.name}" repeated after the affiliation.` });
        return;
      }
      // A name-like item with more after it is another person: "Cricket Liu, Francois Tur,
      // Infoblox", "Michelle Casbon, Dan Sanche, Dan Anghel". Only the last item may be an
      // affiliation that merely looks like a name ("Kimberly Messimer, Comcast VIPER").
      const listOfNames = !lexicon.isKnownOrganisation(item) && (allNames || (k < rest.length - 1 && looksLikePersonName(item)));
      if (listOfNames || isAnotherPerson(item, current, namesOnly, lexicon)) {
        current = { name: item, affiliation: [] };
        speakers.push(current);
      } else {
        current.affiliation.push(item);
      }
    });
  }
  if (speakers.length === 0) return undefined;

  shareAffiliations(speakers);
  return {
    speakers: speakers.map(({ name, affiliation }) => {
      const joined = affiliation.join(', ').trim();
      return joined === '' ? { name } : { name, affiliation: joined };
    }),
    notes,
  };
}
