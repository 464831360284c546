// Creations over HTTP on an isolated stack, each split by its workflow history's own event times:
// HTTP in → workflow started → its first task (context load, stage opening reads, recording as
// local activities) → the create-and-submit Update completed → HTTP out.
// `node dist/infra/bench/probe/create-trace.js` (ROUNDS creations, default 20).
import { createNomination } from '../lifecycle-scenario';
import { eventMs, historyProbe } from './history-probe';

historyProbe('creations', async ({ api, client, add }) => {
  await createNomination(api); // warm
  for (let round = 0; round < Number(process.env.ROUNDS ?? 20); round++) {
    const wall = Date.now();
    const started = performance.now();
    const id = await createNomination(api);
    const total = performance.now() - started;
    const events = (await client.workflow.getHandle(`nomination-${id}`).fetchHistory()).events ?? [];
    const kind = (e: (typeof events)[number]) => (Object.keys(e).find((k) => k.endsWith('Attributes')) ?? '').replace(/EventAttributes|workflow|Execution/g, '');
    const at = (name: string, nth = 0) => events.filter((e) => kind(e) === name)[nth];
    const t = (e: (typeof events)[number] | undefined) => (e ? eventMs(e.eventTime) - wall : NaN);
    console.log(`create ${total.toFixed(1)} ms | ${events.filter((e) => eventMs(e.eventTime) <= wall + total).map((e) => `${t(e).toFixed(1)}:${kind(e)}`).join(' ')}`);
    add('1 HTTP in → workflow started (API checks, draft row, update-with-start sent)', t(at('Started')));
    add('2 started → first task started (handed to the worker)', t(at('TaskStarted')) - t(at('Started')));
    add('3 first task (load rules, open the stage, record: local activities)', t(at('TaskCompleted')) - t(at('TaskStarted')));
    add('4 task completed → HTTP out (Update result to the API, answer)', total - t(at('TaskCompleted')));
    add('total', total);
  }
}).catch((e) => {
  console.error(e);
  process.exit(1);
});
