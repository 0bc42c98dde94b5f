// The catalog's speaker list, gathered from the talks: one entry per id, named with the spelling
// used most often (on a tie, the first one met), and the figures the report gives about merging.
import type { Speaker } from '../../../src/catalog/catalog-schema.ts';

type Tally = { spellings: Map<string, number>; firstSpelling: string; talks: number; events: Set<string> };

export class SpeakerRegistry {
  private readonly tallies = new Map<string, Tally>();

  /** One appearance of a speaker in a talk of an event. */
  add(id: string, name: string, eventId: string): void {
    const tally = this.tallies.get(id) ?? { spellings: new Map<string, number>(), firstSpelling: name, talks: 0, events: new Set<string>() };
    tally.spellings.set(name, (tally.spellings.get(name) ?? 0) + 1);
    tally.talks += 1;
    tally.events.add(eventId);
    this.tallies.set(id, tally);
  }

  /** The speakers, sorted by id (code point order, so that no locale changes it). */
  list(): Speaker[] {
    return [...this.tallies]
      .map(([id, tally]) => {
        let name = tally.firstSpelling;
        for (const [spelling, n] of tally.spellings) if (n > (tally.spellings.get(name) ?? 0)) name = spelling;
        return { id, name };
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  figures(): { withSeveralTalks: number; atSeveralEvents: number; withSeveralSpellings: number } {
    const all = [...this.tallies.values()];
    return {
      withSeveralTalks: all.filter((t) => t.talks > 1).length,
      atSeveralEvents: all.filter((t) => t.events.size > 1).length,
      withSeveralSpellings: all.filter((t) => t.spellings.size > 1).length,
    };
  }
}
