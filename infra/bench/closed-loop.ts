import { sleep } from './progress';

/** One lifecycle run by a client: it calls `step()` after each request/Update it completes. */
export type Lifecycle = (step: () => void) => Promise<void>;

export interface WindowResult {
  /** Lifecycles per second: steps completed inside the window ÷ steps per lifecycle ÷ window. */
  perSecond: number;
  /** Lifecycles that began and ended inside the window. */
  whole: number;
  errors: number;
  firstError: string | null;
}

export interface ClosedLoopOptions {
  concurrency: number;
  stepsPerLifecycle: number;
  /** Consecutive measurement windows (one per repetition). */
  reps: number;
  windowS: number;
  /** Warm-up lasts at least this long… */
  minWarmupS: number;
  /** …and until every client has finished one whole lifecycle, but never longer than this. */
  maxWarmupS: number;
  /** Called when a window opens (its index) and when measuring ends (null). */
  onWindow?: (index: number | null) => void;
}

/**
 * Closed loop: `concurrency` clients run lifecycles back to back, without pause, through a
 * warm-up and then `reps` consecutive windows. The warm-up ends once every client has
 * finished a lifecycle, so the clients are spread over the phases of a lifecycle (all of
 * them creating at once is not the steady state); with 128 clients a lifecycle takes tens
 * of seconds, which fixed warm-ups get wrong. Throughput counts steps inside a window, so
 * lifecycles straddling its edges count for the part they did in it. After the last window
 * no client starts a new lifecycle and the ones under way are finished.
 */
export async function closedLoop(run: Lifecycle, o: ClosedLoopOptions): Promise<WindowResult[]> {
  const steps = Array<number>(o.reps).fill(0);
  const whole = Array<number>(o.reps).fill(0);
  const errors = Array<number>(o.reps).fill(0);
  const firstErrors = Array<string | null>(o.reps).fill(null);
  let window: number | null = null;
  let stopping = false;
  const finishedOne = new Set<number>();
  const client = async (id: number) => {
    while (!stopping) {
      const began = window;
      try {
        await run(() => {
          if (window !== null) steps[window] += 1;
        });
        if (began !== null && window === began) whole[began] += 1;
      } catch (e) {
        const w = window ?? began;
        if (w !== null) {
          errors[w] += 1;
          firstErrors[w] ??= e instanceof Error ? e.message : String(e);
        } else if (!finishedOne.size) {
          throw e; // failing before anything worked is a broken setup, not a measurement
        }
      }
      finishedOne.add(id);
    }
  };
  const clients = Array.from({ length: o.concurrency }, (_, i) => client(i));
  const failed = Promise.race(clients.map((c) => c.then(() => new Promise<never>(() => undefined))));
  const measure = async () => {
    const t0 = performance.now();
    while ((performance.now() - t0) / 1000 < o.maxWarmupS) {
      if ((performance.now() - t0) / 1000 >= o.minWarmupS && finishedOne.size >= o.concurrency) break;
      await sleep(100);
    }
    for (let r = 0; r < o.reps; r++) {
      window = r;
      o.onWindow?.(r);
      await sleep(o.windowS * 1000);
    }
    window = null;
    o.onWindow?.(null);
    stopping = true;
  };
  await Promise.race([measure(), failed]);
  await Promise.all(clients);
  return steps.map((s, r) => ({ perSecond: s / o.stepsPerLifecycle / o.windowS, whole: whole[r], errors: errors[r], firstError: firstErrors[r] }));
}
