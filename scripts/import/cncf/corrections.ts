// Reviewed corrections: fixes no rule can make, written by a person who read the rows, each with
// the reason and the text the row is expected to hold, so that a correction whose row has moved
// or changed is reported instead of applied to the wrong talk.
import * as v from 'valibot';
import { speakerIdOf } from '../../../src/text/fold-text.ts';
import { SpeakerIdSchema } from '../../../src/catalog/catalog-schema.ts';

const nonEmpty = (what: string) => v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`));

const Where = {
  /** The file as the report names it, "chinese/2019Shanghai.md". */
  file: v.pipe(nonEmpty('file'), v.regex(/^chinese\/[^/]+\.md$/, 'file must look like "chinese/2019Shanghai.md"')),
  line: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Why the row is wrong and how the fix is known, in a sentence. */
  reason: nonEmpty('reason'),
};

/** Text that the row's line must contain for the correction to apply. */
const expect = nonEmpty('expect');

const SpeakerSchema = v.strictObject({ name: nonEmpty('name'), affiliation: v.optional(nonEmpty('affiliation')) });

export const CorrectionSchema = v.variant('kind', [
  // A title part to set; null removes it (an English cell that holds no title, for instance).
  v.strictObject({
    kind: v.literal('set-title'),
    ...Where,
    expect,
    en: v.optional(v.nullable(nonEmpty('en'))),
    zh: v.optional(v.nullable(nonEmpty('zh'))),
  }),
  v.strictObject({
    kind: v.literal('set-speakers'),
    ...Where,
    expect,
    speakers: v.pipe(v.array(SpeakerSchema), v.minLength(1)),
  }),
  // Two people with one name: this row's `name` is someone else, and gets `id` instead of the
  // id the name would give. The row is expected to contain the name.
  v.strictObject({
    kind: v.literal('speaker-split'),
    ...Where,
    expect: v.optional(expect),
    name: nonEmpty('name'),
    id: SpeakerIdSchema,
  }),
]);

export const CorrectionsFileSchema = v.strictObject({
  $comment: v.optional(v.string()),
  corrections: v.array(CorrectionSchema),
});

export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type CorrectionsFile = v.InferOutput<typeof CorrectionsFileSchema>;

export type CorrectionsResult = { ok: true; corrections: Correction[] } | { ok: false; problems: string[] };

/** The corrections file's JSON value, checked; problems say which entry and field. */
export function parseCorrections(value: unknown): CorrectionsResult {
  const result = v.safeParse(CorrectionsFileSchema, value);
  if (!result.success) {
    return {
      ok: false,
      problems: result.issues.map((issue) => `${(issue.path ?? []).map((p) => String(p.key)).join('.') || '(file)'}: ${issue.message}`),
    };
  }
  const problems: string[] = [];
  result.output.corrections.forEach((c, i) => {
    if (c.kind === 'speaker-split' && c.id === speakerIdOf(c.name)) problems.push(`corrections.${i}.id: "${c.id}" is the id the name already has; a split needs another id`);
    if (c.kind === 'set-title' && c.en === undefined && c.zh === undefined) problems.push(`corrections.${i}: a set-title correction needs "en" or "zh"`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, corrections: result.output.corrections };
}

/** The text a correction expects its row to contain. */
export function expectedText(correction: Correction): string {
  return correction.kind === 'speaker-split' ? (correction.expect ?? correction.name) : correction.expect;
}

/** Corrections by "file:line", in the file's order, so a row finds its own. */
export function correctionsByRow(corrections: readonly Correction[]): Map<string, Correction[]> {
  const byRow = new Map<string, Correction[]>();
  for (const c of corrections) {
    const key = `${c.file}:${c.line}`;
    byRow.set(key, [...(byRow.get(key) ?? []), c]);
  }
  return byRow;
}

export function describeCorrection(c: Correction): string {
  switch (c.kind) {
    case 'set-title': {
      const parts: string[] = [];
      if (c.en !== undefined) parts.push(c.en === null ? 'English title removed' : `English title set to "${c.en}"`);
      if (c.zh !== undefined) parts.push(c.zh === null ? 'Chinese title removed' : `Chinese title set to "${c.zh}"`);
      return parts.join('; ');
    }
    case 'set-speakers':
      return `speakers set to ${c.speakers.map((s) => (s.affiliation === undefined ? s.name : `${s.name} (${s.affiliation})`)).join(', ')}`;
    case 'speaker-split':
      return `speaker "${c.name}" given the id "${c.id}"`;
  }
}
