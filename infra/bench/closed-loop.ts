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

/**
 * Closed loop: `concurrency` clients run lifecycles back to back. Throughput is counted in
 * steps inside a measurement window that starts after a warm-up, so lifecycles straddling
 * either edge count for the part they did there (with 128 clients and multi-second
 * lifecycles, counting only whole ones would understate it). After the window no client
 * starts a new lifecycle, and the ones under way are finished, leaving nothing half-done.
 */
export async function closedLoop(run: Lifecycle, o: { concurrency: number; warmupS: number; windowS: number; stepsPerLifecycle: number }): Promise<WindowResult> {
  const t0 = performance.now();
  const from = t0 + o.warmupS * 1000;
  const to = from + o.windowS * 1000;
  let steps = 0;
  let whole = 0;
  let errors = 0;
  let firstError: string | null = null;
  const inWindow = (t: number) => t >= from && t < to;
  const step = () => {
    if (inWindow(performance.now())) steps += 1;
  };
  const client = async () => {
    while (performance.now() < to) {
      const began = performance.now();
      try {
        await run(step);
        if (began >= from && performance.now() < to) whole += 1;
      } catch (e) {
        errors += 1;
        firstError ??= e instanceof Error ? e.message : String(e);
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  return { perSecond: steps / o.stepsPerLifecycle / o.windowS, whole, errors, firstError };
}
