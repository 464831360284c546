import autocannon from 'autocannon';
import { tokenFor } from '../bench-http';
import { progress } from '../progress';
import { LatencySummary, median, summarize } from '../stats';
import { READ_QUERIES, ReadContext } from './read-queries';

export interface ReadFigure {
  name: string;
  path: string;
  /** Median over the repetitions of each repetition's p50 / p99 (ms). */
  p50: number | null;
  p99: number | null;
  reps: LatencySummary[];
  errors: number;
}

export interface ReadOptions {
  apiUrl: string;
  requests: number;
  connections: number;
  reps: number;
}

/**
 * One autocannon run: `amount` requests over `connections` keep-alive connections. Latencies
 * are taken from autocannon's per-response event (fractional ms; its histogram rounds to
 * whole ms, which is coarse for reads that take 2–20 ms).
 */
function cannon(url: string, token: string, amount: number, connections: number): Promise<{ samples: number[]; errors: number }> {
  return new Promise((resolve, reject) => {
    const samples: number[] = [];
    let bad = 0;
    // sampleInt: autocannon notices it is done only at its next sample tick (1 s by default).
    const inst = autocannon({ url, amount, connections, timeout: 30, sampleInt: 100, headers: { authorization: `Bearer ${token}` } }, (err, result) => {
      if (err) reject(err);
      else resolve({ samples, errors: bad + result.errors + result.timeouts });
    });
    inst.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) samples.push(ms);
      else bad += 1;
    });
  });
}

/** p50/p99 of every listed read, each the median of `reps` autocannon runs, after one warm-up run. */
export async function runReads(ctx: ReadContext, o: ReadOptions): Promise<ReadFigure[]> {
  const out: ReadFigure[] = [];
  for (const q of READ_QUERIES) {
    const path = q.path(ctx);
    const url = `${o.apiUrl}${path}`;
    await cannon(url, tokenFor(q.user), Math.min(20, o.requests), o.connections); // warm caches and JIT for this query
    const reps: LatencySummary[] = [];
    let errors = 0;
    for (let r = 0; r < o.reps; r++) {
      const run = await cannon(url, tokenFor(q.user), o.requests, o.connections);
      reps.push(summarize(run.samples));
      errors += run.errors;
    }
    const fig: ReadFigure = { name: q.name, path, p50: median(reps.map((x) => x.p50 ?? NaN)), p99: median(reps.map((x) => x.p99 ?? NaN)), reps, errors };
    progress(`read: ${q.name}: p50 ${fig.p50} ms, p99 ${fig.p99} ms${errors ? `, ${errors} errors` : ''}`);
    out.push(fig);
  }
  return out;
}
