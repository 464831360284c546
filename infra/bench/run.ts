import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startStack } from '../dev/stack';
import { startTemporalDevServerOnFreePort } from '../dev/temporal-dev-server';
import { runAuditVerify } from './audit-scenario';
import { benchClient, BenchClient, LIFTED_RATE_LIMITS } from './bench-http';
import { BenchOptions, parseBenchArgs, Topology } from './bench-options';
import { foreignLoad } from './cpu-sampler';
import { FloorResult, runFloor } from './floor/floor-scenario';
import { runIntake } from './intake-scenario';
import { runLifecycle } from './lifecycle-scenario';
import { machineInfo } from './machine';
import { runMemory } from './memory-scenario';
import { progress } from './progress';
import { loadAuditChains } from './read/load-audit';
import { loadNominations } from './read/load-nominations';
import { readContext } from './read/read-queries';
import { runReads } from './read/read-scenario';
import { EngineFigures, Figures, renderReport } from './report';

/**
 * `npm run bench -- --out figures.json [--quick]`: every scenario against one isolated
 * stack (its own Postgres and Temporal dev server, started here and stopped at the end),
 * but the floor, which gets a dev server of its own (under `--topology cluster` it shares each
 * engine with the lifecycle, so both engines are measured alike); in an order where each leaves the next a
 * known state: lifecycles finish what they start; intake leaves its nominations open (memory
 * measures differences, so they only raise its baseline); memory opens and ends its own;
 * the bulk load comes last because it cannot be undone.
 */
async function main(): Promise<void> {
  const opts = parseBenchArgs(process.argv.slice(2));
  const foreign = foreignLoad();
  const figures: Figures = { startedAt: new Date().toISOString(), quick: opts.quick, machine: machineInfo(), sizes: {} };
  progress(`machine: ${JSON.stringify(figures.machine)}; ${opts.quick ? 'quick' : 'full'} run of ${[...opts.only].join(', ')}`);
  // KTF_BENCH_CHILD_NODE_OPTIONS passes e.g. `--require <profiler hook>` to the API and worker.
  const childOptions = process.env.KTF_BENCH_CHILD_NODE_OPTIONS;
  // The worker's cache holds every nomination the run leaves open (the memory scenario's and
  // intake's), as a deployment sized for its open nominations would: evicted ones are replayed
  // on their next action, which would measure the cache size instead of the service.
  const cache = { TEMPORAL_MAX_CACHED_WORKFLOWS: String(opts.memory.open + 5_000) };
  const env = { ...cache, ...LIFTED_RATE_LIMITS, ...(childOptions ? { NODE_OPTIONS: childOptions } : {}) };
  let failed = false;
  try {
    if (opts.topology === 'cluster') {
      // Same scenarios, same sizes, one engine after the other, so the two columns share the hour.
      figures.topologies = {};
      for (const topology of ['dev', 'cluster'] as const) {
        progress(`${topology}: starting an isolated stack (${topology === 'dev' ? 'Temporal dev server' : "Temporal's server on the stack's PostgreSQL"})`);
        const part: EngineFigures = {};
        figures.topologies[topology] = part;
        await onStack(topology, env, async (stack, api) => {
          part.floor = await runFloor({ temporalAddress: stack.temporalAddress, reps: opts.reps, ...opts.floor });
          part.lifecycle = await runLifecycle(api, { reps: opts.reps, ...opts.lifecycle });
        });
      }
    } else {
      progress('starting an isolated stack (embedded Postgres, Temporal dev server, worker, API)');
      await onStack('dev', env, (stack, api) => scenarios(opts, figures, api, stack));
    }
  } catch (e) {
    failed = true;
    progress(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  figures.finishedAt = new Date().toISOString();
  figures.foreignCores = foreign();
  writeFileSync(opts.out, `${JSON.stringify(figures, null, 2)}\n`);
  const report = renderReport(figures);
  writeFileSync(opts.out.replace(/(\.json)?$/, '.md'), `${report}\n`);
  console.log(`\n${report}\n`);
  progress(`raw figures: ${opts.out}`);
  if (failed) process.exit(1);
}

type Stack = Awaited<ReturnType<typeof startStack>>;

async function onStack(topology: Topology, env: NodeJS.ProcessEnv, work: (stack: Stack, api: BenchClient) => Promise<void>): Promise<void> {
  const stack = await startStack({ persistent: false, topology, env });
  const api = benchClient(stack.apiUrl);
  try {
    await work(stack, api);
  } finally {
    api.close();
    await stack.stop();
  }
}

async function scenarios(opts: BenchOptions, figures: Figures, api: BenchClient, stack: Stack): Promise<void> {
  const { reps } = opts;
  if (opts.only.has('floor')) figures.floor = await floorOnItsOwnEngine({ reps, ...opts.floor });
  if (opts.only.has('lifecycle')) figures.lifecycle = await runLifecycle(api, { reps, ...opts.lifecycle });
  if (opts.only.has('intake')) figures.intake = await runIntake(api, { reps, ...opts.intake });
  if (opts.only.has('memory')) {
    figures.sizes.memoryOpen = opts.memory.open;
    figures.memory = await runMemory(api, { ...opts.memory, workerPid: stack.workerPid, apiPid: stack.apiPid });
  }
  if (!opts.only.has('read') && !opts.only.has('audit')) return;
  const { nominations, auditEvents, requests } = opts.read;
  figures.sizes.nominations = nominations;
  figures.sizes.auditEvents = auditEvents;
  const db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    progress(`read: bulk-loading ${nominations.toLocaleString('en')} nominations`);
    await loadNominations(db, nominations, (m) => progress(`read: ${m}`));
    progress(`read: generating hash chains up to ${auditEvents.toLocaleString('en')} audit events`);
    await loadAuditChains(stack.databaseUrl, auditEvents, (m) => progress(`read: ${m}`));
    if (opts.only.has('read')) figures.read = await runReads(await readContext(db), { apiUrl: stack.apiUrl, requests, connections: 2, reps });
  } finally {
    await db.end();
  }
  if (opts.only.has('audit')) figures.audit = await runAuditVerify(api, reps);
}

/**
 * The floor on a dev server of its own, with the stack's settings. Its thousands of bare
 * workflows left in the stack's engine grew the server's memory (150 → 380 MB resident) and
 * fattened the lifecycle's tail measured after it (vote p99 31–37 → 45–54 ms at C=1, the
 * medians unchanged): the service measured beside another scenario's leftovers.
 */
async function floorOnItsOwnEngine(opts: Omit<Parameters<typeof runFloor>[0], 'temporalAddress'>): Promise<FloorResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ktf-bench-floor-'));
  try {
    const server = await startTemporalDevServerOnFreePort({ dbFile: join(dir, 'temporal.sqlite'), durable: false });
    try {
      return await runFloor({ ...opts, temporalAddress: server.address });
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
