// Reading a dataset the scripts were pointed at: a wrong path should read as one plain sentence,
// not as a Node stack trace.
import { readFileSync } from 'node:fs';

export type ReadTextResult = { ok: true; text: string } | { ok: false; reason: string };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return REASONS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

export function readTextFile(filePath: string): ReadTextResult {
  try {
    return { ok: true, text: readFileSync(filePath, 'utf8') };
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
}
