// The Temporal CLI dev server (SQLite) for `npm start` and e2e tests. Started as a child
// process we own, so stop() and our own exit reliably take it down with us.
import { spawn, type ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { temporalConnectionOptions } from '#ktf/config';
import { findFreePortsBelow, isPortOpen } from './free-port';
import { resolveTemporalCli } from './temporal-binaries';

export interface TemporalDevServerOptions {
  /** SQLite file; created if missing. */
  dbFile: string;
  port: number;
  /** undefined: no Web UI (--headless). */
  uiPort?: number;
  /**
   * true keeps SQLite's default synchronous mode, so `npm start` data survives a power loss;
   * false adds synchronous=OFF, which is faster and fine for throwaway test databases.
   */
  durable: boolean;
  namespace?: string;
  /** Defaults to resolveTemporalCli(). */
  cliPath?: string;
  onLog?: (line: string) => void;
  readyTimeoutMs?: number;
}

export interface RunningTemporalDevServer {
  /** host:port for Connection.connect / NativeConnection.connect */
  address: string;
  /** undefined when headless */
  uiUrl: string | undefined;
  /** The server's OS pid (the crash test kills it with SIGKILL). */
  pid: number | undefined;
  /** Idempotent: SIGTERM, then SIGKILL if it has not exited after a few seconds. */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const STOP_GRACE_MS = 5_000;

export function temporalDevServerArgs(options: TemporalDevServerOptions): string[] {
  const { dbFile, port, uiPort, durable, namespace = 'default' } = options;
  return [
    'server', 'start-dev',
    '--ip', HOST,
    '--port', String(port),
    ...(uiPort === undefined ? ['--headless'] : ['--ui-port', String(uiPort)]),
    '--db-filename', dbFile,
    '--namespace', namespace,
    '--log-level', 'warn',
    // The dev server holds a single SQLite connection; WAL keeps readers from blocking the
    // writer (DESIGN.md §4).
    '--sqlite-pragma', 'journal_mode=WAL',
    ...(durable ? [] : ['--sqlite-pragma', 'synchronous=OFF']),
    // An activity scheduled by a workflow task goes back to the worker in the reply to that
    // task's completion, not through a queue poll: one round trip less per transition.
    '--dynamic-config-value', 'system.enableActivityEagerExecution=true',
  ];
}

export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<RunningTemporalDevServer> {
  const cli = options.cliPath ?? resolveTemporalCli();
  const namespace = options.namespace ?? 'default';
  const address = `${HOST}:${options.port}`;
  const recentLog: string[] = [];
  // A Go panic prints its reason first and a long stack after it: keep the head as well.
  const firstLog: string[] = [];
  const child = spawn(cli, temporalDevServerArgs(options), { stdio: ['ignore', 'pipe', 'pipe'] });
  // Both pipes must be drained, or the server blocks once a pipe buffer fills up.
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        if (firstLog.length < 8) firstLog.push(line);
        else recentLog.push(line);
        if (recentLog.length > 20) recentLog.shift();
        options.onLog?.(line);
      }
    });
  }
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  // 'close' comes after the output pipes are drained, which can be later than 'exit'.
  const outputClosed = new Promise<void>((resolveClose) => child.once('close', () => resolveClose()));
  // A failed spawn is detected by waitUntilReady; keep the reason for its error message.
  child.once('error', (err) => recentLog.push(`spawn failed: ${err.message}`));

  // Our 'exit' handler runs synchronously as node dies, so we cannot wait for a graceful stop;
  // SIGKILL is safe because SQLite's WAL survives a process crash (only power loss needs fsync).
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await terminate(child, exited);
      process.off('exit', killOnExit);
    })());

  try {
    await waitUntilReady(options.port, namespace, child, options.readyTimeoutMs ?? 30_000);
  } catch (err) {
    await stop();
    await Promise.race([outputClosed, delay(1_000)]);
    throw new DevServerNotReady(
      `Temporal dev server (${cli}) did not become ready on ${address}: ${(err as Error).message}\n` +
        `First output:\n${firstLog.join('\n')}\n` +
        (recentLog.length ? `Last output:\n${recentLog.join('\n')}` : ''),
      err instanceof ExitedEarly,
      err,
    );
  }
  const uiUrl = options.uiPort === undefined ? undefined : `http://${HOST}:${options.uiPort}`;
  return { address, uiUrl, pid: child.pid, stop };
}

/**
 * Starts the dev server on a port picked here, and once more on another port if the process
 * dies before it is ready. Between picking a free port and the server binding it, another
 * process can take it (or one of the ports the CLI picks itself), and the CLI then panics;
 * CI saw that once in a full run. Ports below 32768 are outside the kernel's ephemeral range,
 * which every outgoing connection on the machine draws from.
 */
export async function startTemporalDevServerOnFreePort(
  options: Omit<TemporalDevServerOptions, 'port'>,
  attempts = 3,
): Promise<RunningTemporalDevServer> {
  for (let attempt = 1; ; attempt++) {
    const [port] = await findFreePortsBelow(1);
    try {
      return await startTemporalDevServer({ ...options, port });
    } catch (err) {
      if (!(err instanceof DevServerNotReady && err.exitedEarly) || attempt >= attempts) throw err;
      options.onLog?.(`temporal dev server exited before it was ready on port ${port}; trying another port`);
    }
  }
}

class ExitedEarly extends Error {}

/** exitedEarly: the process died (as on a port clash) rather than hanging until the timeout. */
export class DevServerNotReady extends Error {
  constructor(message: string, readonly exitedEarly: boolean, cause: unknown) {
    super(message, { cause });
    this.name = 'DevServerNotReady';
  }
}

// Ready means the namespace answers, not just that the port accepts connections: the
// frontend listens before the default namespace is registered. A plain TCP probe comes first
// because gRPC, refused once, backs off for a full second before retrying.
async function waitUntilReady(port: number, namespace: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    // No pid means spawn itself failed (e.g. ENOENT), in which case no 'exit' event comes.
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      throw new ExitedEarly(`the process exited (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    try {
      if (!(await isPortOpen(port, HOST))) throw new Error(`nothing listening on ${HOST}:${port} yet`);
      const connection = await Connection.connect({ ...temporalConnectionOptions({ TEMPORAL_ADDRESS: `${HOST}:${port}` }), connectTimeout: 2_000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } finally {
        await connection.close();
      }
    } catch (err) {
      lastError = err;
      await delay(50);
    }
  }
  throw new Error(`timed out after ${timeoutMs} ms (last error: ${(lastError as Error | undefined)?.message})`);
}

async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.kill('SIGTERM');
  const gone = await Promise.race([exited.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
  if (!gone) {
    child.kill('SIGKILL');
    await exited;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
