// The service's parts as separate processes the crash test can kill with SIGKILL and start again
// on the same ports and data: Postgres and the Temporal dev server here, the worker and the API
// through the dev launcher's stack (which also migrates and seeds).
import { join } from 'node:path';
import { readPostmasterPid, waitForExit } from '../dev/postgres-support';
import { startEmbeddedPostgres, RunningPostgres } from '../dev/embedded-postgres';
import { startStack, RunningStack } from '../dev/stack';
import { startTemporalDevServer, RunningTemporalDevServer } from '../dev/temporal-dev-server';
import { findFreePort } from '../dev/free-port';

export type ComponentName = 'worker' | 'temporal' | 'postgres' | 'api';

export interface Components {
  apiUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  /** The api's and worker's payload codec: the invariant check queries the workflows. */
  payloadCodec: RunningStack['payloadCodec'];
  /** SIGKILL, and wait until the process is gone. */
  kill(name: ComponentName): Promise<void>;
  /** Start it again on the same ports and data; resolves once it serves. */
  restart(name: ComponentName): Promise<void>;
  stop(): Promise<void>;
}

export async function startComponents(dataDir: string, log: (line: string) => void): Promise<Components> {
  const pgPort = await findFreePort();
  const temporalPort = await findFreePort();
  const pgDir = join(dataDir, 'postgres');
  const dbFile = join(dataDir, 'temporal.sqlite');
  // Persistent: fsync on and the data dir kept across restarts, as in production.
  const startPg = () => startEmbeddedPostgres({ port: pgPort, persistent: true, dataDir: pgDir });
  const startTemporal = () => startTemporalDevServer({ dbFile, port: temporalPort, durable: true });
  let pg: RunningPostgres = await startPg();
  log(`postgres on ${pgPort}, temporal on ${temporalPort}, data in ${dataDir}`);
  let temporal: RunningTemporalDevServer = await startTemporal();
  const stack: RunningStack = await startStack({
    persistent: true,
    dataDir,
    databaseUrl: pg.url,
    temporalAddress: temporal.address,
    // The driver writes faster than a person: lift the per-user write limit.
    env: { RATE_LIMIT_WRITES_PER_WINDOW: '1000000' },
    log,
  });

  async function killPid(pid: number | undefined) {
    if (pid === undefined) throw new Error('no process to kill');
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 15_000);
  }

  return {
    apiUrl: stack.apiUrl,
    databaseUrl: stack.databaseUrl,
    temporalAddress: stack.temporalAddress,
    payloadCodec: stack.payloadCodec,
    async kill(name) {
      if (name === 'api') return stack.killApi();
      if (name === 'worker') {
        const exited = stack.workerExited();
        await killPid(stack.workerPid());
        await exited;
        return;
      }
      if (name === 'temporal') return killPid(temporal.pid);
      await killPid(readPostmasterPid(pgDir));
    },
    async restart(name) {
      if (name === 'api') return stack.startApi();
      if (name === 'worker') return stack.startWorker();
      if (name === 'temporal') {
        temporal = await startTemporal();
        return;
      }
      pg = await startPg();
    },
    async stop() {
      await stack.stop();
      await temporal.stop();
      await pg.stop();
    },
  };
}
