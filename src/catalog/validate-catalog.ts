// Turns catalog files into either one typed catalog or a list of problems a person can act on:
// `data/cncf-archive.json: talks[5] (grafana-is-not-enough): videos[0].url: expected an https URL`.
// Each file is checked for shape on its own; the composed catalog is then checked as a whole
// (every reference resolves, ids are unique, dates agree).
import * as v from 'valibot';
import { CatalogPartSchema, CatalogSchema, type Catalog, type CatalogPart } from './catalog-schema.ts';
import { composeCatalog, youTubeKey } from './compose-catalog.ts';

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: string[] };
type PartResult = { ok: true; part: CatalogPart } | { ok: false; problems: string[] };

type PathItem = { key: unknown };

const LISTS_WITH_IDS = new Set(['talks', 'events', 'speakers', 'topics', 'sources', 'collections']);

function entryLabel(input: unknown, listName: string, index: number): string {
  const entries = (input as Record<string, unknown> | null)?.[listName];
  const entry: unknown = Array.isArray(entries) ? entries[index] : undefined;
  const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 100 ? `${listName}[${index}] (${id})` : `${listName}[${index}]`;
}

/** `talks[5] (grafana-is-not-enough): videos[0].url` — the entry named by index and id, then the field. */
export function formatPath(path: readonly PathItem[], input: unknown): string {
  const keys = path.map((item) => item.key);
  const [list, index] = keys;
  const named = typeof list === 'string' && LISTS_WITH_IDS.has(list) && typeof index === 'number';
  const parts: string[] = named ? [entryLabel(input, list, index)] : [];
  let field = '';
  for (const key of named ? keys.slice(2) : keys) {
    field += typeof key === 'number' ? `[${key}]` : `${field === '' ? '' : '.'}${String(key)}`;
  }
  if (field !== '') parts.push(field);
  return parts.join(': ');
}

function prefixed(file: string, where: string, message: string): string {
  return where === '' ? `${file}: ${message}` : `${file}: ${where}: ${message}`;
}

function duplicateIds(entries: readonly { id: string }[], listName: string, file: string): string[] {
  const first = new Map<string, number>();
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, i);
    else problems.push(prefixed(file, `${listName}[${i}] (${entry.id})`, `duplicate id, already used by ${listName}[${earlier}]`));
  });
  return problems;
}

/** Rules that span several entries or refer across the catalog, checked once the shapes are right. */
export function crossChecks(catalog: Catalog, file: string): string[] {
  const problems: string[] = [
    ...duplicateIds(catalog.sources, 'sources', file),
    ...duplicateIds(catalog.events, 'events', file),
    ...duplicateIds(catalog.topics, 'topics', file),
    ...duplicateIds(catalog.speakers, 'speakers', file),
    ...duplicateIds(catalog.talks, 'talks', file),
    ...duplicateIds(catalog.collections, 'collections', file),
  ];
  const sources = new Set(catalog.sources.map((s) => s.id));
  const events = new Map(catalog.events.map((e) => [e.id, e]));
  const topics = new Set(catalog.topics.map((t) => t.id));
  const speakers = new Set(catalog.speakers.map((s) => s.id));
  const talks = new Set(catalog.talks.map((t) => t.id));
  const speaking = new Set<string>();

  catalog.events.forEach((event, i) => {
    const at = `events[${i}] (${event.id})`;
    if (!sources.has(event.source)) problems.push(prefixed(file, `${at}: source`, `unknown source "${event.source}"`));
    if (event.startDate !== undefined && event.endDate !== undefined && event.endDate < event.startDate) {
      problems.push(prefixed(file, `${at}: endDate`, 'the event ends before it starts'));
    }
    if (event.startDate !== undefined && Number(event.startDate.slice(0, 4)) !== event.year) {
      problems.push(prefixed(file, `${at}: startDate`, `${event.startDate} is not in the event's year ${event.year}`));
    }
  });

  catalog.talks.forEach((talk, i) => {
    const at = (field: string) => `talks[${i}] (${talk.id}): ${field}`;
    const event = events.get(talk.event);
    if (event === undefined) problems.push(prefixed(file, at('event'), `unknown event "${talk.event}"`));
    talk.speakers.forEach((speaker, s) => {
      speaking.add(speaker.id);
      if (!speakers.has(speaker.id)) problems.push(prefixed(file, at(`speakers[${s}]`), `unknown speaker "${speaker.id}"`));
      if (talk.speakers.findIndex((other) => other.id === speaker.id) !== s) {
        problems.push(prefixed(file, at(`speakers[${s}]`), `speaker "${speaker.id}" is listed twice`));
      }
    });
    talk.topics.forEach((topic, t) => {
      if (!topics.has(topic)) problems.push(prefixed(file, at(`topics[${t}]`), `unknown topic "${topic}"`));
      if (talk.topics.indexOf(topic) !== t) problems.push(prefixed(file, at(`topics[${t}]`), `topic "${topic}" is listed twice`));
    });
    if (talk.date !== undefined && event !== undefined) {
      const { startDate, endDate } = event;
      const outside =
        startDate !== undefined && endDate !== undefined
          ? talk.date < startDate || talk.date > endDate
          : Number(talk.date.slice(0, 4)) !== event.year;
      if (outside) problems.push(prefixed(file, at('date'), `${talk.date} is outside the event ${event.id}`));
    }
  });

  // A speaker page with no talk on it would be an empty page.
  catalog.speakers.forEach((speaker, i) => {
    if (!speaking.has(speaker.id)) problems.push(prefixed(file, `speakers[${i}] (${speaker.id})`, 'gives no talk in the catalog'));
  });

  catalog.collections.forEach((collection, c) => {
    collection.entries.forEach((entry, e) => {
      const at = `collections[${c}] (${collection.id}): entries[${e}]`;
      if (!talks.has(entry.talk)) problems.push(prefixed(file, `${at}: talk`, `unknown talk "${entry.talk}"`));
      if (collection.entries.findIndex((other) => other.talk === entry.talk) !== e) {
        problems.push(prefixed(file, `${at}: talk`, `talk "${entry.talk}" is listed twice`));
      }
    });
  });
  return problems;
}

function issuesToProblems(issues: readonly v.BaseIssue<unknown>[], input: unknown, file: string): string[] {
  return issues.map((issue) => prefixed(file, formatPath(issue.path ?? [], input), issue.message));
}

const PARSE_OPTIONS = { abortEarly: false, abortPipeEarly: true } as const;

/**
 * Within one file, an id or a YouTube video used twice is a mistake. Composing would merge the
 * two silently (that is how files are layered), so it is caught here, before.
 */
function partDuplicates(part: CatalogPart, file: string): string[] {
  const problems = [
    ...duplicateIds(part.sources ?? [], 'sources', file),
    ...duplicateIds(part.events ?? [], 'events', file),
    ...duplicateIds(part.topics ?? [], 'topics', file),
    ...duplicateIds(part.speakers ?? [], 'speakers', file),
    ...duplicateIds(part.talks ?? [], 'talks', file),
    ...duplicateIds(part.collections ?? [], 'collections', file),
  ];
  const firstWithVideo = new Map<string, number>();
  (part.talks ?? []).forEach((talk, i) => {
    const video = youTubeKey(talk);
    if (video === undefined) return;
    const earlier = firstWithVideo.get(video);
    if (earlier === undefined) firstWithVideo.set(video, i);
    else problems.push(prefixed(file, `talks[${i}] (${talk.id}): videos`, `the same YouTube video as talks[${earlier}]`));
  });
  return problems;
}

/** One file of a composed catalog, checked for shape and for ids used twice. */
export function validateCatalogPart(input: unknown, file: string): PartResult {
  const result = v.safeParse(CatalogPartSchema, input, PARSE_OPTIONS);
  if (!result.success) return { ok: false, problems: issuesToProblems(result.issues, input, file) };
  const problems = partDuplicates(result.output, file);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, part: result.output };
}

/** A whole catalog in one object (a file that stands alone, or a composed one). */
export function validateCatalog(input: unknown, file: string): CatalogResult {
  const result = v.safeParse(CatalogSchema, input, PARSE_OPTIONS);
  if (!result.success) return { ok: false, problems: issuesToProblems(result.issues, input, file) };
  const problems = crossChecks(result.output, file);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: result.output };
}

export type CatalogFileText = { file: string; text: string };

/** JSON text → a value, with syntax errors placed by line and column. */
export function parseJsonText(textContent: string, file: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    // Some editors start a UTF-8 file with a byte-order mark, which JSON.parse rejects invisibly.
    return { ok: true, value: JSON.parse(textContent.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, problem: `${file}: not valid JSON: ${describeJsonError(error, textContent)}` };
  }
}

/** One file, read as a whole catalog. */
export function parseCatalogText(textContent: string, file: string): CatalogResult {
  return parseCatalogFiles([{ file, text: textContent }]);
}

/**
 * The files, in order, as one catalog. Each must be valid on its own (as a part); the whole must
 * then be a valid catalog, and its problems are labelled with every file's name.
 */
export function parseCatalogFiles(files: readonly CatalogFileText[]): CatalogResult {
  const problems: string[] = [];
  const parts: CatalogPart[] = [];
  for (const { file, text } of files) {
    const json = parseJsonText(text, file);
    if (!json.ok) {
      problems.push(json.problem);
      continue;
    }
    const part = validateCatalogPart(json.value, file);
    if (part.ok) parts.push(part.part);
    else problems.push(...part.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const label = files.map((f) => f.file).join(' + ');
  const composed = composeCatalog(parts);
  if (composed.site === undefined) return { ok: false, problems: [`${label}: site: required field is missing (no file gives the site's name and description)`] };
  return validateCatalog(composed, label);
}

function describeJsonError(error: unknown, textContent: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = textContent.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
