import { BenchClient } from './bench-http';
import { cpuMeter, CpuShares } from './cpu-sampler';
import { progress, sleep } from './progress';
import { randomFullName } from './read/vietnamese-names';
import { LatencySummary, median, medianBy, summarize } from './stats';

export interface IntakeRep {
  sent: number;
  ok: number;
  errors: number;
  /** Latency from the instant a request was due (not when it was sent), so a slow server cannot hide queueing. */
  latency: LatencySummary;
  cpu: CpuShares;
}

export interface IntakeStep {
  rate: number;
  reps: IntakeRep[];
  medianP99: number | null;
  errors: number;
  passed: boolean;
}

export interface IntakeResult {
  p99LimitMs: number;
  steps: IntakeStep[];
  /** The highest arrival rate (requests/s) whose median p99 stayed under the limit with no errors. */
  bestRate: number | null;
}

export interface IntakeOptions {
  rates: number[];
  seconds: number;
  reps: number;
  p99LimitMs: number;
}

/**
 * Open loop: requests leave on a fixed clock (request i at t0 + i/rate) whatever the
 * server does, each on its own connection if need be, and latency runs from the due instant.
 * A closed loop (autocannon's `overallRate` over a fixed number of connections) slows down
 * with the server and under-reports exactly the queueing this scenario is about.
 */
async function openLoop(api: BenchClient, rate: number, seconds: number): Promise<Omit<IntakeRep, 'cpu'>> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const t0 = performance.now() + 20;
  const send = (due: number) => {
    const body = {
      awardCode: 'BANG_KHEN_CT_UBND',
      nominee: { kind: 'individual', fullName: randomFullName(), position: 'Chuyên viên' },
      achievements: 'Hoàn thành xuất sắc nhiệm vụ năm; có sáng kiến được công nhận.',
    };
    return api.post('/nominations', 'officer.vp', body).then(
      (r) => {
        latencies.push(performance.now() - due);
        if (r.status === 201) ok += 1;
        else errors += 1;
      },
      () => {
        latencies.push(performance.now() - due);
        errors += 1;
      },
    );
  };
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    inFlight.push(send(due));
  }
  await Promise.all(inFlight);
  return { sent: total, ok, errors, latency: summarize(latencies) };
}

/**
 * `POST /nominations` at increasing fixed arrival rates. Each rate runs `reps` times; the
 * search stops at the first rate whose median p99 breaks the limit (or that errs), since
 * higher rates only pile up more open nominations.
 */
export async function runIntake(api: BenchClient, opts: IntakeOptions): Promise<IntakeResult> {
  const steps: IntakeStep[] = [];
  for (const rate of opts.rates) {
    const reps: IntakeRep[] = [];
    for (let r = 0; r < opts.reps; r++) {
      const cpu = cpuMeter();
      const rep = await openLoop(api, rate, opts.seconds);
      reps.push({ ...rep, cpu: cpu() });
      progress(`intake: ${rate}/s rep ${r + 1}/${opts.reps}: p50 ${rep.latency.p50} ms, p99 ${rep.latency.p99} ms, ${rep.errors} errors`);
      await sleep(1000); // let the workflows' trailing activities (notifications) settle
    }
    const medianP99 = median(reps.map((x) => x.latency.p99 ?? Infinity));
    const errors = reps.reduce((a, x) => a + x.errors, 0);
    const passed = medianP99 !== null && medianP99 < opts.p99LimitMs && errors === 0;
    steps.push({ rate, reps, medianP99, errors, passed });
    if (!passed) break;
  }
  const best = steps.filter((s) => s.passed).pop();
  return { p99LimitMs: opts.p99LimitMs, steps, bestRate: best?.rate ?? null };
}

export const medianRep = (s: IntakeStep) => medianBy(s.reps, (x) => x.latency.p99 ?? Infinity);
