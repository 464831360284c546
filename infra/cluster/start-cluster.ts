import { join } from 'node:path';
import { embeddedPostgresUrl, startEmbeddedPostgres } from '../dev/embedded-postgres';
import { RunningStack, startStack } from '../dev/stack';
import { findRepoRoot } from '../dev/temporal-binaries';
import { startTemporalCluster } from './temporal-cluster';
import { DEFAULT_HISTORY_SHARDS } from './temporal-server-config';
import { ensureTemporalServerTools, TEMPORAL_SERVER_VERSION } from './temporal-server-tools';

const int = (name: string, fallback: number, min: number, max: number) => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${v}"`);
  return n;
};

const PG_PASSWORD = 'postgres';

/**
 * `npm run start:cluster`: the production topology on one machine, without Docker — Temporal's
 * server on PostgreSQL with several history shards, two workers and two API processes.
 * Data under .data/cluster/ (the shard count is fixed when that is first created).
 */
async function main(): Promise<void> {
  const started = Date.now();
  const root = findRepoRoot();
  const log = (line: string) => console.log(`[cluster] ${line}`);
  const dataDir = process.env.KTF_CLUSTER_DATA_DIR || join(root, '.data', 'cluster');
  const shards = int('KTF_HISTORY_SHARDS', DEFAULT_HISTORY_SHARDS, 1, 16384);
  const frontendPort = int('KTF_TEMPORAL_PORT', 7233, 1, 65535);
  const apiPorts = [int('PORT', 3000, 1, 65535), int('KTF_SECOND_API_PORT', 3001, 1, 65535)];
  const pgPort = int('KTF_POSTGRES_PORT', 5434, 1, 65535);

  const tools = ensureTemporalServerTools(root, log);
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((e: unknown) => console.error(e));
  };
  try {
    const pg = await startEmbeddedPostgres({ port: pgPort, persistent: true, dataDir: join(dataDir, 'pg'), password: PG_PASSWORD });
    stops.push(() => pg.stop());
    log(`postgres on 127.0.0.1:${pgPort} (databases ktf, temporal, temporal_visibility)`);
    const temporal = await startTemporalCluster({
      root,
      tools,
      postgres: { host: '127.0.0.1', port: pgPort, user: 'postgres', password: PG_PASSWORD },
      dataDir: join(dataDir, 'temporal'),
      historyShards: shards,
      frontendPort,
      internalPorts: [0, 1, 2, 3, 4, 5, 6].map((i) => int('KTF_TEMPORAL_INTERNAL_PORT_BASE', 17300, 1, 65000) + i),
      metricsPort: int('KTF_TEMPORAL_METRICS_PORT', 17399, 1, 65535),
      namespace: process.env.TEMPORAL_NAMESPACE || 'default',
      log,
    });
    stops.push(() => temporal.stop());
    const stacks: RunningStack[] = [];
    for (const [i, apiPort] of apiPorts.entries()) {
      const stack = await startStack({
        persistent: true,
        dataDir,
        apiPort,
        databaseUrl: embeddedPostgresUrl(pgPort, PG_PASSWORD),
        temporalAddress: temporal.address,
        env: { KTF_PROCESS_NAME: `node-${i + 1}` },
        echo: true,
        log,
      });
      stacks.push(stack);
      stops.push(() => stack.stop());
    }
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n[cluster] ${signal}: stopping the APIs, the workers, Temporal and Postgres…`);
      stopAll().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    const devPassword = stacks[0].devPassword;
    console.log(
      [
        '',
        `Khen Thưởng Flow (cluster topology) is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        `  API / console  ${stacks.map((s) => s.apiUrl).join('  and  ')}`,
        `  Workers        2 (one beside each API), task queue ${stacks[0].taskQueue}`,
        `  Temporal       server ${TEMPORAL_SERVER_VERSION} at ${temporal.address}, ${shards} history shards, on PostgreSQL; metrics ${temporal.metricsUrl}`,
        `  PostgreSQL     127.0.0.1:${pgPort} (ktf, temporal, temporal_visibility), data in ${dataDir}`,
        ...(devPassword ? [`  Sign in        any seeded user (officer.vp, chairman, admin…), password ${devPassword}`] : []),
        'Press Ctrl-C to stop (APIs, workers, Temporal, then Postgres).',
        '',
      ].join('\n'),
    );
  } catch (e) {
    await stopAll();
    throw e;
  }
}

main().catch((e: unknown) => {
  console.error(`[cluster] failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
