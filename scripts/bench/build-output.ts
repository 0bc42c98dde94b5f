// What a build wrote: the folder's bytes and files (what a host stores and a deploy uploads), and
// its largest HTML page, so a page that grows with the catalog (a speaker with thousands of talks)
// shows up beside the totals.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BuildOutput {
  readonly bytes: number;
  readonly files: number;
  readonly largestHtml: { readonly file: string; readonly bytes: number } | null;
}

export function measureOutput(root: string): BuildOutput {
  let bytes = 0;
  let files = 0;
  let largestHtml: { file: string; bytes: number } | null = null;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = statSync(file).size;
    bytes += size;
    files += 1;
    if (entry.name.endsWith('.html') && size > (largestHtml?.bytes ?? -1)) {
      largestHtml = { file: path.relative(root, file).split(path.sep).join('/'), bytes: size };
    }
  }
  return { bytes, files, largestHtml };
}
