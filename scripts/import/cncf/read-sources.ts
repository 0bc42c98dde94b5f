// The disk side of the import: the mirror lists of a folder and the corrections file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseJsonText } from '../../../src/catalog/validate-catalog.ts';
import { parseCorrections, type Correction } from './corrections.ts';
import type { SourceText } from './import-cncf.ts';

/** Every "*.md" file of the folder, by name. */
export function readMirrorLists(folder: string): SourceText[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));
}

export type CorrectionsRead = { ok: true; corrections: Correction[] } | { ok: false; problems: string[] };

export function readCorrections(file: string): CorrectionsRead {
  const json = parseJsonText(readFileSync(file, 'utf8'), file);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const parsed = parseCorrections(json.value);
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map((p) => `${file}: ${p}`) };
}
