/** Small statistics for benchmark figures: percentiles of latency samples and medians of repetitions. */

/** Nearest-rank percentile (p in [0,100]) of unsorted samples; null when there are none. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

export interface LatencySummary {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export function summarize(samples: readonly number[]): LatencySummary {
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    max: round(samples.length ? Math.max(...samples) : null),
  };
}

/** The repetition whose headline figure is the median, so its other figures stay consistent with it. */
export function medianBy<T>(reps: readonly T[], figure: (r: T) => number): T {
  const sorted = [...reps].sort((a, b) => figure(a) - figure(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Latency samples (ms) per named operation, e.g. per endpoint. */
export class LatencyBook {
  private readonly samples = new Map<string, number[]>();
  errors = 0;
  readonly errorKinds = new Map<string, number>();

  add(name: string, ms: number): void {
    let list = this.samples.get(name);
    if (!list) this.samples.set(name, (list = []));
    list.push(ms);
  }

  error(kind: string): void {
    this.errors += 1;
    this.errorKinds.set(kind, (this.errorKinds.get(kind) ?? 0) + 1);
  }

  /** Every sample of every book: a tail percentile wants all the windows' requests, not one window's. */
  static pooled(books: readonly LatencyBook[]): LatencyBook {
    const all = new LatencyBook();
    for (const b of books) for (const [name, s] of b.samples) for (const ms of s) all.add(name, ms);
    return all;
  }

  summaries(): Record<string, LatencySummary> {
    return Object.fromEntries([...this.samples].map(([name, s]) => [name, summarize(s)]));
  }
}

export function round(v: number | null, digits = 1): number | null {
  if (v === null || !Number.isFinite(v)) return v;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
