// pyvideo's archive (one folder per event: category.json and videos/*.json) → one catalog file.
//
// Pure over its input: the files come as { path, text } from any iterable or async iterable (the
// CLI streams them from disk one at a time; tests pass arrays), and the same files give the same
// catalog and report, byte for byte, whatever order they arrive in. Each file is read into a small
// draft as it arrives and its text dropped; the catalog is assembled at the end, events sorted by
// folder name and talks by file name, because ids, spelling merges and topics depend on order.
import * as v from 'valibot';
import { TalkSchema, EventSchema, type CatalogEvent, type Catalog, type Talk, type Topic, type Video } from '../../../src/catalog/catalog-schema.ts';
import { ImportReport } from '../import-report.ts';
import { counted } from '../../counted.ts';
import { youTubeIdOf } from '../../../src/catalog/video-ids.ts';
import { foldText } from '../../../src/text/fold-text.ts';
import { cleanText } from './clean-text.ts';
import { eventDays, eventYear, mostCommonYear, type EventDays } from './event-dates.ts';
import { FileNotes, quote } from './file-notes.ts';
import { slotFor } from './languages.ts';
import { readCategoryFile, type CategoryDraft } from './read-category-file.ts';
import { inSlot, readTalkFile, type TalkDraft } from './read-talk-file.ts';
import { SpeakerRegistry } from './speakers.ts';
import { cutSlug, slugify, UniqueIds } from './slugs.ts';
import { MAX_TOPICS_PER_TALK, MIN_TALKS_PER_TOPIC, TopicTally } from './topics.ts';

/** A file of the archive, its path relative to the archive's folder with "/" separators. */
export type PyvideoFile =
  | { path: string; text: string; invalidUtf8?: boolean }
  | { path: string; readError: string };

export type PyvideoOptions = {
  /** Overrides of the site's name (the catalog's title). */
  siteName?: { en?: string | undefined; zh?: string | undefined };
};

/** The catalog as written: every list the schema requires, no collections. */
export type PyvideoCatalog = Omit<Catalog, 'collections'>;

export type PyvideoStats = {
  files: number;
  /** Folders with a category.json or talk files: 0 means the input is not a pyvideo archive. */
  eventFolders: number;
  events: number;
  talks: number;
  speakers: number;
  speakerSpellingsMerged: number;
  topicsKept: number;
  tagsTooRare: number;
  tagUsesTooRare: number;
  videosByHost: Record<string, number>;
  talksWithoutVideo: number;
  slides: number;
  youTubeRewritten: number;
  httpsUpgrades: number;
};

export type PyvideoConversion = {
  catalog: PyvideoCatalog;
  report: ImportReport;
  stats: PyvideoStats;
  /** The report's opening lines: the figures above, in words. */
  summary: string[];
};

export const PYVIDEO_SOURCE = { id: 'pyvideo', title: 'pyvideo.org data', url: 'https://github.com/pyvideo/data', license: 'CC0-1.0' } as const;

const SITE = {
  name: { en: 'PyVideo archive', zh: 'PyVideo 演讲档案' },
  description: {
    en: 'Talks from Python conferences and meetups around the world, from the pyvideo.org archive (CC0), with their recordings, slides and speakers.',
    zh: '来自世界各地 Python 大会与聚会的演讲，取自 pyvideo.org 档案（CC0），附录像、幻灯片与讲者。',
  },
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const MAX_SOURCE_FILE = 200; // SourceLineSchema's limit

type EventFolder = { category?: CategoryDraft; categoryFailed: boolean; talks: TalkDraft[] };

/** Where a path belongs: an event's category file, one of its talks, or nowhere. */
function placeOf(path: string): { event: string; kind: 'category' | 'talk' } | undefined {
  const parts = path.split('/');
  const [event, second, third] = parts;
  if (event === undefined || event === '' || event.startsWith('.')) return undefined;
  if (parts.length === 2 && second === 'category.json') return { event, kind: 'category' };
  if (parts.length === 3 && second === 'videos' && third !== undefined && /\.json$/i.test(third)) return { event, kind: 'talk' };
  return undefined;
}

class Ingest {
  readonly report = new ImportReport();
  readonly folders = new Map<string, EventFolder>();
  files = 0;

  private folder(event: string): EventFolder {
    let folder = this.folders.get(event);
    if (folder === undefined) {
      folder = { categoryFailed: false, talks: [] };
      this.folders.set(event, folder);
    }
    return folder;
  }

  add(file: PyvideoFile): void {
    this.files += 1;
    const place = placeOf(file.path);
    const notes = new FileNotes(this.report, file.path);
    if (place === undefined) {
      notes.skipped('not-an-archive-file', 1, 'not <event>/category.json or <event>/videos/<talk>.json; ignored');
      return;
    }
    const folder = this.folder(place.event);
    if ('readError' in file) {
      notes.skipped('unreadable-file', 1, `cannot read the file: ${file.readError}; skipped`);
      if (place.kind === 'category') folder.categoryFailed = true;
      return;
    }
    if (file.invalidUtf8 === true) notes.repaired('invalid-utf8', 1, 'the file is not valid UTF-8; undecodable bytes were read as U+FFFD');
    if (place.kind === 'category') {
      const category = readCategoryFile(file.path, file.text, this.report);
      if (category === undefined) folder.categoryFailed = true;
      else folder.category = category;
      return;
    }
    const talk = readTalkFile(file.path, file.text, this.report);
    if (talk !== undefined) folder.talks.push(talk);
  }
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path?.map((p) => String(p.key)).join('.') ?? ''}: ${issue.message}`)
    .join('; ');
}

class Assembly {
  readonly events: CatalogEvent[] = [];
  readonly talks: Talk[] = [];
  readonly speakers = new SpeakerRegistry();
  readonly tally = new TopicTally();
  /** Each kept talk's tag ids, in the talk's order, until the archive-wide counts are known. */
  readonly talkTags = new Map<Talk, string[]>();
  /** Each YouTube video id that is a talk's recording, with that talk's file and folded title. */
  private readonly recordings = new Map<string, { file: string; title: string }>();
  /** Tags that cannot be topics: where each was first seen, and by how many talks. */
  readonly unusableTags = new Map<string, { file: string; line: number; problem: string; talks: number }>();
  private readonly eventIds = new UniqueIds();
  private readonly talkIds = new UniqueIds();
  youTubeRewritten = 0;
  httpsUpgrades = 0;

  constructor(readonly report: ImportReport) {}

  addEvent(folderName: string, folder: EventFolder): void {
    const categoryFile = `${folderName}/category.json`;
    const notes = new FileNotes(this.report, categoryFile);
    const talks = [...folder.talks].sort((a, b) => byCodeUnits(a.fileName, b.fileName));
    const { category } = folder;
    if (category === undefined) {
      if (talks.length === 0) return; // the finding about the category file says it all
      const why = folder.categoryFailed ? 'its category.json cannot be used (see the other finding on it)' : 'it has no category.json';
      notes.skipped('event-without-category', 1, `${why}, so the event has no name; its ${talks.length} talk file(s) are not imported`);
      return;
    }
    if (talks.length === 0) {
      notes.skipped('event-without-talks', 1, 'no usable talk in videos/; the event is left out');
      return;
    }
    const recorded = talks.flatMap((t) => (t.recorded === undefined ? [] : [t.recorded.date]));
    const year = eventYear(category.title, folderName, recorded);
    if (year === undefined) {
      notes.skipped('event-without-year', 1, `no year in the title, the folder name or any recording date; the event and its ${counted(talks.length, 'talk')} are left out`);
      return;
    }
    const base = cutSlug(slugify(folderName) || slugify(category.title));
    if (base === '') {
      notes.skipped('event-without-id', 1, `neither the folder name nor the title ${quote(category.title)} has Latin letters or digits for an id; the event and its ${counted(talks.length, 'talk')} are left out`);
      return;
    }
    const claimed = this.eventIds.claim(base, categoryFile);
    if (claimed.takenBy !== undefined) notes.suspicious('duplicate-event-id', 1, `the id "${base}" is also made from ${claimed.takenBy}; this event is "${claimed.id}"`);
    const eventId = claimed.id;

    if (year.from !== 'recordings') {
      const usual = mostCommonYear(recorded);
      if (usual !== undefined && usual !== year.year) {
        notes.suspicious('year-differs-from-recordings', 1, `the ${year.from} says ${year.year}, most talks were recorded in ${usual}; the event's year is ${year.year}`);
      }
    }
    const days = eventDays(year.year, { start: category.startDate, end: category.endDate }, recorded.filter((d) => Number(d.slice(0, 4)) === year.year));
    if (days.kind === 'none' && days.reason !== undefined) notes.suspicious('event-dates-left-out', 1, `no start and end date: ${days.reason}`);

    const event: CatalogEvent = {
      id: eventId,
      name: inSlot(slotFor(category.title, undefined), category.title),
      year: year.year,
      ...(days.kind === 'none' ? {} : { startDate: days.startDate, endDate: days.endDate }),
      ...(category.url === undefined ? {} : { url: category.url }),
      source: PYVIDEO_SOURCE.id,
    };
    const checked = v.safeParse(EventSchema, event);
    if (!checked.success) {
      notes.skipped('event-invalid', 1, `the event does not fit the catalog (${describeIssues(checked.issues)}); it and its talks are left out`);
      return;
    }
    const kept = talks.filter((draft) => this.addTalk(draft, event, days));
    if (kept.length === 0) {
      notes.skipped('event-without-talks', 1, 'none of its talks could be imported; the event is left out');
      return;
    }
    this.events.push(event);
  }

  /** The talk's date: its recording day, if that falls within the event. */
  private dateOf(draft: TalkDraft, event: CatalogEvent, days: EventDays): string | undefined {
    const { recorded } = draft;
    if (recorded === undefined) return undefined;
    const notes = new FileNotes(this.report, draft.file);
    if (days.kind !== 'none') {
      if (recorded.date >= days.startDate && recorded.date <= days.endDate) return recorded.date;
      notes.repaired('date-outside-event', recorded.line, `recorded ${recorded.date} is outside the event's days (${days.startDate} to ${days.endDate}); the talk's date is left out`);
      return undefined;
    }
    if (Number(recorded.date.slice(0, 4)) === event.year) return recorded.date;
    notes.repaired('date-outside-event-year', recorded.line, `recorded ${recorded.date} is not in the event's year ${event.year}; the talk's date is left out`);
    return undefined;
  }

  private addTalk(draft: TalkDraft, event: CatalogEvent, days: EventDays): boolean {
    const notes = new FileNotes(this.report, draft.file);
    const base = cutSlug(`${event.id}-${draft.slug}`);
    const claimed = this.talkIds.claim(base, draft.file);
    if (claimed.takenBy !== undefined) {
      notes.suspicious('duplicate-talk-slug', 1, `the id "${base}" is also made from ${claimed.takenBy}; this talk is "${claimed.id}"`);
    }
    const recording = this.recordingOf(draft, notes);
    if (recording === undefined) return false;
    const date = this.dateOf(draft, event, days);
    // The schema allows 200 characters; a longer path is only a pointer, not worth the talk.
    const source = draft.file.length <= MAX_SOURCE_FILE ? { file: draft.file, line: 1 } : undefined;
    if (source === undefined) notes.repaired('source-path-too-long', 1, `the file's path has ${draft.file.length} characters (at most ${MAX_SOURCE_FILE}); the talk names no source file`);
    const talk: Talk = {
      id: claimed.id,
      event: event.id,
      title: draft.title,
      speakers: draft.speakers.map((s) => ({ id: s.id })),
      topics: [],
      ...(date === undefined ? {} : { date }),
      ...(draft.summary === undefined ? {} : { summary: draft.summary }),
      videos: recording.videos,
      ...(draft.slides === undefined ? {} : { slides: draft.slides }),
      ...(draft.language === undefined ? {} : { language: draft.language }),
      ...(source === undefined ? {} : { source }),
    };
    // Every field was checked on its own already; this catches what a rule may have missed, so
    // one odd file costs one talk, never the whole catalog.
    const checked = v.safeParse(TalkSchema, talk);
    if (!checked.success) {
      notes.skipped('talk-invalid', 1, `the talk does not fit the catalog (${describeIssues(checked.issues)}); left out`);
      return false;
    }
    if (recording.claim !== undefined) this.recordings.set(recording.claim, { file: draft.file, title: recording.title });
    for (const speaker of draft.speakers) this.speakers.add(speaker.id, speaker.name, draft.file, speaker.line);
    this.tally.addTalk(draft.tags);
    for (const tag of draft.unusableTags) {
      const known = this.unusableTags.get(tag.spelling);
      if (known === undefined) this.unusableTags.set(tag.spelling, { file: draft.file, line: tag.line, problem: tag.problem, talks: 1 });
      else known.talks += 1;
    }
    this.talkTags.set(
      talk,
      draft.tags.map((t) => t.id),
    );
    this.youTubeRewritten += draft.youTubeRewritten;
    this.httpsUpgrades += draft.httpsUpgrades;
    this.talks.push(talk);
    return true;
  }

  /**
   * The catalog gives a YouTube video to one talk (files are composed by matching videos), but
   * pyvideo often points several files at one recording: the same talk filed twice, or the talks
   * of one lightning-talk session with their start times. A second file with the same title is a
   * copy and is left out (undefined); a different talk keeps the link as given, as a plain link.
   */
  private recordingOf(draft: TalkDraft, notes: FileNotes): { videos: Video[]; claim?: string; title: string } | undefined {
    const title = foldText(draft.title.en ?? draft.title.zh ?? '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const videos = [...draft.videos];
    for (;;) {
      // Like compose-catalog.ts's youTubeKey: a talk is matched by its first YouTube video.
      const index = videos.findIndex((video) => video.host === 'youtube');
      const video = videos[index];
      const id = video === undefined ? null : youTubeIdOf(video.url);
      if (video === undefined || id === null) return { videos, title };
      const first = this.recordings.get(id);
      if (first === undefined) return { videos, claim: id, title };
      const source = draft.youTubeSources[video.url];
      if (first.title === title) {
        notes.skipped('duplicate-talk', source?.line ?? 1, `the same title and YouTube video (${id}) as ${first.file}; left out as a second copy`);
        return undefined;
      }
      videos[index] = { host: 'other', url: source?.link ?? video.url };
      notes.repaired('shared-recording', source?.line ?? 1, `the YouTube video ${id} is also the recording of ${first.file}; kept here as a plain link, since the catalog gives a YouTube video to one talk`);
    }
  }

  /** Gives each talk the topics that are used often enough, at most MAX_TOPICS_PER_TALK. */
  topics(): { topics: Topic[]; rare: { ids: number; uses: number } } {
    for (const [spelling, { file, line, problem, talks }] of this.unusableTags) {
      const more = talks === 1 ? '' : ` (here first; ${talks} talks have it)`;
      new FileNotes(this.report, file).skipped('tag-unusable', line, `the tag ${quote(spelling)} ${problem}; left out${more}`);
    }
    const { kept, rare } = this.tally.result();
    const keptIds = new Set(kept.map((t) => t.id));
    for (const talk of this.talks) {
      const ids = (this.talkTags.get(talk) ?? []).filter((id) => keptIds.has(id));
      if (ids.length > MAX_TOPICS_PER_TALK) {
        const file = talk.source?.file ?? talk.id;
        new FileNotes(this.report, file).repaired('too-many-topics', 1, `${ids.length} topics; the first ${MAX_TOPICS_PER_TALK} are kept`);
      }
      talk.topics = ids.slice(0, MAX_TOPICS_PER_TALK);
    }
    return { topics: kept.map(({ id, label }) => ({ id, kind: 'subject', label: { en: label } })), rare };
  }
}

function siteOf(options: PyvideoOptions): PyvideoCatalog['site'] {
  const en = cleanText(options.siteName?.en ?? '').text;
  const zh = cleanText(options.siteName?.zh ?? '').text;
  return { name: { en: en || SITE.name.en, zh: zh || SITE.name.zh }, description: { ...SITE.description } };
}

function summaryLines(stats: PyvideoStats): string[] {
  const hosts = Object.entries(stats.videosByHost)
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([host, n]) => `${host} ${n}`)
    .join(', ');
  return [
    `- Files read: ${stats.files} (${stats.eventFolders} event folders)`,
    `- Events: ${stats.events}; talks: ${stats.talks}; speakers: ${stats.speakers} (${stats.speakerSpellingsMerged} other spellings merged into them)`,
    `- Topics: ${stats.topicsKept} kept (tags used by at least ${MIN_TALKS_PER_TOPIC} talks); ${stats.tagsTooRare} tags dropped as too rare (${stats.tagUsesTooRare} uses)`,
    `- Videos by host: ${hosts === '' ? 'none' : hosts}; talks without video: ${stats.talksWithoutVideo}`,
    `- Slides links: ${stats.slides}`,
    `- Links upgraded from http to https: ${stats.httpsUpgrades}; YouTube links rewritten to the watch form: ${stats.youTubeRewritten}`,
    '- Event dates are the first and last day talks were recorded (pyvideo states no event dates), given only when the recordings span at most two weeks.',
  ];
}

export async function convertPyvideo(files: Iterable<PyvideoFile> | AsyncIterable<PyvideoFile>, options: PyvideoOptions = {}): Promise<PyvideoConversion> {
  const ingest = new Ingest();
  for await (const file of files) ingest.add(file);

  const assembly = new Assembly(ingest.report);
  for (const name of [...ingest.folders.keys()].sort(byCodeUnits)) {
    const folder = ingest.folders.get(name);
    if (folder !== undefined) assembly.addEvent(name, folder);
  }
  const { topics, rare } = assembly.topics();
  for (const variant of assembly.speakers.variants) {
    new FileNotes(ingest.report, variant.file).repaired(
      'speaker-spellings-merged',
      variant.line,
      `${quote(variant.variant)} is the same speaker (${variant.id}) as ${quote(variant.kept)} in ${variant.firstFile}; shown as ${quote(variant.kept)}`,
    );
  }
  const speaking = new Set(assembly.talks.flatMap((t) => t.speakers.map((s) => s.id)));
  const speakers = assembly.speakers.list(speaking);

  const videosByHost: Record<string, number> = {};
  for (const talk of assembly.talks) for (const video of talk.videos) videosByHost[video.host] = (videosByHost[video.host] ?? 0) + 1;
  const stats: PyvideoStats = {
    files: ingest.files,
    eventFolders: ingest.folders.size,
    events: assembly.events.length,
    talks: assembly.talks.length,
    speakers: speakers.length,
    speakerSpellingsMerged: assembly.speakers.variants.length,
    topicsKept: topics.length,
    tagsTooRare: rare.ids,
    tagUsesTooRare: rare.uses,
    videosByHost,
    talksWithoutVideo: assembly.talks.filter((t) => t.videos.length === 0).length,
    slides: assembly.talks.filter((t) => t.slides != null).length,
    youTubeRewritten: assembly.youTubeRewritten,
    httpsUpgrades: assembly.httpsUpgrades,
  };
  const catalog: PyvideoCatalog = {
    site: siteOf(options),
    sources: [{ ...PYVIDEO_SOURCE }],
    events: assembly.events,
    topics,
    speakers,
    talks: assembly.talks,
  };
  return { catalog, report: ingest.report, stats, summary: summaryLines(stats) };
}

/** The catalog as the file's text: two-space JSON and a final newline, like the repository's data files. */
export function catalogText(catalog: PyvideoCatalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}
