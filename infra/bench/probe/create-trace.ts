// Creations over HTTP on an isolated stack, each split by its workflow history's own event times:
// HTTP in → workflow started → its first task (context load, stage opening reads, recording as
// local activities) → the create-and-submit Update completed → HTTP out.
// `node dist/infra/bench/probe/create-trace.js` (ROUNDS creations, default 20).
import { Client, Connection } from '@temporalio/client';
import { temporalDataConverter } from '#ktf/config';
import { startStack } from '../../dev/stack';
import { benchClient } from '../bench-http';
import { createNomination } from '../lifecycle-scenario';

const ms = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) => Number(t?.seconds ?? 0) * 1000 + (t?.nanos ?? 0) / 1e6;

async function main() {
  const stack = await startStack({ persistent: false, env: {} });
  const api = benchClient(stack.apiUrl);
  const client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }), ...(stack.payloadCodec ? { dataConverter: temporalDataConverter(stack.payloadCodec) } : {}) });
  const segments = new Map<string, number[]>();
  const add = (name: string, v: number) => segments.set(name, [...(segments.get(name) ?? []), v]);
  try {
    await createNomination(api); // warm
    for (let round = 0; round < Number(process.env.ROUNDS ?? 20); round++) {
      const wall = Date.now();
      const started = performance.now();
      const id = await createNomination(api);
      const total = performance.now() - started;
      const events = (await client.workflow.getHandle(`nomination-${id}`).fetchHistory()).events ?? [];
      const kind = (e: (typeof events)[number]) => (Object.keys(e).find((k) => k.endsWith('Attributes')) ?? '').replace(/EventAttributes|workflow|Execution/g, '');
      const at = (name: string, nth = 0) => events.filter((e) => kind(e) === name)[nth];
      const t = (e: (typeof events)[number] | undefined) => (e ? ms(e.eventTime) - wall : NaN);
      console.log(`create ${total.toFixed(1)} ms | ${events.filter((e) => ms(e.eventTime) <= wall + total).map((e) => `${t(e).toFixed(1)}:${kind(e)}`).join(' ')}`);
      add('1 HTTP in → workflow started (API checks, draft row, update-with-start sent)', t(at('Started')));
      add('2 started → first task started (handed to the worker)', t(at('TaskStarted')) - t(at('Started')));
      add('3 first task (load rules, open the stage, record: local activities)', t(at('TaskCompleted')) - t(at('TaskStarted')));
      add('4 task completed → HTTP out (Update result to the API, answer)', total - t(at('TaskCompleted')));
      add('total', total);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`\nmedians over ${segments.get('total')?.length ?? 0} creations:`);
    for (const [name, xs] of [...segments].sort()) console.log(`  ${median(xs).toFixed(1).padStart(6)} ms  ${name}`);
  } finally {
    api.close();
    await stack.stop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
