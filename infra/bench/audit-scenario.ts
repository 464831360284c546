import { BenchClient } from './bench-http';
import { cpuMeter, CpuShares } from './cpu-sampler';
import { progress } from './progress';
import { medianBy } from './stats';

export interface AuditRep {
  checked: number;
  seconds: number;
  eventsPerSecond: number;
  ok: boolean;
  cpu: CpuShares;
}

export interface AuditResult {
  events: number;
  reps: AuditRep[];
  median: AuditRep;
}

interface VerifyBody {
  ok: boolean;
  checked: number;
  brokenCount: number;
  firstBroken: unknown;
}

/**
 * `GET /audit/verify` over the whole trail, as an auditor: events per second measured at the
 * client (request to last byte), so it includes reading, hashing and answering.
 */
export async function runAuditVerify(api: BenchClient, reps: number): Promise<AuditResult> {
  const runs: AuditRep[] = [];
  for (let r = 0; r < reps; r++) {
    const cpu = cpuMeter();
    const res = await api.get<VerifyBody>('/audit/verify', 'auditor');
    if (res.status !== 200) throw new Error(`GET /audit/verify: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    const seconds = res.ms / 1000;
    const rep = { checked: res.body.checked, seconds: Math.round(seconds * 10) / 10, eventsPerSecond: Math.round(res.body.checked / seconds), ok: res.body.ok, cpu: cpu() };
    if (!rep.ok) progress(`audit: verification reports broken chains: ${JSON.stringify(res.body.firstBroken)}`);
    progress(`audit: rep ${r + 1}/${reps}: ${rep.checked.toLocaleString('en')} events in ${rep.seconds} s = ${rep.eventsPerSecond.toLocaleString('en')} events/s`);
    runs.push(rep);
  }
  const median = medianBy(runs, (x) => x.eventsPerSecond);
  return { events: median.checked, reps: runs, median };
}
