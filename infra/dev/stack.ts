import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AesGcmPayloadCodec, developmentCodecKeyRing, loadConfig, newCodecKeyEntry, payloadCodecFor, TEMPORAL_SECURITY_VARIABLES } from '#ktf/config';
import { NOMINATION_TASK_QUEUE } from '#ktf/contracts';
import { connectDatabase, migrateAndSeed, seedOptionsFor } from '#ktf/persistence';
import { RunningTemporalCluster, startTemporalCluster } from '../cluster/temporal-cluster';
import { DEFAULT_HISTORY_SHARDS } from '../cluster/temporal-server-config';
import { ensureTemporalServerTools } from '../cluster/temporal-server-tools';
import { ManagedChild, spawnNode } from './child-process';
import { ensureDevelopmentPasswords } from './dev-passwords';
import { startEmbeddedPostgres } from './embedded-postgres';
import { findFreePort, findFreePortsBelow } from './free-port';
import { findRepoRoot } from './temporal-binaries';
import { SERVICE_HEAP_ARGS } from './service-heap';
import { startTemporalDevServer, startTemporalDevServerOnFreePort } from './temporal-dev-server';

export interface StackOptions {
  /** true: `npm start` (data under dataDir survives restarts); false: tests (throwaway, fast). */
  persistent: boolean;
  dataDir?: string;
  apiPort?: number;
  postgresPort?: number;
  temporalPort?: number;
  temporalUiPort?: number;
  /**
   * Which Temporal to run when no address is given: the CLI's dev server (SQLite), or Temporal's
   * server on this stack's PostgreSQL (`npm run test:cluster`). Default: KTF_TOPOLOGY, else dev.
   */
  topology?: 'dev' | 'cluster';
  /** External services instead of embedded ones. */
  databaseUrl?: string;
  temporalAddress?: string;
  /** Extra environment for api and worker (e.g. JWT_SECRET). */
  env?: NodeJS.ProcessEnv;
  echo?: boolean;
  log?: (line: string) => void;
}

export interface RunningStack {
  apiUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  temporalUiUrl: string | undefined;
  /** The embedded dev server's SQLite database (its WAL beside it); undefined for the cluster or an external Temporal. */
  temporalDbFile: string | undefined;
  taskQueue: string;
  /** Prometheus endpoints: the API's and the worker's series, and the Temporal SDK's own (worker). */
  metricsUrls: { api: string; worker: string; temporalSdk: string };
  /**
   * The seeded users' sign-in password (kept in `<dataDir>/dev-password` when persistent, new
   * for each throwaway stack); undefined when NODE_ENV=production, where there is none.
   */
  devPassword: string | undefined;
  /** Where devPassword is kept, if anywhere. */
  devPasswordFile: string | undefined;
  /**
   * The payload codec the api and worker use (same key ring), for tests and tools that read
   * Temporal directly; undefined when NODE_ENV=production was started without keys (they refuse).
   */
  payloadCodec: AesGcmPayloadCodec | undefined;
  /** The key ring's variables the api and worker were given: a tool run beside them (decisions:recover) needs the same. */
  codecEnv: NodeJS.ProcessEnv;
  stopWorker(): Promise<void>;
  /** Starts a worker (after stopWorker, or after it died); `env` adds to this one start only. */
  startWorker(env?: NodeJS.ProcessEnv): Promise<void>;
  /** Kills the API with SIGKILL (no shutdown at all, as a crash) and waits until it is gone. */
  killApi(): Promise<void>;
  /** Starts the API again (after killApi) and waits until it answers /health. */
  startApi(): Promise<void>;
  /** Resolves with the current worker's exit code when it exits (e.g. under fault injection). */
  workerExited(): Promise<number | null>;
  /** The last output lines of the api and the worker (tests check what gets logged). */
  recentOutput(): { api: string[]; worker: string[] };
  /** OS pids of the worker and API processes (undefined while stopped or dead), e.g. for RSS readings. */
  workerPid(): number | undefined;
  apiPid(): number | undefined;
  /** Stops the Temporal server this stack started, dev or cluster (as a crash would, mid-flow) … */
  stopTemporal(): Promise<void>;
  /** … and starts it again on the same ports and database. */
  startTemporal(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole service on one machine: Postgres and the Temporal dev server (embedded unless
 * URLs are given), migrations and seed, then the worker and the API as child processes.
 */
export async function startStack(opts: StackOptions): Promise<RunningStack> {
  const root = findRepoRoot();
  const log = opts.log ?? (() => undefined);
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };
  try {
    let databaseUrl = opts.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        port: opts.postgresPort ?? (await findFreePort()),
        persistent: opts.persistent,
        dataDir: opts.dataDir ? join(opts.dataDir, 'postgres') : undefined,
      });
      stops.push(() => pg.stop());
      databaseUrl = pg.url;
      log(`postgres: ${pg.url.replace(/:[^:@/]+@/, ':***@')}`);
    }
    let temporalAddress = opts.temporalAddress;
    let temporalUiUrl: string | undefined;
    let temporalDbFile: string | undefined;
    const topology = opts.topology ?? (process.env.KTF_TOPOLOGY === 'cluster' ? 'cluster' : 'dev');
    let cluster: ClusterControl | undefined;
    let devServer: { stop(): Promise<void>; start(): Promise<void> } | undefined;
    if (!temporalAddress && topology === 'cluster') {
      cluster = await startClusterTemporal(root, databaseUrl, log);
      stops.push(() => cluster?.dispose() ?? Promise.resolve());
      temporalAddress = cluster.address;
    } else if (!temporalAddress) {
      const dir = opts.dataDir ?? join(root, '.data', 'tmp');
      mkdirSync(dir, { recursive: true });
      const dbFile = opts.persistent ? join(dir, 'temporal.sqlite') : join(dir, `temporal-${process.pid}-${Date.now()}.sqlite`);
      const serverOptions = { dbFile, uiPort: opts.temporalUiPort, durable: opts.persistent };
      let server =
        opts.temporalPort === undefined
          ? await startTemporalDevServerOnFreePort(serverOptions)
          : await startTemporalDevServer({ ...serverOptions, port: opts.temporalPort });
      // Stopped and started again on the same port and database: what was persisted survives, what
      // the server held only in memory (an Update admitted, not yet accepted) is lost.
      const port = Number(server.address.split(':').at(-1));
      devServer = {
        stop: () => server.stop(),
        start: async () => {
          server = await startTemporalDevServer({ ...serverOptions, port });
        },
      };
      stops.push(async () => {
        await server.stop();
        // A throwaway server's database (and its WAL files) goes with it.
        if (!opts.persistent) for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
      });
      temporalAddress = server.address;
      temporalUiUrl = server.uiUrl;
      temporalDbFile = dbFile;
      log(`temporal: ${server.address}${server.uiUrl ? ` (UI ${server.uiUrl})` : ''}`);
    }
    const apiPort = opts.apiPort ?? (await findFreePort());
    const taskQueue = opts.env?.TEMPORAL_TASK_QUEUE ?? NOMINATION_TASK_QUEUE;
    const env: NodeJS.ProcessEnv = {
      // Securing Temporal is for an external cluster; the embedded dev server speaks plain gRPC.
      ...(opts.temporalAddress ? process.env : withoutTemporalSecurity(process.env)),
      ...opts.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_TASK_QUEUE: taskQueue,
      PORT: String(apiPort),
    };
    // Each metrics listener on a port of its own (free ones unless the environment names them).
    const metricsPorts = ['METRICS_PORT', 'WORKER_METRICS_PORT', 'TEMPORAL_METRICS_PORT'] as const;
    const taken = new Set(metricsPorts.map((name) => env[name]).filter((p) => p));
    for (const name of metricsPorts) {
      while (!env[name]) {
        const port = String(await findFreePort());
        if (!taken.has(port)) env[name] = port;
        taken.add(port);
      }
    }
    const metricsUrl = (name: (typeof metricsPorts)[number]) => `http://127.0.0.1:${env[name]}/metrics`;
    const metricsUrls = { api: metricsUrl('METRICS_PORT'), worker: metricsUrl('WORKER_METRICS_PORT'), temporalSdk: metricsUrl('TEMPORAL_METRICS_PORT') };
    const production = env.NODE_ENV === 'production';
    Object.assign(env, codecKeysEnvironment(env, opts, root));
    const codecEnv = Object.fromEntries(Object.entries(env).filter(([k]) => k === 'TEMPORAL_CODEC_KEYS' || k === 'TEMPORAL_CODEC_KEYS_FILE'));
    const devPasswordFile = !production && opts.persistent && opts.dataDir ? join(opts.dataDir, 'dev-password') : undefined;
    let devPassword: string | undefined;
    const ds = await connectDatabase({ url: databaseUrl, applicationName: 'ktf-migrate' });
    try {
      // The demo province only outside production (or as SEED_DEMO_DATA says).
      const { applied } = await migrateAndSeed(ds, seedOptionsFor(env));
      log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'schema up to date');
      if (!production) {
        if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
        const dev = await ensureDevelopmentPasswords(ds, loadConfig(env), devPasswordFile);
        devPassword = dev.password;
        if (dev.changed.length) log(`development password given to ${dev.changed.length} seeded users`);
      }
    } finally {
      await ds.destroy();
    }
    let worker: ManagedChild | undefined;
    const workerOutput: string[] = [];
    const startWorker = async (extra: NodeJS.ProcessEnv = {}) => {
      if (worker) workerOutput.push(...worker.recent()); // it died: keep what it said
      workerOutput.splice(0, Math.max(0, workerOutput.length - 500));
      // The preload keeps the SDK's promise hook out of the workflow threads (workflow-stack-traces.ts).
      const nodeArgs = [...SERVICE_HEAP_ARGS, '--require', join(root, 'dist/apps/worker/src/workflow-stack-traces.js')];
      worker = spawnNode('worker', join(root, 'dist/apps/worker/src/main.js'), { ...env, ...extra }, opts.echo ?? false, nodeArgs);
      await waitForLine(worker, /worker: polling/, 90_000);
    };
    const workerExited = async () => {
      if (!worker) throw new Error('no worker was started');
      return worker.exited;
    };
    const stopWorker = async () => {
      await worker?.stop();
      if (worker) workerOutput.push(...worker.recent());
      worker = undefined;
    };
    await startWorker();
    stops.push(stopWorker);
    const spawnApi = () => spawnNode('api', join(root, 'dist/apps/api/src/main.js'), env, opts.echo ?? false, SERVICE_HEAP_ARGS);
    let api = spawnApi();
    stops.push(() => api.stop());
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitForHealth(apiUrl, api, 60_000);
    const killApi = async () => {
      api.process.kill('SIGKILL');
      await api.stop(); // only waits for the exit now
    };
    const startApi = async () => {
      api = spawnApi();
      await waitForHealth(apiUrl, api, 60_000);
    };
    const payloadCodec = production && !env.TEMPORAL_CODEC_KEYS && !env.TEMPORAL_CODEC_KEYS_FILE ? undefined : payloadCodecFor({ ...env, NODE_ENV: production ? 'production' : 'development' });
    const workerPid = () => (worker && worker.process.exitCode === null && worker.process.signalCode === null ? worker.process.pid : undefined);
    const apiPid = () => (api.process.exitCode === null ? api.process.pid : undefined);
    const recentOutput = () => ({ api: api.recent(), worker: [...workerOutput, ...(worker?.recent() ?? [])] });
    const ownTemporal = () => {
      const own = cluster ?? devServer;
      if (!own) throw new Error('stopTemporal/startTemporal need a Temporal this stack started (not an external one)');
      return own;
    };
    return {
      apiUrl, databaseUrl, temporalAddress, temporalUiUrl, temporalDbFile, taskQueue, metricsUrls, devPassword, devPasswordFile, payloadCodec, codecEnv, stopWorker, startWorker, workerExited, recentOutput, workerPid, apiPid, killApi, startApi,
      stopTemporal: () => ownTemporal().stop(),
      startTemporal: () => ownTemporal().start(),
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

/**
 * The payload codec's keys for the api and worker, unless configured already (or production,
 * where they must be): `npm start` keeps one in the data directory; a throwaway stack (tests)
 * makes its own, so no test reads another's payloads.
 */
function codecKeysEnvironment(env: NodeJS.ProcessEnv, opts: StackOptions, root: string): NodeJS.ProcessEnv {
  if (env.TEMPORAL_CODEC_KEYS || env.TEMPORAL_CODEC_KEYS_FILE || env.NODE_ENV === 'production') return {};
  if (!opts.persistent) return { TEMPORAL_CODEC_KEYS: newCodecKeyEntry('test-1') };
  const file = join(opts.dataDir ?? join(root, '.data'), 'temporal-codec-keys');
  developmentCodecKeyRing(file);
  return { TEMPORAL_CODEC_KEYS_FILE: file };
}

interface ClusterControl {
  address: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its configuration directory. */
  dispose(): Promise<void>;
}

/** Temporal's server on the stack's own PostgreSQL, on free ports, restartable in place. */
async function startClusterTemporal(root: string, databaseUrl: string, log: (line: string) => void): Promise<ClusterControl> {
  const url = new URL(databaseUrl);
  const ports = await findFreePortsBelow(9);
  const dataDir = mkdtempSync(join(tmpdir(), 'ktf-temporal-cluster-'));
  const shards = Number(process.env.KTF_HISTORY_SHARDS || DEFAULT_HISTORY_SHARDS);
  const options = {
    root,
    tools: ensureTemporalServerTools(root, log),
    postgres: { host: url.hostname, port: Number(url.port || 5432), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) },
    dataDir,
    historyShards: shards,
    frontendPort: ports[0],
    internalPorts: ports.slice(1, 8),
    metricsPort: ports[8],
    namespace: process.env.TEMPORAL_NAMESPACE || 'default',
    log,
  };
  let running: RunningTemporalCluster | undefined = await startTemporalCluster(options);
  return {
    address: running.address,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async start() {
      running ??= await startTemporalCluster(options);
    },
    async dispose() {
      await running?.stop();
      running = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForLine(child: ManagedChild, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.recent().some((l) => pattern.test(l))) return;
    if (child.process.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${child.name} did not start:\n${child.recent().slice(-20).join('\n')}`);
}

async function waitForHealth(url: string, child: ManagedChild, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${child.name} did not become healthy at ${url}:\n${child.recent().slice(-20).join('\n')}`);
}

/** The environment without the TLS and API-key settings of an external Temporal (README "Configuration"). */
export function withoutTemporalSecurity(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !TEMPORAL_SECURITY_VARIABLES.includes(k)));
}
