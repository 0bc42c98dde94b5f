// Telling a person's name from an organisation or a job title in a speaker list, where CNCF wrote
// both the same way: "Liz Rice, Aqua Security & Gareth Rushgrove, Puppet", but also
// "Aparna Sinha, Eric Brewer & Matthew DeLio, Google" and "Michelle Noorali, Senior Software
// Engineer, Microsoft Azure". The shape of the words decides most cases; a lexicon of the names
// and organisations seen in unambiguous rows of all the files decides the rest.
import { foldText } from '../../../src/text/fold-text.ts';

export type NameLexicon = {
  /** Seen as a person in an unambiguous position ("Title - Name, Org", "Name & Name"). */
  isKnownPerson(text: string): boolean;
  /** Seen as the affiliation in "Title - Name, Org". */
  isKnownOrganisation(text: string): boolean;
  /** The first word of a known person's name: "Dan", "Eric". */
  isKnownGivenName(word: string): boolean;
  /** Known names of two words or more, as first spelled, for finding a speaker glued to a title. */
  readonly multiWordPersons: readonly string[];
};

// Words of job titles: "Senior Staff Engineer", "VP & Chief Open Source Officer", "Co-Chair".
const ROLE_WORDS = new Set(
  [
    'engineer', 'engineering', 'manager', 'director', 'dir', 'ceo', 'cto', 'coo', 'cfo', 'vp', 'president', 'founder',
    'co-founder', 'cofounder', 'evangelist', 'advocate', 'architect', 'developer', 'lead', 'head', 'chair', 'co-chair',
    'officer', 'member', 'staff', 'principal', 'senior', 'sr', 'executive', 'researcher', 'consultant', 'maintainer',
    'fellow', 'technologist', 'specialist', 'scientist', 'expert', 'chief', 'general', 'technical', 'board', 'intern',
    'student', 'professor', 'ambassador', 'committer', 'contributor', 'owner', 'product', 'program', 'strategy',
    'marketing', 'sales', 'operations', 'distinguished', 'emeritus', 'freelancer', 'independent', 'none',
  ],
);

// Words of organisation names: "Cloud Native Computing Foundation", "Amazon Web Services".
const ORGANISATION_WORDS = new Set(
  [
    'inc', 'llc', 'ltd', 'gmbh', 'ag', 'se', 'sa', 'bv', 'plc', 'corp', 'corporation', 'co', 'company', 'labs', 'lab',
    'foundation', 'university', 'institute', 'technologies', 'technology', 'systems', 'software', 'networks', 'network',
    'group', 'cloud', 'bank', 'services', 'service', 'solutions', 'data', 'security', 'research', 'media', 'computing',
    'community', 'team', 'project', 'center', 'centre', 'sig', 'wg', 'working', 'consulting', 'communications',
    'automation', 'digital', 'global', 'international', 'financial', 'telecom', 'mobile', 'energy', 'health', 'coop',
    'platform', 'platforms', 'agency', 'administration', 'government', 'school', 'college', 'academy', 'summit',
    'kubecon', 'cloudnativecon', 'america', 'europe', 'china', 'asia', 'the', 'of', 'for', 'and', 'enterprises',
    'enterprise', 'analytics', 'labour', 'labor', 'networking', 'edge', 'training', 'learning', 'iot', 'think-tank',
    'raspberry', 'ethical',
  ],
);

// Words that start titles, never names: the rest of the title after a dash that is not a speaker.
const TITLE_START_WORDS = new Set(
  [
    'a', 'an', 'the', 'how', 'why', 'what', 'when', 'where', 'who', 'which', 'is', 'are', 'do', 'does', 'can', 'will',
    'intro', 'introduction', 'introducing', 'keynote', 'panel', 'part', 'day', 'from', 'to', 'into',
    'in', 'on', 'at', 'for', 'with', 'by', 'your', 'our', 'my', 'we', 'you', 'it', 'this', 'that', 'building', 'using',
    'getting', 'lessons', 'beyond', 'inside', 'making', 'managing', 'running', 'scaling', 'all', 'one', 'two', 'three',
    'new', 'next', 'best', 'more', 'less', 'not', 'no', 'yes', 'case', 'study', 'update', 'updates', 'welcome',
    'closing', 'opening', 'remarks', 'discussion', 'q&a', 'overview', 'tutorial', 'workshop', 'session', 'meeting',
    'mentoring', 'stories', 'story', 'tales', 'tips', 'tricks', 'towards', 'toward', 'moving', 'painting', 'manage',
    'build', 'enterprise', 'cloud', 'kubernetes', 'kubecon', 'open', 'source', 'native', 'service', 'mesh', 'steering',
  ],
);

// Words of session titles that no name holds: "… - Deep Dive", "… - Intro".
const TITLE_WORDS = new Set(['dive', 'intro', 'introduction', 'update', 'updates', 'overview', 'session', 'remarks', 'discussion', 'keynote', 'panel', 'tutorial', 'workshop', 'bof', 'kubernetes', 'native', 'mesh', 'part']);

// Particles that belong to surnames: "Erwin van Eyk", "Bernard Van De Walle", "Raffaele di Fazio".
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'dos', 'das', 'la', 'le', 'bin', 'al', 'y', 'ter', 'ten']);

const HAN_NAME = /^\p{Script=Han}{1,4}$/u;
const HAN_FULL_NAME = /^\p{Script=Han}{2,4}$/u;

const normalise = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

const bare = (word: string) => foldText(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}&-]+$/gu, '');

/** Words that say the text is a job title or an organisation, not a person. */
function hasRoleOrOrganisationWord(text: string): boolean {
  return wordsOf(text).some((w) => {
    const b = bare(w);
    return ROLE_WORDS.has(b) || ORGANISATION_WORDS.has(b) || b.split('/').some((part) => ROLE_WORDS.has(part));
  });
}

function isNameWord(word: string): boolean {
  if (PARTICLES.has(word.toLowerCase())) return true;
  // Nicknames and handles: 'Richard "RichiH" Hartmann', "Khaled (Kal) Henidak", "Les Peng(彭磊)".
  if (/^["'“(（].*["'”)）]$/u.test(word)) return true;
  const core = word.replace(/[(（][^)）]*[)）]$/u, '');
  if (HAN_NAME.test(core)) return true;
  // "vonThenen", "McGee", "O'Keefe", "Yu-Ju", "J.", "C.S.", "Jr.", "IV".
  return /^(?:von|van|de|di|da|le|la|d')?\p{Lu}[\p{Script=Latin}\p{M}'’.-]*$/u.test(core);
}

/**
 * Whether a text has the shape of a person's name: one to six capitalised words (or a Chinese
 * name), no organisation or job-title words, not starting with a word that starts titles.
 * A single word counts only when `allowSingleWord` (mononyms such as "Flynn" are rare).
 */
export function looksLikePersonName(text: string, { allowSingleWord = false } = {}): boolean {
  // A nickname in quotes is part of a name, however it is spaced: 'Jason " Jay" Smith'.
  const trimmed = text.replace(/\s*["“][^"”]*["”]\s*/gu, ' ').trim();
  if (trimmed === '' || /\s[-–—]\s|[:?!;@/]|\d/.test(trimmed)) return false;
  // "Booking.com", "Frame.io": a dot inside a word is a domain, not an initial.
  if (/\p{L}\.\p{L}{2,}/u.test(trimmed)) return false;
  const words = wordsOf(trimmed);
  if (words.length === 0 || words.length > 6) return false;
  if (words.every((w) => HAN_NAME.test(w))) return HAN_FULL_NAME.test(words.join('')) || (words.length === 2 && words.join('').length <= 5);
  const first = words[0] ?? '';
  if (TITLE_START_WORDS.has(bare(first)) || words.some((w) => TITLE_WORDS.has(bare(w)))) return false;
  if (hasRoleOrOrganisationWord(trimmed)) return false;
  if (!words.every(isNameWord)) return false;
  if (words.length === 1) {
    // An acronym ("CNCF", "IBM") is an organisation; a single letter is a fragment ("R & D").
    if (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(first) || first.length < 3) return false;
    return allowSingleWord;
  }
  return true;
}

type Counts = Map<string, number>;
const bump = (counts: Counts, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

export class NameLexiconBuilder {
  private readonly persons: Counts = new Map();
  private readonly organisations: Counts = new Map();
  /** The first spelling seen of each person, for finding the name in another row's text. */
  private readonly spellings = new Map<string, string>();

  addPerson(name: string): void {
    const key = normalise(name);
    if (key === '') return;
    bump(this.persons, key);
    if (!this.spellings.has(key)) this.spellings.set(key, name.trim());
  }

  addOrganisation(name: string): void {
    const key = normalise(name);
    if (key !== '') bump(this.organisations, key);
  }

  build(): NameLexicon {
    // A text seen at least as often as a person as it was as an organisation is a person.
    const persons = new Set([...this.persons].filter(([key, n]) => n >= (this.organisations.get(key) ?? 0)).map(([key]) => key));
    const organisations = new Set([...this.organisations].filter(([key]) => !persons.has(key)).map(([key]) => key));
    const givenNames = new Set([...persons].map((key) => key.split(' ')).filter((w) => w.length >= 2).map((w) => w[0] ?? ''));
    const multiWordPersons = [...persons]
      .filter((key) => key.includes(' '))
      .map((key) => this.spellings.get(key) ?? key)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      isKnownPerson: (text) => persons.has(normalise(text)),
      isKnownOrganisation: (text) => organisations.has(normalise(text)),
      isKnownGivenName: (word) => givenNames.has(normalise(word)),
      multiWordPersons,
    };
  }
}
