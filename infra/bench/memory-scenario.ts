import { BenchClient } from './bench-http';
import { newNomination } from './lifecycle-scenario';
import { rssMiB } from './machine';
import { pool, progress, sleep } from './progress';
import { median } from './stats';

export interface RssReading {
  workerMiB: number | null;
  apiMiB: number | null;
}

export interface MemoryResult {
  open: number;
  /** How the open nominations were completed (see runMemory). */
  completedBy: string;
  before: RssReading;
  withOpen: RssReading;
  afterComplete: RssReading;
  /** (withOpen − before) ÷ open, in KiB per open nomination. */
  perOpenKiB: { worker: number | null; api: number | null };
  createSeconds: number;
  completeSeconds: number;
}

export interface MemoryOptions {
  open: number;
  concurrency: number;
  /** Pause before each reading, so trailing activities (notifications) have run. */
  settleS: number;
  workerPid: () => number | undefined;
  apiPid: () => number | undefined;
}

/** Median of three VmRSS readings a second apart (RSS moves with GC; one reading is noise). */
async function reading(o: MemoryOptions): Promise<RssReading> {
  const w: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < 3; i++) {
    if (i) await sleep(1000);
    w.push(rssMiB(o.workerPid()) ?? NaN);
    a.push(rssMiB(o.apiPid()) ?? NaN);
  }
  const m = (xs: number[]) => (xs.some(Number.isNaN) ? null : median(xs));
  return { workerMiB: m(w), apiMiB: m(a) };
}

const perOpen = (after: number | null, before: number | null, n: number) =>
  after === null || before === null ? null : Math.round(((after - before) * 1024) / n);

/**
 * Resident memory of the worker and the API with `open` nominations waiting in council review,
 * then after every one of them has ended. They end by withdrawal (one Update each): the
 * question is whether closed workflows give their memory back, and withdrawing closes
 * 10,000 workflows in a fraction of the time 80,000 votes, appraisals and signatures take.
 */
export async function runMemory(api: BenchClient, o: MemoryOptions): Promise<MemoryResult> {
  await sleep(o.settleS * 1000);
  const before = await reading(o);
  progress(`memory: before: worker ${before.workerMiB} MiB, api ${before.apiMiB} MiB; opening ${o.open} nominations`);
  const ids: string[] = [];
  const tick = (what: string, started: number) => (done: number) => {
    if (done % Math.max(1, Math.round(o.open / 10)) === 0) progress(`memory: ${what} ${done}/${o.open} (${(done / ((performance.now() - started) / 1000)).toFixed(0)}/s)`);
  };
  let started = performance.now();
  // As many at once as the worker can barely keep up with: a 503 (Temporal refusing an Update while a
  // task of an overloaded worker is retried) is sent again under its key, as the console does.
  const open = async () => {
    const r = await api.postRepeatable<{ id: string }>('/nominations', 'officer.vp', newNomination());
    if (r.status !== 201 && r.status !== 200) throw new Error(`create: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    ids.push(r.body.id);
  };
  await pool(o.open, o.concurrency, open, tick('opened', started));
  const createSeconds = (performance.now() - started) / 1000;
  await sleep(o.settleS * 1000);
  const withOpen = await reading(o);
  progress(`memory: with ${o.open} open: worker ${withOpen.workerMiB} MiB, api ${withOpen.apiMiB} MiB (${api.sentAgain()} creations sent again after a 503)`);
  started = performance.now();
  await pool(ids.length, o.concurrency, async (i) => {
    const r = await api.postRepeatable(`/nominations/${ids[i]}/withdraw`, 'officer.vp', { reason: 'Rút đề nghị (đo bộ nhớ)' });
    if (r.status !== 200) throw new Error(`withdraw: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
  }, tick('completed', started));
  const completeSeconds = (performance.now() - started) / 1000;
  await sleep(o.settleS * 1000);
  const afterComplete = await reading(o);
  progress(`memory: after completion: worker ${afterComplete.workerMiB} MiB, api ${afterComplete.apiMiB} MiB`);
  return {
    open: o.open,
    completedBy: 'withdrawal (one Update each)',
    before,
    withOpen,
    afterComplete,
    perOpenKiB: { worker: perOpen(withOpen.workerMiB, before.workerMiB, o.open), api: perOpen(withOpen.apiMiB, before.apiMiB, o.open) },
    createSeconds: Math.round(createSeconds),
    completeSeconds: Math.round(completeSeconds),
  };
}
