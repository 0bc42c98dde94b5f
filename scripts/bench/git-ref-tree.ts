// Another git ref's files, for --ab: `git archive` of the commit into a temporary folder. Not a
// `git worktree`, which would register the folder in the repository (and leave it registered if
// the bench is interrupted); an archive only reads the repository. The build then stages that
// folder like this work tree (build-app.ts), with this project's node_modules.
import { execFileSync } from 'node:child_process';
import { CommandError, runCommand } from './run-command';
import { tempDir } from './temp-dir';

export interface RefTree {
  readonly ref: string;
  readonly commit: string;
  readonly dir: string;
  remove(): void;
}

export async function refTree(ref: string): Promise<RefTree> {
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new CommandError(`--ab ${ref}: not a commit in this repository`);
  }
  const { dir, remove } = tempDir('talk-catalog-ab-');
  try {
    // The commit is 40 hex digits from rev-parse and the folder is ours: nothing here is the user's text.
    await runCommand('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C '${dir}'`]);
  } catch (error) {
    remove();
    throw error;
  }
  return { ref, commit, dir, remove };
}
