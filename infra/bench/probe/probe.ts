// The engine alone, one Update at a time: an Update that awaits one ordinary activity (eager
// dispatch, as the app's recordTransition) against one that awaits a local activity, with the
// history's event times of one run (HIST=1). \`node dist/infra/bench/probe/probe.js\`, N Updates.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { temporalDataConverter, throwawayPayloadCodec } from '#ktf/config';
import { startTemporalDevServer } from '../../dev/temporal-dev-server';
import { findFreePort as freePort } from '../../dev/free-port';
import { probeLocal, probeRemote } from './probe.workflow';

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
  for (const [name, def] of [['remote', probeRemote], ['local', probeLocal], ['remote', probeRemote], ['local', probeLocal]] as const) {
    const handle = await client.workflow.start('probeWorkflow', { taskQueue, workflowId: `probe-${randomUUID()}`, args: [N] });
    const lat: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await handle.executeUpdate(def);
      lat.push(performance.now() - t0);
    }
    lat.sort((a, b) => a - b);
    console.log(`${name}: p50 ${lat[Math.floor(N / 2)].toFixed(1)} ms p90 ${lat[Math.floor(N * 0.9)].toFixed(1)} min ${lat[0].toFixed(1)}`);
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
