import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OnModuleDestroy } from '@nestjs/common';
import type { ChainVerifyResult } from '#ktf/domain';
import type { AuditEventFilter, ChainKeyRange } from '#ktf/persistence';
import type { FromWorker, RangeProgress, ToWorker, VerifyWorkerData } from './verify-protocol';

/** Key ranges of one snapshot to verify on the pool's threads. */
export interface RangeJob {
  snapshot: string;
  filter: AuditEventFilter;
  ranges: ChainKeyRange[];
  maxBreaks: number;
  /** Totals over the job's ranges, after each batch a thread finishes. */
  onProgress?: (p: RangeProgress) => void;
  /** Asked after each batch: true stops the job, which then returns what was verified. */
  cancelled?: () => boolean;
}

export interface VerifyPoolOptions {
  size: number;
  databaseUrl: string;
  /** Idle threads (and their connections) end after this long. */
  idleMs?: number;
  /** The threads' entry point: verify-worker.js beside this file (tests give a stand-in). */
  script?: string;
}

interface Job {
  spec: RangeJob;
  results: (ChainVerifyResult | undefined)[];
  progress: RangeProgress[];
  unsettled: number;
  stopped: boolean;
  error?: Error;
  resolve(results: ChainVerifyResult[]): void;
  reject(e: Error): void;
}

interface Task {
  id: number;
  job: Job;
  index: number;
}

interface Thread {
  worker: Worker;
  task: Task | null;
}

const WORKER_SCRIPT = join(__dirname, 'verify-worker.js');

/**
 * Worker threads that verify key ranges (verify-worker.ts). Hashing is what limits a
 * whole-trail verify, and one thread does it all otherwise. Threads start on first use and
 * stay for later verifies (starting one costs ~0.3 s) until idle for `idleMs`. Ranges queue
 * and go to whichever thread is free, so uneven ranges and concurrent verifies share fairly.
 */
export class VerifyWorkerPool implements OnModuleDestroy {
  private readonly threads = new Set<Thread>();
  private readonly queue: Task[] = [];
  private nextTask = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: VerifyPoolOptions) {}

  get size(): number {
    return this.opts.size;
  }

  /** Each range's result, in range order (ranges a stopped job never reached are left out). */
  run(spec: RangeJob): Promise<ChainVerifyResult[]> {
    if (this.opts.size === 0) return Promise.reject(new Error('the verify pool has no threads'));
    if (spec.ranges.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const job: Job = {
        spec,
        results: spec.ranges.map(() => undefined),
        progress: spec.ranges.map(() => ({ checked: 0, chains: 0, broken: 0 })),
        unsettled: spec.ranges.length,
        stopped: false,
        resolve,
        reject,
      };
      spec.ranges.forEach((_, index) => this.queue.push({ id: this.nextTask++, job, index }));
      this.dispatch();
    });
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.idleTimer);
    const threads = [...this.threads];
    this.threads.clear();
    for (const t of threads) {
      if (t.task) this.fail(t.task, new Error('the API is shutting down'));
    }
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  private dispatch(): void {
    clearTimeout(this.idleTimer);
    while (this.queue.length > 0) {
      const thread = this.freeThread();
      if (!thread) break;
      const task = this.queue.shift()!;
      thread.task = task;
      const { snapshot, filter, ranges, maxBreaks } = task.job.spec;
      this.send(thread, { type: 'range', task: task.id, snapshot, filter, range: ranges[task.index], maxBreaks });
    }
    if (this.queue.length === 0 && [...this.threads].every((t) => !t.task)) {
      this.idleTimer = setTimeout(() => this.closeIdle(), this.opts.idleMs ?? 60_000).unref();
    }
  }

  private freeThread(): Thread | undefined {
    for (const t of this.threads) if (!t.task) return t;
    return this.threads.size < this.opts.size ? this.spawn() : undefined;
  }

  private spawn(): Thread {
    const workerData: VerifyWorkerData = { databaseUrl: this.opts.databaseUrl };
    const thread: Thread = { worker: new Worker(this.opts.script ?? WORKER_SCRIPT, { workerData }), task: null };
    thread.worker.unref(); // an idle pool never keeps the process alive
    thread.worker.on('message', (m: FromWorker) => this.received(thread, m));
    thread.worker.on('error', (e) => this.lost(thread, e));
    thread.worker.on('exit', (code) => this.lost(thread, new Error(`verify worker exited (code ${code})`)));
    this.threads.add(thread);
    return thread;
  }

  private received(thread: Thread, m: FromWorker): void {
    const task = thread.task;
    if (!task || task.id !== m.task) return;
    const job = task.job;
    if (m.type === 'progress') {
      job.progress[task.index] = { checked: m.checked, chains: m.chains, broken: m.broken };
      job.spec.onProgress?.(total(job.progress));
      if (job.spec.cancelled?.()) this.stop(job);
      return;
    }
    thread.task = null;
    if (m.type === 'done') {
      job.results[task.index] = m.result;
      this.settle(task);
    } else {
      this.fail(task, new Error(m.message));
    }
    this.dispatch();
  }

  /** A thread died (crash or exit): its range fails the job; a new thread takes the queue. */
  private lost(thread: Thread, e: Error): void {
    if (!this.threads.delete(thread)) return; // closed on purpose, or already reported
    const task = thread.task;
    thread.task = null;
    if (task) this.fail(task, e);
    this.dispatch();
  }

  private fail(task: Task, e: Error): void {
    task.job.error ??= e;
    this.stop(task.job);
    this.settle(task);
  }

  /** Threads on the job stop after their current batch; its queued ranges are dropped. */
  private stop(job: Job): void {
    if (job.stopped) return;
    job.stopped = true;
    for (const t of this.threads) if (t.task?.job === job) this.send(t, { type: 'stop', task: t.task.id });
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].job === job) this.settle(this.queue.splice(i, 1)[0]);
    }
  }

  private settle(task: Task): void {
    const job = task.job;
    job.unsettled -= 1;
    if (job.unsettled > 0) return;
    if (job.error) job.reject(job.error);
    else job.resolve(job.results.filter((r): r is ChainVerifyResult => r !== undefined));
  }

  private closeIdle(): void {
    for (const t of this.threads) {
      if (t.task) continue;
      this.threads.delete(t);
      this.send(t, { type: 'close' });
    }
  }

  private send(thread: Thread, m: ToWorker): void {
    thread.worker.postMessage(m);
  }
}

function total(parts: RangeProgress[]): RangeProgress {
  const sum = { checked: 0, chains: 0, broken: 0 };
  for (const p of parts) {
    sum.checked += p.checked;
    sum.chains += p.chains;
    sum.broken += p.broken;
  }
  return sum;
}
