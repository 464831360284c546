// Creations inside back-to-back lifecycles (as the bench's C=1 runs them), each right after the
// previous lifecycle's decision or after a pause: how much of a creation's time at C=1 is the
// work a decision leaves behind its answer (its PDF, its audit event, the workflow's close).
// `node dist/infra/bench/probe/create-after-decision.js` (GAPS=0,200,0,200 ms in turn, N lifecycles each).
import { LIFTED_RATE_LIMITS } from '../bench-http';
import { completeNomination, createNomination } from '../lifecycle-scenario';
import { historyProbe } from './history-probe';

historyProbe(
  'creations per pause',
  async ({ api, add }) => {
    for (let i = 0; i < 10; i++) await completeNomination(api, await createNomination(api)); // warm
    for (const gap of (process.env.GAPS ?? '0,200,0,200').split(',').map(Number)) {
      for (let i = 0; i < Number(process.env.N ?? 60); i++) {
        if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
        const started = performance.now();
        const id = await createNomination(api);
        add(`create ${String(gap).padStart(4)} ms after the decision's answer`, performance.now() - started);
        await completeNomination(api, id);
      }
    }
  },
  LIFTED_RATE_LIMITS,
).catch((e) => {
  console.error(e);
  process.exit(1);
});
