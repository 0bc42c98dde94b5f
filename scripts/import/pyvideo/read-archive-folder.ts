// The archive on disk, one file at a time: the whole of pyvideo/data is ~22,000 files, and only the
// file being read is ever in memory. Folders are listed in sorted order so that a run reads the
// files in the same order every time (the converter does not depend on it, but logs and timings do).
// Reads are synchronous: for thousands of small files that is several times faster than awaiting
// each one, and a command-line import has nothing else to do meanwhile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeReadError } from '../../read-text-file.ts';
import type { PyvideoFile } from './convert-pyvideo.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The names in a folder, sorted; [] if it cannot be listed (a missing videos/ folder, say). */
function namesIn(folder: string, want: 'file' | 'folder'): string[] {
  const names: string[] = [];
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      let isWanted = want === 'file' ? entry.isFile() : entry.isDirectory();
      // A symbolic link counts as what it points to.
      if (entry.isSymbolicLink()) {
        const target = statSync(path.join(folder, entry.name), { throwIfNoEntry: false });
        isWanted = target !== undefined && (want === 'file' ? target.isFile() : target.isDirectory());
      }
      if (isWanted) names.push(entry.name);
    }
  } catch {
    return [];
  }
  return names.sort(byCodeUnits);
}

function readArchiveFile(absolute: string, relative: string): PyvideoFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return { path: relative, readError: describeReadError(error) };
  }
  try {
    return { path: relative, text: utf8.decode(bytes) };
  } catch {
    return { path: relative, text: lenientUtf8.decode(bytes), invalidUtf8: true };
  }
}

/**
 * Every `<event>/category.json` and `<event>/videos/*.json` under `root`, as paths relative to
 * it. Folders whose name starts with a dot (.github, .schemas) are the repository's, not events.
 */
export function* readArchiveFolder(root: string): Generator<PyvideoFile> {
  for (const event of namesIn(root, 'folder')) {
    if (event.startsWith('.')) continue;
    const eventDir = path.join(root, event);
    if (namesIn(eventDir, 'file').includes('category.json')) yield readArchiveFile(path.join(eventDir, 'category.json'), `${event}/category.json`);
    for (const name of namesIn(path.join(eventDir, 'videos'), 'file')) {
      if (name.toLowerCase().endsWith('.json')) yield readArchiveFile(path.join(eventDir, 'videos', name), `${event}/videos/${name}`);
    }
  }
}
