// A folder under the system's temp directory that goes when it is removed or when the process
// exits, whichever comes first (Ctrl-C included: the bench and chrome-launcher end the process
// through exit), so /tmp does not keep copies of builds or source trees.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const remove = (): void => {
    process.off('exit', remove);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', remove);
  return { dir, remove };
}
