// A build's peak memory: the resident memory of its whole process tree (npm, the shell, each vite
// and tsx step), sampled from /proc. `/usr/bin/time -v` is on this machine, but its "maximum
// resident set size" is the largest single process's, not the tree's at one moment, and it is
// not on every machine; /proc is on every Linux, and also gives each process's own high-water mark
// (VmHWM, kept by the kernel, so a peak between two samples is not lost for a process still
// running). Elsewhere the figures are null and the bench says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface TreeMemory {
  /** The most the tree held at one sample: the sum of its processes' VmRSS. */
  readonly peakTreeBytes: number | null;
  /** The largest single process's own peak (VmHWM), e.g. the prerender step. */
  readonly peakProcessBytes: number | null;
  readonly samples: number;
}

/** The parent pid from /proc/<pid>/stat, whose second field (the command) may hold spaces and parentheses. */
export function parentPid(statText: string): number | undefined {
  const afterCommand = statText.slice(statText.lastIndexOf(')') + 2);
  const ppid = Number(afterCommand.split(' ')[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** A "VmRSS:   1976 kB" line of /proc/<pid>/status, in bytes. */
export function statusBytes(statusText: string, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(statusText);
  return match?.[1] === undefined ? 0 : Number(match[1]) * 1024;
}

/** `root` and every process below it, given each process's parent. */
export function descendants(parents: ReadonlyMap<number, number>, root: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found = new Set<number>([root]);
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    for (const child of children.get(pid) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return found;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between the listing and the read
  }
}

function sample(root: number): { tree: number; largestPeak: number } {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentPid(read(`/proc/${entry}/stat`) ?? '');
    if (ppid !== undefined) parents.set(Number(entry), ppid);
  }
  let tree = 0;
  let largestPeak = 0;
  for (const pid of descendants(parents, root)) {
    const status = read(`/proc/${pid}/status`) ?? '';
    tree += statusBytes(status, 'VmRSS');
    largestPeak = Math.max(largestPeak, statusBytes(status, 'VmHWM'));
  }
  return { tree, largestPeak };
}

/** Samples `root`'s tree every `intervalMs` until stopped. */
export function watchTreeMemory(root: number, intervalMs = 200): { stop(): TreeMemory } {
  if (!existsSync('/proc/self/status')) return { stop: () => ({ peakTreeBytes: null, peakProcessBytes: null, samples: 0 }) };
  let peakTree = 0;
  let peakProcess = 0;
  let samples = 0;
  const take = (): void => {
    const { tree, largestPeak } = sample(root);
    peakTree = Math.max(peakTree, tree);
    peakProcess = Math.max(peakProcess, largestPeak);
    samples += 1;
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakTreeBytes: peakTree, peakProcessBytes: peakProcess, samples };
    },
  };
}
