import { BenchClient, BenchResponse } from './bench-http';
import { closedLoop, Lifecycle } from './closed-loop';
import { cpuMeter, CpuShares } from './cpu-sampler';
import { progress } from './progress';
import { randomFullName } from './read/vietnamese-names';
import { LatencyBook, LatencySummary, medianBy } from './stats';

export const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];

/** Requests in one lifecycle over HTTP: create (+submit), 5 votes, appraisal, batch signing of one. */
const STEPS = 8;

export interface LifecycleRep {
  perSecond: number;
  whole: number;
  errors: number;
  endpoints: Record<string, LatencySummary>;
  /** Cores used per process class during the repetition. */
  cpu: CpuShares;
}

export interface LifecycleLevel {
  concurrency: number;
  reps: number[];
  median: LifecycleRep;
  /**
   * Latencies over the requests of every window: at C=1 one window holds ~150 votes, whose p99
   * is its second-slowest vote; pooled, the percentile stands on three times as many.
   * Absent in figures written before it was kept.
   */
  latencies?: Record<string, LatencySummary>;
}

export interface LifecycleOptions {
  concurrencies: number[];
  warmupS: number;
  seconds: number;
  reps: number;
}

function expectOk(r: BenchResponse, what: string) {
  if (r.status !== 200 && r.status !== 201) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

/** A nomination `officer.vp` creates and submits (it lands in council review). */
export const newNomination = () => ({
  awardCode: 'BANG_KHEN_CT_UBND',
  nominee: { kind: 'individual', fullName: randomFullName(), position: 'Chuyên viên' },
  achievements: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cải cách thủ tục hành chính.',
});

/** Creates one nomination as `officer.vp` (submitted: it lands in council review). */
export async function createNomination(api: BenchClient, book?: LatencyBook): Promise<string> {
  const r = await api.post('/nominations', 'officer.vp', newNomination());
  book?.add('POST /nominations', r.ms);
  return expectOk(r, 'create').id as string;
}

/** The rest of the lifecycle after creation: 5 votes, appraisal, a decision signing this one nomination. */
export async function completeNomination(api: BenchClient, id: string, step: () => void = () => undefined, book: () => LatencyBook | undefined = () => undefined) {
  const timed = async (name: string, p: Promise<BenchResponse>) => {
    const started = book(); // the window the request starts in
    const r = await p;
    started?.add(name, r.ms);
    expectOk(r, name);
    step();
    return r;
  };
  for (const member of COUNCIL) await timed('POST /nominations/:id/votes', api.post(`/nominations/${id}/votes`, member, { choice: 'agree' }));
  await timed('POST /nominations/:id/appraisal', api.post(`/nominations/${id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' }));
  await timed('POST /decisions', api.post('/decisions', 'chairman', { nominationIds: [id] }));
}

/** The real thing over HTTP with C concurrent clients, each running whole lifecycles back to back. */
export async function runLifecycle(api: BenchClient, opts: LifecycleOptions): Promise<LifecycleLevel[]> {
  const levels: LifecycleLevel[] = [];
  for (const c of opts.concurrencies) {
    // Latencies go to the book of the window the request started in; none during warm-up and drain.
    const books = Array.from({ length: opts.reps }, () => new LatencyBook());
    const cpus: CpuShares[] = [];
    let current: LatencyBook | null = null;
    let meter = cpuMeter();
    const run: Lifecycle = async (step) => {
      const book = () => current ?? undefined;
      const id = await createNomination(api, book());
      step();
      await completeNomination(api, id, step, book);
    };
    const windows = await closedLoop(run, {
      concurrency: c, stepsPerLifecycle: STEPS, reps: opts.reps, windowS: opts.seconds, minWarmupS: opts.warmupS, maxWarmupS: 180,
      onWindow: (r) => {
        if (r !== 0) cpus.push(meter());
        meter = cpuMeter();
        current = r === null ? null : books[r];
      },
    });
    const reps: LifecycleRep[] = windows.map((w, i) => ({ perSecond: round1(w.perSecond), whole: w.whole, errors: w.errors, endpoints: books[i].summaries(), cpu: cpus[i] }));
    reps.forEach((x, i) => {
      if (windows[i].errors) progress(`lifecycle: C=${c}: ${windows[i].errors} lifecycles failed, first: ${windows[i].firstError}`);
      progress(`lifecycle: C=${c} rep ${i + 1}/${opts.reps}: ${x.perSecond.toFixed(1)} lifecycles/s (${x.whole} whole in window)`);
    });
    levels.push({ concurrency: c, reps: reps.map((x) => x.perSecond), median: medianBy(reps, (x) => x.perSecond), latencies: LatencyBook.pooled(books).summaries() });
  }
  return levels;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
