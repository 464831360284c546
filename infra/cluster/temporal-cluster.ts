// Temporal's server on PostgreSQL, run here without Docker: databases created, schemas set up
// and upgraded with the server's own schema tool, the server started with its static config,
// and the namespace registered. The production-like counterpart of infra/dev/temporal-dev-server.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { resolveTemporalCli } from '../dev/temporal-binaries';
import { DYNAMIC_CONFIG_FILE, TEMPORAL_DATABASE, temporalServerConfigYaml, VISIBILITY_DATABASE } from './temporal-server-config';
import type { TemporalServerTools } from './temporal-server-tools';

export interface TemporalClusterOptions {
  /** The repository (for the dynamic configuration shared with docker-compose.yml). */
  root: string;
  tools: TemporalServerTools;
  /** A Postgres superuser connection (the embedded cluster's), to create the two databases. */
  postgres: { host: string; port: number; user: string; password: string };
  dataDir: string;
  historyShards: number;
  frontendPort: number;
  internalPorts: readonly number[];
  metricsPort: number;
  namespace: string;
  log: (line: string) => void;
}

export interface RunningTemporalCluster {
  address: string;
  metricsUrl: string;
  process: ChildProcess;
  /** SIGTERM, then SIGKILL after a grace period. Idempotent. */
  stop(): Promise<void>;
  /** Output lines kept for error messages. */
  recent(): string[];
}

async function ensureDatabases(o: TemporalClusterOptions): Promise<void> {
  const db = new Client({ host: o.postgres.host, port: o.postgres.port, user: o.postgres.user, password: o.postgres.password, database: 'postgres' });
  await db.connect();
  try {
    for (const name of [TEMPORAL_DATABASE, VISIBILITY_DATABASE]) {
      const exists = await db.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!exists.rowCount) await db.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await db.end();
  }
}

/** setup-schema at 0.0 for a fresh database (a no-op error when it exists), then update to the latest version. */
function setUpSchema(o: TemporalClusterOptions, database: string, versionedDir: string): void {
  const common = ['--plugin', 'postgres12', '--endpoint', o.postgres.host, '--port', String(o.postgres.port), '--user', o.postgres.user, '--password', o.postgres.password, '--database', database];
  const run = (args: string[], quietOnError: boolean) => {
    const r = spawnSync(o.tools.sqlTool, [...common, ...(quietOnError ? ['--quiet'] : []), ...args], { encoding: 'utf8' });
    if (r.status !== 0) {
      // The tool logs every statement at DEBUG; the reason is in its WARN/ERROR lines.
      const reasons = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /WARN|ERROR|FATAL|panic/.test(l));
      throw new Error(`temporal-sql-tool ${args[0]} on ${database} failed:\n${reasons.slice(-10).join('\n')}`);
    }
  };
  // --quiet: setting up a database that already has the schema fails harmlessly; update then upgrades it.
  run(['setup-schema', '-v', '0.0'], true);
  run(['update-schema', '-d', versionedDir], false);
  o.log(`temporal: schema of ${database} up to date`);
}

async function waitForFrontend(cli: string, address: string, server: ChildProcess, recent: () => string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    const r = spawnSync(cli, ['operator', 'cluster', 'health', '--address', address], { encoding: 'utf8' });
    if (r.status === 0 && /SERVING/.test(r.stdout)) return;
    await new Promise((res) => setTimeout(res, 500));
  }
  throw new Error(`Temporal server did not become ready at ${address}:\n${recent().slice(-30).join('\n')}`);
}

function registerNamespace(cli: string, address: string, namespace: string): void {
  const described = spawnSync(cli, ['operator', 'namespace', 'describe', '--address', address, '--namespace', namespace], { encoding: 'utf8' });
  if (described.status === 0) return;
  const created = spawnSync(cli, ['operator', 'namespace', 'create', '--address', address, '--namespace', namespace, '--retention', '720h'], { encoding: 'utf8' });
  if (created.status !== 0 && !/already exists|AlreadyExists/i.test(created.stderr + created.stdout)) {
    throw new Error(`could not register namespace ${namespace}:\n${created.stderr || created.stdout}`);
  }
}

export async function startTemporalCluster(o: TemporalClusterOptions): Promise<RunningTemporalCluster> {
  await ensureDatabases(o);
  setUpSchema(o, TEMPORAL_DATABASE, join(o.tools.schemaDir, 'temporal', 'versioned'));
  setUpSchema(o, VISIBILITY_DATABASE, join(o.tools.schemaDir, 'visibility', 'versioned'));

  mkdirSync(o.dataDir, { recursive: true });
  const dynamicConfigFile = join(o.root, DYNAMIC_CONFIG_FILE);
  const configFile = join(o.dataDir, 'temporal-server.yaml');
  writeFileSync(
    configFile,
    temporalServerConfigYaml({
      postgres: o.postgres,
      historyShards: o.historyShards,
      frontendPort: o.frontendPort,
      internalPorts: o.internalPorts,
      dynamicConfigFile,
      metricsPort: o.metricsPort,
    }),
  );

  const lines: string[] = [];
  const server = spawn(o.tools.server, ['--config-file', configFile, '--allow-no-auth', 'start'], { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [server.stdout, server.stderr]) {
    stream?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        lines.push(line);
        if (lines.length > 200) lines.shift();
      }
    });
  }
  const exited = new Promise<void>((res) => server.once('exit', () => res()));
  const killOnExit = () => server.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGTERM');
        const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      process.removeListener('exit', killOnExit);
    })());

  const address = `127.0.0.1:${o.frontendPort}`;
  try {
    const cli = resolveTemporalCli();
    await waitForFrontend(cli, address, server, () => lines, 120_000);
    registerNamespace(cli, address, o.namespace);
    o.log(`temporal: server ${o.historyShards} history shards, frontend ${address}, namespace ${o.namespace}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { address, metricsUrl: `http://127.0.0.1:${o.metricsPort}/metrics`, process: server, stop, recent: () => [...lines] };
}
