// A speaker's talks, newest event first, a hundred to a page: a placeholder "speaker" of an
// imported archive can have thousands of talks, and no page may grow without bound. Page 1 is
// /speakers/<id>, the others /speakers/<id>/page/<n>. A speaker with more than one page carries
// what the page cannot count from its own talks (SpeakerPageView).
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { eventsNewestFirst } from '../events/event-facts';

export const SPEAKER_PAGE_SIZE = 100;

/** One page of a long speaker's talks, with the counts over all of them. */
export type SpeakerPageView = {
  speaker: string;
  page: number;
  pages: number;
  /** The page's talks, in order. */
  ids: string[];
  talks: number;
  events: number;
  affiliations: string[];
};

export const speakerPageKey = (speakerId: string, page: number): string => `${speakerId}/${String(page)}`;

export const pageCount = (talks: number): number => Math.max(1, Math.ceil(talks / SPEAKER_PAGE_SIZE));

/** The speaker's talks, newest event first; within an event, in the catalog's order. */
export function speakerTalksInOrder(catalog: Catalog, talks: readonly Talk[]): Talk[] {
  return eventsNewestFirst(catalog).flatMap((event) => talks.filter((talk) => talk.event === event.id));
}

/** The affiliations the speaker gave on these talks, each once (people change jobs). */
export function affiliationsOf(speakerId: string, talks: readonly Talk[]): string[] {
  return [...new Set(talks.flatMap((talk) => talk.speakers.filter((s) => s.id === speakerId).flatMap((s) => s.affiliation ?? [])))];
}

export function speakerPageView(catalog: Catalog, speakerId: string, talks: readonly Talk[], page: number): SpeakerPageView {
  const ordered = speakerTalksInOrder(catalog, talks);
  return {
    speaker: speakerId,
    page,
    pages: pageCount(ordered.length),
    ids: ordered.slice((page - 1) * SPEAKER_PAGE_SIZE, page * SPEAKER_PAGE_SIZE).map((talk) => talk.id),
    talks: ordered.length,
    events: new Set(ordered.map((talk) => talk.event)).size,
    affiliations: affiliationsOf(speakerId, talks),
  };
}
