// The engine alone, one Update at a time: an Update that awaits one ordinary activity (eager
// dispatch, as the app's recordTransition) against one that awaits a local activity, and one
// that answers at once (its time split at the task's clock: client → task handed out, task →
// answer back), with the history's event times of one run (HIST=1). \`node dist/infra/bench/probe/probe.js\`, N Updates.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { temporalDataConverter, throwawayPayloadCodec } from '#ktf/config';
import { startTemporalDevServer } from '../../dev/temporal-dev-server';
import { findFreePort as freePort } from '../../dev/free-port';
import { probeLocal, probeNoop, probeRemote } from './probe.workflow';

const N = Number(process.env.N ?? 30);
const ms = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) => Number(t?.seconds ?? 0) * 1000 + (t?.nanos ?? 0) / 1e6;

async function main() {
  const server = await startTemporalDevServer({ dbFile: join(mkdtempSync(join(tmpdir(), 'probe-')), 't.db'), port: await freePort(), durable: false });
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./probe.workflow'), logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } });
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const native = await NativeConnection.connect({ address: server.address });
  const taskQueue = 'probe';
  const marks: number[] = [];
  const dataConverter = temporalDataConverter(throwawayPayloadCodec('probe-1')); // as the service's payloads are
  const worker = await Worker.create({ connection: native, taskQueue, workflowBundle: { code }, dataConverter, activities: { record: async (n: number) => { marks.push(performance.now()); return n; } } });
  const running = worker.run();
  const client = new Client({ connection: await Connection.connect({ address: server.address }), dataConverter });
  const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, def] of [['remote', probeRemote], ['local', probeLocal], ['noop', probeNoop], ['remote', probeRemote], ['local', probeLocal], ['noop', probeNoop]] as const) {
    const handle = await client.workflow.start('probeWorkflow', { taskQueue, workflowId: `probe-${randomUUID()}`, args: [N] });
    const lat: number[] = [];
    const toTask: number[] = [];
    const fromTask: number[] = [];
    for (let i = 0; i < N; i++) {
      const [t0, wall0] = [performance.now(), Date.now()];
      const answer = await handle.executeUpdate(def);
      const [t1, wall1] = [performance.now(), Date.now()];
      lat.push(t1 - t0);
      if (name === 'noop') [toTask[i], fromTask[i]] = [answer - wall0, wall1 - answer];
    }
    lat.sort((a, b) => a - b);
    const split = name === 'noop' ? ` (client → task handed out ${p50(toTask)} ms, task → answer back ${p50(fromTask)} ms)` : '';
    console.log(`${name}: p50 ${lat[Math.floor(N / 2)].toFixed(1)} ms p90 ${lat[Math.floor(N * 0.9)].toFixed(1)} min ${lat[0].toFixed(1)}${split}`);
    if (name === 'remote' && process.env.HIST) {
      const events = (await handle.fetchHistory()).events ?? [];
      const t0 = ms(events[0].eventTime);
      for (const e of events.slice(0, 40)) console.log(`  ${(ms(e.eventTime) - t0).toFixed(1).padStart(8)} ${e.eventId} ${Object.keys(e).find((k) => k.endsWith('Attributes'))}`);
    }
  }
  worker.shutdown();
  await running;
  await server.stop();
}
main().catch((e) => { console.error(e); process.exit(1); });
