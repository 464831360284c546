// Creations inside back-to-back lifecycles (as the bench's C=1 runs them), each right after the
// previous lifecycle's decision or after a pause: how much of a creation's time at C=1 is the
// work a decision leaves behind its answer (its PDF, its audit event, the workflow's close).
// `node dist/infra/bench/probe/create-after-decision.js` (GAPS=0,200,0,200 ms, N lifecycles each).
import { startStack } from '../../dev/stack';
import { benchClient } from '../bench-http';
import { completeNomination, createNomination } from '../lifecycle-scenario';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const stack = await startStack({ persistent: false, env: { RATE_LIMIT_PUBLIC_PER_WINDOW: '10000000', RATE_LIMIT_WRITES_PER_WINDOW: '10000000' } });
  const api = benchClient(stack.apiUrl);
  try {
    for (let i = 0; i < 10; i++) await completeNomination(api, await createNomination(api)); // warm
    for (const gap of (process.env.GAPS ?? '0,200,0,200').split(',').map(Number)) {
      const times: number[] = [];
      for (let i = 0; i < Number(process.env.N ?? 60); i++) {
        if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
        const started = performance.now();
        const id = await createNomination(api);
        times.push(performance.now() - started);
        await completeNomination(api, id);
      }
      console.log(`${gap} ms after the decision's answer: create p50 ${median(times).toFixed(1)} ms (${times.length} creations)`);
    }
  } finally {
    api.close();
    await stack.stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
