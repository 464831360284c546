// What the history-split probes (vote-trace, create-trace) share: an isolated stack, a bench
// client, a Temporal client that reads its (encrypted) histories, and medians per segment.
import { Client, Connection } from '@temporalio/client';
import { temporalDataConverter } from '#ktf/config';
import { startStack } from '../../dev/stack';
import { BenchClient, benchClient } from '../bench-http';
import { median, percentile } from '../stats';

/** A history event's time in ms since the epoch. */
export const eventMs = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) => Number(t?.seconds ?? 0) * 1000 + (t?.nanos ?? 0) / 1e6;

/**
 * Runs `probe` on a fresh stack, then prints the medians and p95 of what it added per segment
 * (`what`: e.g. "votes"). PROBE_IDLE_S=n leaves the stack idle n seconds first: a stack up for a
 * minute or more is not the one just started. `env`: the services' settings beside the defaults.
 */
export async function historyProbe(
  what: string,
  probe: (p: { api: BenchClient; client: Client; add: (segment: string, ms: number) => void }) => Promise<void>,
  env: Record<string, string> = {},
): Promise<void> {
  const stack = await startStack({ persistent: false, env });
  const api = benchClient(stack.apiUrl);
  const client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }), ...(stack.payloadCodec ? { dataConverter: temporalDataConverter(stack.payloadCodec) } : {}) });
  const segments = new Map<string, number[]>();
  try {
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.PROBE_IDLE_S ?? 0) * 1000));
    await probe({ api, client, add: (segment, ms) => segments.set(segment, [...(segments.get(segment) ?? []), ms]) });
    console.log(`\nmedians (and p95) over ${Math.max(0, ...[...segments.values()].map((xs) => xs.length))} ${what}:`);
    for (const [name, xs] of [...segments].sort()) console.log(`  ${(median(xs) ?? NaN).toFixed(1).padStart(6)} ms (${(percentile(xs, 95) ?? NaN).toFixed(1).padStart(5)})  ${name}`);
  } finally {
    await client.connection.close();
    api.close();
    await stack.stop();
  }
}
