import { writeFileSync } from 'node:fs';
import { startStack } from '../dev/stack';
import { benchClient } from './bench-http';
import { parseBenchArgs } from './bench-options';
import { runFloor } from './floor/floor-scenario';
import { runLifecycle } from './lifecycle-scenario';
import { machineInfo } from './machine';
import { progress } from './progress';

async function main() {
  const opts = parseBenchArgs(process.argv.slice(2));
  const figures: Record<string, unknown> = { startedAt: new Date().toISOString(), quick: opts.quick, machine: machineInfo() };
  progress('starting an isolated stack');
  const stack = await startStack({ persistent: false, env: process.env.KTF_BENCH_CHILD_NODE_OPTIONS ? { NODE_OPTIONS: process.env.KTF_BENCH_CHILD_NODE_OPTIONS } : {} });
  const api = benchClient(stack.apiUrl);
  try {
    if (opts.only.has('floor')) figures.floor = await runFloor({ temporalAddress: stack.temporalAddress, reps: opts.reps, ...opts.floor });
    if (opts.only.has('lifecycle')) figures.lifecycle = await runLifecycle(api, { reps: opts.reps, ...opts.lifecycle });
  } finally {
    api.close();
    await stack.stop();
  }
  writeFileSync(opts.out, JSON.stringify(figures, null, 2));
  console.log(JSON.stringify(figures, null, 2));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
