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

/** Creates one nomination as `officer.vp` (submitted: it lands in council review). */
export async function createNomination(api: BenchClient, book?: LatencyBook, record = () => true): Promise<string> {
  const r = await api.post('/nominations', 'officer.vp', {
    awardCode: 'BANG_KHEN_CT_UBND',
    nominee: { kind: 'individual', fullName: randomFullName(), position: 'Chuyên viên' },
    achievements: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cải cách thủ tục hành chính.',
  });
  if (book && record()) book.add('POST /nominations', r.ms);
  return expectOk(r, 'create').id as string;
}

/** The rest of the lifecycle after creation: 5 votes, appraisal, a decision signing this one nomination. */
export async function completeNomination(api: BenchClient, id: string, step: () => void = () => undefined, book?: LatencyBook, record = () => true) {
  const timed = async (name: string, p: Promise<BenchResponse>) => {
    const r = await p;
    if (book && record()) book.add(name, r.ms);
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
    const reps: LifecycleRep[] = [];
    for (let r = 0; r < opts.reps; r++) {
      const book = new LatencyBook();
      let windowOpen = false;
      const run: Lifecycle = async (step) => {
        const id = await createNomination(api, book, () => windowOpen);
        step();
        await completeNomination(api, id, step, book, () => windowOpen);
      };
      const timer = setTimeout(() => (windowOpen = true), opts.warmupS * 1000);
      const closer = setTimeout(() => (windowOpen = false), (opts.warmupS + opts.seconds) * 1000);
      const cpu = cpuMeter();
      const w = await closedLoop(run, { concurrency: c, warmupS: opts.warmupS, windowS: opts.seconds, stepsPerLifecycle: STEPS });
      clearTimeout(timer);
      clearTimeout(closer);
      if (w.errors) progress(`lifecycle: C=${c}: ${w.errors} lifecycles failed, first: ${w.firstError}`);
      reps.push({ perSecond: round1(w.perSecond), whole: w.whole, errors: w.errors, endpoints: book.summaries(), cpu: cpu() });
      progress(`lifecycle: C=${c} rep ${r + 1}/${opts.reps}: ${w.perSecond.toFixed(1)} lifecycles/s (${w.whole} whole in window)`);
    }
    levels.push({ concurrency: c, reps: reps.map((x) => x.perSecond), median: medianBy(reps, (x) => x.perSecond) });
  }
  return levels;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
