// Runs a build or generator step as a child process. Output is kept and shown only when the step
// fails, so the bench prints its table instead of pages of build logs.
import { spawn } from 'node:child_process';

export class CommandError extends Error {}

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Called with the child's process id once it has started (the build's memory is polled by it). */
  readonly onSpawn?: (pid: number) => void;
}

export function runCommand(command: string, args: readonly string[], { env = process.env, cwd, onSpawn }: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.once('spawn', () => {
      if (child.pid !== undefined) onSpawn?.(child.pid);
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) {
        resolve();
        return;
      }
      const status = signal === null ? `exit code ${code ?? '?'}` : `signal ${signal}`;
      const log = Buffer.concat(output).toString('utf8').trimEnd();
      reject(new CommandError(`\`${[command, ...args].join(' ')}\` failed (${status}):\n${log}`));
    });
  });
}
