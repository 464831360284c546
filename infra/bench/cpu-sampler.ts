import { readdirSync, readFileSync } from 'node:fs';

/** Which part of the stack a process belongs to, by its command line. */
export type ProcessClass = 'temporal' | 'postgres' | 'api' | 'worker' | 'bench' | 'other';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return null;
  }
}

function classify(pid: number): ProcessClass {
  if (pid === process.pid) return 'bench';
  let cmd: string;
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return 'other';
  }
  // The CLI's dev server, or Temporal's own server (`temporal-server --config-file … start`).
  if (/temporal/.test(cmd) && /start-dev|--config-file/.test(cmd)) return 'temporal';
  if (/postgres/.test(cmd)) return 'postgres';
  if (/apps\/api\//.test(cmd)) return 'api';
  if (/apps\/worker\//.test(cmd)) return 'worker';
  return 'other';
}

type Snapshot = Map<number, { cls: ProcessClass | 'foreign'; seconds: number }>;

/** CPU seconds used so far by every process, each tagged with its part of our stack, or `foreign`. */
function snapshot(): Snapshot {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(Number(name));
    if (s) stats.push(s);
  }
  const parent = new Map(stats.map((s) => [s.pid, s.ppid]));
  const ours = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 50; p = parent.get(p), hops++) if (p === process.pid) return true;
    return false;
  };
  return new Map(stats.map((s) => [s.pid, { cls: ours(s.pid) ? classify(s.pid) : 'foreign', seconds: s.ticks / TICKS_PER_SECOND }]));
}

export type CpuShares = Record<ProcessClass | 'foreign', number>;

/** Adds the CPU seconds each class used between two snapshots to `into`. */
function addUsage(into: CpuShares, before: Snapshot, after: Snapshot): CpuShares {
  for (const [pid, a] of after) into[a.cls] += Math.max(0, a.seconds - (before.get(pid)?.seconds ?? 0));
  return into;
}

const noUsage = (): CpuShares => ({ temporal: 0, postgres: 0, api: 0, worker: 0, bench: 0, other: 0, foreign: 0 });

/**
 * Measures where CPU time went during a piece of work, in cores (1.0 = one core busy):
 * per part of our stack, and `foreign` for processes that are not ours (other jobs on a
 * shared 2-core box make its figures worth little, so the report shows them). A process
 * that started meanwhile counts whole; one that exited meanwhile is lost.
 */
export function cpuMeter() {
  const before = snapshot();
  const t0 = performance.now();
  return (): CpuShares => {
    const out = addUsage(noUsage(), before, snapshot());
    const seconds = (performance.now() - t0) / 1000;
    for (const k of Object.keys(out) as (keyof CpuShares)[]) out[k] = Math.round((out[k] / seconds) * 100) / 100;
    return out;
  };
}

/**
 * Mean cores used by processes that are not ours over a long run, sampled every few
 * seconds so that jobs which start and end in between (another test run) are counted.
 */
export function foreignLoad(intervalMs = 2000): () => number {
  let last = snapshot();
  const used = noUsage();
  const t0 = performance.now();
  const sample = () => {
    const now = snapshot();
    addUsage(used, last, now);
    last = now;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    sample();
    return Math.round((used.foreign / ((performance.now() - t0) / 1000)) * 100) / 100;
  };
}
