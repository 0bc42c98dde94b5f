// One pyvideo video file (`<event>/videos/<name>.json`) → a draft talk: every field read, cleaned
// and checked on its own, with a finding for each value that could not be used or had to be
// changed. What depends on other files (the talk's id, its date against the event's, its topics
// against the whole archive's tags) is decided later, in convert-pyvideo.ts.
import type { ImportReport } from '../import-report.ts';
import type { Video } from '../../../src/catalog/catalog-schema.ts';
import { cleanText, cutText } from './clean-text.ts';
import { FileNotes, kindOf, quote } from './file-notes.ts';
import { JsonLines, parseJsonFile } from './json-lines.ts';
import { normaliseLanguage, slotFor, isChineseLanguage, type Slot } from './languages.ts';
import { markupToText } from './markup-to-text.ts';
import { slugify } from './slugs.ts';
import { MAX_SPEAKER_NAME, isPlaceholderName, looksLikeSeveralPeople, namesInEntry, speakerIdFor } from './speakers.ts';
import { tagProblem, topicIdOf } from './topics.ts';
import { looksLikeSlides, videoOf, webLink } from './video-links.ts';
import { dateOfRecorded } from './event-dates.ts';

export type Texts = { en?: string; zh?: string };

export const inSlot = (slot: Slot, text: string): Texts => (slot === 'zh' ? { zh: text } : { en: text });

export type TalkDraft = {
  file: string;
  fileName: string;
  /** The slug the talk's id is made from, before the event prefix and de-duplication. */
  slug: string;
  title: Texts;
  language?: string;
  speakers: { id: string; name: string; line: number }[];
  summary?: Texts;
  videos: Video[];
  /** Each YouTube video's link as the file gave it (with its start time, say), and its line. */
  youTubeSources: Record<string, { link: string; line: number }>;
  slides?: { url: string };
  recorded?: { date: string; line: number };
  tags: { id: string; spelling: string }[];
  /** Tags that cannot be topics, reported once per tag across the archive (convert-pyvideo.ts). */
  unusableTags: { spelling: string; problem: string; line: number }[];
  /** Counts for the report's summary. */
  youTubeRewritten: number;
  httpsUpgrades: number;
};

export const MAX_TITLE = 400;
export const MAX_SUMMARY = 20_000;
const MAX_SPEAKERS = 40;
const MAX_VIDEOS = 10;
// Descriptions beyond this are not talk abstracts (pasted transcripts, logs); reading the markup of
// megabytes would cost more than it gives, and the summary keeps at most MAX_SUMMARY anyway.
const MAX_DESCRIPTION_READ = 200_000;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class TalkFileReader {
  readonly lines: JsonLines;

  constructor(
    readonly notes: FileNotes,
    readonly json: Json,
    text: string,
  ) {
    this.lines = new JsonLines(text);
  }

  line(key: string): number {
    return this.lines.lineOfKey(key);
  }

  /** A field that should be a text: null or absent → undefined; another type → undefined, reported. */
  text(key: string): string | undefined {
    const value = this.json[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    this.notes.repaired('wrong-type', this.line(key), `${key} is ${kindOf(value)}, not a text; ignored`);
    return undefined;
  }

  /** A field that should be a list: null or absent → []; another type → [], reported. */
  list(key: string): unknown[] {
    const value = this.json[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.notes.repaired('wrong-type', this.line(key), `${key} is ${kindOf(value)}, not a list; read as empty`);
    return [];
  }

  /** Cleans a text, reporting what was removed from it. */
  clean(raw: string, field: string, line: number, options: { paragraphs?: boolean } = {}): string {
    const cleaned = cleanText(raw, options);
    if (cleaned.removed.length > 0) {
      this.notes.repaired('invisible-characters-removed', line, `${field}: removed ${cleaned.removed.join(', ')}`);
    }
    return cleaned.text;
  }
}

function readTitle(r: TalkFileReader, language: string | undefined): Texts | undefined {
  const line = r.line('title');
  const raw = r.json.title;
  if (typeof raw !== 'string') {
    r.notes.skipped('no-title', line, raw === undefined ? 'the talk has no title; file skipped' : `title is ${kindOf(raw)}, not a text; file skipped`);
    return undefined;
  }
  let title = r.clean(raw, 'title', line);
  if (title === '') {
    r.notes.skipped('no-title', line, 'the title is empty; file skipped');
    return undefined;
  }
  const cut = cutText(title, MAX_TITLE);
  if (cut.cut) {
    r.notes.repaired('title-too-long', line, `the title has ${title.length} characters; cut to ${cut.text.length}`);
    title = cut.text;
  }
  const slot = slotFor(title, language);
  if (slot === 'zh' && language !== undefined && !isChineseLanguage(language)) {
    r.notes.suspicious('title-script-differs-from-language', line, `the title ${quote(title)} reads as Chinese but the talk's language is "${language}"; shown as the Chinese title`);
  }
  return inSlot(slot, title);
}

function readLanguage(r: TalkFileReader): string | undefined {
  const result = normaliseLanguage(r.json.language);
  if ('tag' in result) return result.tag;
  if ('problem' in result) r.notes.repaired('language-not-understood', r.line('language'), `${result.problem}; the talk's language is left out`);
  return undefined;
}

function readSpeakers(r: TalkFileReader): TalkDraft['speakers'] {
  const speakers: TalkDraft['speakers'] = [];
  for (const entry of r.list('speakers')) {
    if (typeof entry !== 'string') {
      r.notes.skipped('speaker-not-text', r.line('speakers'), `a speaker is ${kindOf(entry)}, not a name; left out`);
      continue;
    }
    const line = r.lines.lineOfString(entry, 'speakers');
    const cleaned = r.clean(entry, 'speaker name', line);
    const { names, split, trimmed } = namesInEntry(cleaned);
    if (split) r.notes.repaired('speaker-names-split', line, `${quote(cleaned)} lists several people; read as ${names.map((n) => quote(n)).join(', ')}`);
    if (trimmed) r.notes.repaired('speaker-name-trimmed', line, `${quote(cleaned)} ends in "…" or "et al."; the unnamed others are left out`);
    for (const name of names) {
      if (!addSpeaker(r, speakers, name, line)) return speakers;
    }
  }
  return speakers;
}

/** Adds one name to the talk's speakers if it is a usable name; false once the list is full. */
function addSpeaker(r: TalkFileReader, speakers: TalkDraft['speakers'], name: string, line: number): boolean {
  if (name === '') {
    r.notes.skipped('empty-speaker-name', line, 'a speaker name is empty; left out');
    return true;
  }
  if (isPlaceholderName(name)) {
    r.notes.skipped('placeholder-speaker', line, `${quote(name)} is a placeholder, not a name; left out`);
    return true;
  }
  if (name.length > MAX_SPEAKER_NAME) {
    r.notes.skipped('speaker-name-too-long', line, `a speaker name has ${name.length} characters (at most ${MAX_SPEAKER_NAME}): ${quote(name)}; left out`);
    return true;
  }
  const id = speakerIdFor(name);
  if (id === undefined) {
    r.notes.skipped('speaker-name-without-letters', line, `${quote(name)} has no letters or digits to make a speaker id from; left out`);
    return true;
  }
  if (speakers.some((s) => s.id === id)) {
    r.notes.repaired('speaker-listed-twice', line, `${quote(name)} is the same speaker (${id}) as an earlier name on this talk; listed once`);
    return true;
  }
  if (speakers.length === MAX_SPEAKERS) {
    r.notes.skipped('too-many-speakers', line, `more than ${MAX_SPEAKERS} speakers; ${quote(name)} and later ones left out`);
    return false;
  }
  if (looksLikeSeveralPeople(name)) r.notes.suspicious('speaker-name-lists-several', line, `${quote(name)} may be several people in one name; kept as one`);
  speakers.push({ id, name, line });
  return true;
}

function readOneText(r: TalkFileReader, key: string): string | undefined {
  const raw = r.text(key);
  if (raw === undefined) return undefined;
  const line = r.line(key);
  let source = raw;
  if (source.length > MAX_DESCRIPTION_READ) {
    r.notes.repaired('description-too-long', line, `${key} has ${source.length} characters; only the first ${MAX_DESCRIPTION_READ} are read`);
    source = source.slice(0, MAX_DESCRIPTION_READ);
  }
  const text = markupToText(r.clean(source, key, line, { paragraphs: true }));
  return text === '' ? undefined : text;
}

/** `summary` (a short abstract, rarely present) and `description`, as one plain text. */
function readSummary(r: TalkFileReader, language: string | undefined): Texts | undefined {
  const summary = readOneText(r, 'summary');
  const description = readOneText(r, 'description');
  let text: string;
  if (summary === undefined || description === undefined) text = summary ?? description ?? '';
  else if (description.includes(summary)) text = description;
  else if (summary.includes(description)) text = summary;
  else text = `${summary}\n\n${description}`;
  if (text === '') return undefined;
  const cut = cutText(text, MAX_SUMMARY);
  if (cut.cut) {
    const line = r.line(description === undefined ? 'summary' : 'description');
    r.notes.repaired('summary-too-long', line, `the description has ${text.length} characters as plain text; cut to ${cut.text.length} at a paragraph or sentence end`);
  }
  return inSlot(slotFor(cut.text, language), cut.text);
}

function readVideos(r: TalkFileReader, draft: Pick<TalkDraft, 'youTubeRewritten' | 'httpsUpgrades' | 'youTubeSources'>): Video[] {
  const videos: Video[] = [];
  for (const entry of r.list('videos')) {
    const url = isObject(entry) ? entry.url : undefined;
    if (typeof url !== 'string') {
      r.notes.skipped('video-without-url', r.line('videos'), `a video entry is ${isObject(entry) ? 'an object without a "url" text' : kindOf(entry)}; left out`);
      continue;
    }
    const line = r.lines.lineOfString(url, 'videos');
    const result = videoOf(url);
    if (!result.ok) {
      r.notes.skipped('video-url-unusable', line, `${result.problem}; left out`);
      continue;
    }
    const { video } = result;
    if (result.note !== undefined) r.notes.suspicious('youtube-link-without-video-id', line, result.note);
    if (videos.some((known) => known.url === video.url)) {
      r.notes.repaired('duplicate-video', line, `${video.url} is listed twice (after normalising the link); listed once`);
      continue;
    }
    if (videos.length === MAX_VIDEOS) {
      r.notes.skipped('too-many-videos', line, `more than ${MAX_VIDEOS} videos; ${video.url} and later ones left out`);
      break;
    }
    if (result.rewritten) draft.youTubeRewritten += 1;
    if (video.host === 'youtube') draft.youTubeSources[video.url] = { link: result.link, line };
    if (result.upgraded) {
      draft.httpsUpgrades += 1;
      // A YouTube link is rebuilt from its id anyway; other links keep their text, so the change is noted.
      if (video.host !== 'youtube') r.notes.repaired('http-upgraded', line, `${url.trim()} → https (the host serves https)`);
    }
    videos.push(video);
  }
  if (videos.length === 0) r.notes.suspicious('no-video', r.line('videos'), 'the talk has no usable recording link; kept without video');
  return videos;
}

/** The first related link that is slides (by its label or its host), if any. */
function readSlides(r: TalkFileReader, draft: Pick<TalkDraft, 'httpsUpgrades'>): { url: string } | undefined {
  let slides: { url: string } | undefined;
  for (const entry of r.list('related_urls')) {
    const url = typeof entry === 'string' ? entry : isObject(entry) && typeof entry.url === 'string' ? entry.url : undefined;
    const label = isObject(entry) && typeof entry.label === 'string' ? entry.label : undefined;
    if (url === undefined || !looksLikeSlides(label, url)) continue;
    const line = r.lines.lineOfString(url, 'related_urls');
    const link = webLink(url);
    if (!link.ok) {
      r.notes.skipped('slides-url-unusable', line, `slides link: ${link.problem}; left out`);
      continue;
    }
    if (slides !== undefined) {
      if (link.url !== slides.url) r.notes.skipped('second-slides-link', line, `a second slides link ${link.url}; the first, ${slides.url}, is kept`);
      continue;
    }
    if (link.upgraded) {
      draft.httpsUpgrades += 1;
      r.notes.repaired('http-upgraded', line, `${url.trim()} → https (the host serves https)`);
    }
    slides = { url: link.url };
  }
  return slides;
}

function readRecorded(r: TalkFileReader): TalkDraft['recorded'] {
  const raw = r.text('recorded');
  if (raw === undefined || raw.trim() === '') return undefined;
  const line = r.line('recorded');
  const date = dateOfRecorded(raw);
  if (date === undefined) {
    r.notes.repaired('recorded-not-a-date', line, `recorded ${quote(raw)} is not a calendar date (YYYY-MM-DD); the talk's date is left out`);
    return undefined;
  }
  return { date, line };
}

function readTags(r: TalkFileReader): Pick<TalkDraft, 'tags' | 'unusableTags'> {
  const tags: TalkDraft['tags'] = [];
  const unusableTags: TalkDraft['unusableTags'] = [];
  for (const entry of r.list('tags')) {
    if (typeof entry !== 'string') {
      r.notes.skipped('tag-not-text', r.line('tags'), `a tag is ${kindOf(entry)}, not a text; left out`);
      continue;
    }
    const spelling = cleanText(entry).text;
    if (spelling === '') continue; // an empty tag says nothing; nothing is lost
    const problem = tagProblem(spelling);
    if (problem !== undefined) {
      unusableTags.push({ spelling, problem, line: r.lines.lineOfString(entry, 'tags') });
      continue;
    }
    const id = topicIdOf(spelling);
    if (!tags.some((t) => t.id === id)) tags.push({ id, spelling });
  }
  return { tags, unusableTags };
}

/** The slug the talk's id is made from: pyvideo's `slug`, else the file name, else the title. */
function readSlug(r: TalkFileReader, fileName: string, title: Texts): string {
  const fromField = slugify(r.text('slug') ?? '');
  if (fromField !== '') return fromField;
  const fromFile = slugify(fileName.replace(/\.json$/i, ''));
  if (fromFile !== '') return fromFile;
  return slugify(title.en ?? title.zh ?? '') || 'talk';
}

/** Reads one video file; undefined (with a finding) if it cannot be a talk. */
export function readTalkFile(file: string, text: string, report: ImportReport): TalkDraft | undefined {
  const notes = new FileNotes(report, file);
  const parsed = parseJsonFile(notes, text, 'file skipped');
  if (parsed === undefined) return undefined;
  const json = parsed.value;
  if (!isObject(json)) {
    notes.skipped('not-an-object', 1, `the file holds ${kindOf(json)}, not a talk object; file skipped`);
    return undefined;
  }
  const r = new TalkFileReader(notes, json, text);
  const language = readLanguage(r);
  const title = readTitle(r, language);
  if (title === undefined) return undefined;
  const fileName = file.slice(file.lastIndexOf('/') + 1);
  const draft: TalkDraft = {
    file,
    fileName,
    slug: readSlug(r, fileName, title),
    title,
    speakers: readSpeakers(r),
    videos: [],
    youTubeSources: {},
    ...readTags(r),
    youTubeRewritten: 0,
    httpsUpgrades: 0,
  };
  if (language !== undefined) draft.language = language;
  const summary = readSummary(r, language);
  if (summary !== undefined) draft.summary = summary;
  draft.videos = readVideos(r, draft);
  const slides = readSlides(r, draft);
  if (slides !== undefined) draft.slides = slides;
  const recorded = readRecorded(r);
  if (recorded !== undefined) draft.recorded = recorded;
  return draft;
}
