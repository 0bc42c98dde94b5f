// Turns a dataset into either a typed catalog or a list of problems a person can act on:
// `data/talks.json: talks[5] (grafana-is-not-enough): video.youtube: expected an https URL`.
import * as v from 'valibot';
import { CatalogSchema, type Catalog } from './catalog-schema.ts';

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: string[] };

type PathItem = { key: unknown };

function talkLabel(input: unknown, index: number): string {
  const talks = (input as { talks?: unknown } | null)?.talks;
  const talk: unknown = Array.isArray(talks) ? talks[index] : undefined;
  const id = typeof talk === 'object' && talk !== null ? (talk as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 80 ? `talks[${index}] (${id})` : `talks[${index}]`;
}

/** `talks[5] (grafana-is-not-enough): video.youtube` — the talk named by index and id, then the field. */
export function formatPath(path: readonly PathItem[], input: unknown): string {
  const keys = path.map((item) => item.key);
  const parts: string[] = [];
  let field = '';
  keys.forEach((key, i) => {
    if (i === 1 && keys[0] === 'talks' && typeof key === 'number') {
      parts.push(talkLabel(input, key));
      field = '';
      return;
    }
    if (i === 0 && keys[0] === 'talks' && typeof keys[1] === 'number') return;
    field += typeof key === 'number' ? `[${key}]` : `${field === '' ? '' : '.'}${String(key)}`;
  });
  if (field !== '') parts.push(field);
  return parts.join(': ');
}

function prefixed(file: string, where: string, message: string): string {
  return where === '' ? `${file}: ${message}` : `${file}: ${where}: ${message}`;
}

/** Rules that span several talks or refer across the file, checked once the shapes are right. */
function crossChecks(catalog: Catalog, input: unknown, file: string): string[] {
  const problems: string[] = [];
  const seenTopics = new Set<string>();
  catalog.topics.forEach((topic, i) => {
    if (seenTopics.has(topic.id)) problems.push(prefixed(file, `topics[${i}].id`, `duplicate topic id "${topic.id}"`));
    seenTopics.add(topic.id);
  });
  const eventRangeIsValid = catalog.event.endDate >= catalog.event.startDate;
  if (!eventRangeIsValid) problems.push(prefixed(file, 'event.endDate', 'the event ends before it starts'));
  const firstIndexOfId = new Map<string, number>();
  catalog.talks.forEach((talk, i) => {
    const at = (field: string) => `${talkLabel(input, i)}: ${field}`;
    const first = firstIndexOfId.get(talk.id);
    if (first === undefined) firstIndexOfId.set(talk.id, i);
    else problems.push(prefixed(file, at('id'), `duplicate id, already used by talks[${first}]`));
    talk.topics.forEach((topic, t) => {
      if (!seenTopics.has(topic)) {
        problems.push(prefixed(file, at(`topics[${t}]`), `unknown topic "${topic}" (known: ${[...seenTopics].join(', ')})`));
      }
      if (talk.topics.indexOf(topic) !== t) problems.push(prefixed(file, at(`topics[${t}]`), `topic "${topic}" is listed twice`));
    });
    // With an inverted event range every date would be "outside": report the range once instead.
    if (eventRangeIsValid && talk.date !== null && (talk.date < catalog.event.startDate || talk.date > catalog.event.endDate)) {
      problems.push(
        prefixed(file, at('date'), `${talk.date} is outside the event (${catalog.event.startDate} to ${catalog.event.endDate})`),
      );
    }
  });
  return problems;
}

export function validateCatalog(input: unknown, file: string): CatalogResult {
  const result = v.safeParse(CatalogSchema, input, { abortEarly: false, abortPipeEarly: true });
  if (!result.success) {
    return {
      ok: false,
      problems: result.issues.map((issue) => prefixed(file, formatPath(issue.path ?? [], input), issue.message)),
    };
  }
  const problems = crossChecks(result.output, input, file);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: result.output };
}

/** JSON text → catalog, with syntax errors placed by line and column. */
export function parseCatalogText(textContent: string, file: string): CatalogResult {
  let input: unknown;
  try {
    // Some editors start a UTF-8 file with a byte-order mark, which JSON.parse rejects invisibly.
    input = JSON.parse(textContent.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`${file}: not valid JSON: ${describeJsonError(error, textContent)}`] };
  }
  return validateCatalog(input, file);
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
