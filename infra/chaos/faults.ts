// Faults at seeded moments: each component killed with SIGKILL and started again ~3 s later.
// Two of the API kills wait for a moment that matters: a POST /decisions batch or a session
// close in flight.
import { ComponentName, Components } from './components';
import { InFlight } from './workload';

export interface PlannedFault {
  component: ComponentName;
  /** Seconds after the drive starts. */
  atS: number;
  /** Wait (up to 30 s) for this to be in flight, then kill 0–300 ms later. */
  during?: 'decisions' | 'sessionClose';
  delayMs: number;
}

export interface FaultRecord {
  component: ComponentName;
  label: string;
  atS: number;
  outageS: number;
  error?: string;
}

const PLAN: { component: ComponentName; during?: PlannedFault['during'] }[] = [
  { component: 'worker' },
  { component: 'temporal' },
  { component: 'api', during: 'decisions' },
  { component: 'postgres' },
  { component: 'worker' },
  { component: 'api', during: 'sessionClose' },
  { component: 'api' },
];

/** The faults spread over the window, in a seeded order at seeded moments. */
export function planFaults(random: () => number, windowS: number): PlannedFault[] {
  const order = [...PLAN];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const slot = windowS / order.length;
  return order.map((f, i) => ({ ...f, atS: Math.round((i + 0.2 + random() * 0.5) * slot * 10) / 10, delayMs: Math.floor(random() * 300) }));
}

export async function runFaults(plan: PlannedFault[], components: Components, inFlight: InFlight, done: () => boolean, restartAfterMs: number, log: (l: string) => void): Promise<FaultRecord[]> {
  const started = Date.now();
  const records: FaultRecord[] = [];
  for (const f of plan) {
    while (!done() && Date.now() - started < f.atS * 1000) await sleep(100);
    if (done()) break;
    let label: string = f.component;
    if (f.during) {
      const waitUntil = Date.now() + 30_000;
      const busy = () => (f.during === 'decisions' ? inFlight.decisions : inFlight.sessionCloses) > 0;
      while (!busy() && Date.now() < waitUntil && !done()) await sleep(10);
      label = busy() ? `api (during ${f.during === 'decisions' ? 'POST /decisions' : 'session close'}, +${f.delayMs} ms)` : `api (no ${f.during} in flight)`;
      await sleep(f.delayMs);
    }
    const at = Date.now();
    const record: FaultRecord = { component: f.component, label, atS: (at - started) / 1000, outageS: 0 };
    log(`fault: SIGKILL ${label} at ${record.atS.toFixed(1)} s`);
    try {
      await components.kill(f.component);
      await sleep(restartAfterMs);
      await components.restart(f.component);
    } catch (e) {
      record.error = (e as Error).message.split('\n')[0];
      log(`fault: ${label} failed: ${record.error}`);
    }
    record.outageS = (Date.now() - at) / 1000;
    records.push(record);
  }
  return records;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
