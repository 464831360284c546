import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import { join } from 'node:path';

export interface ManagedChild {
  name: string;
  process: ChildProcess;
  /** Last lines of its output, for error messages. */
  recent(): string[];
  /** SIGTERM, then SIGKILL after the grace period. Idempotent. */
  stop(graceMs?: number): Promise<void>;
  exited: Promise<number | null>;
}

/**
 * `KTF_CPU_PROF_DIR=dir` (bench, probes): each child writes a V8 CPU profile there when it stops
 * (`--cpu-prof` is refused in NODE_OPTIONS, so it goes on the command line).
 */
const profiling = (name: string) => (process.env.KTF_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.KTF_CPU_PROF_DIR}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : []);

/**
 * `KTF_CHILD_LOG_DIR=dir` (bench, probes): each child's whole output also goes to dir/<name>.log,
 * through a buffered stream (the bench's own process sends the load: no write waits on the disk).
 */
function childLog(name: string): WriteStream | undefined {
  const dir = process.env.KTF_CHILD_LOG_DIR;
  if (!dir) return undefined;
  mkdirSync(dir, { recursive: true });
  return createWriteStream(join(dir, `${name}.log`), { flags: 'a' });
}

/** Spawns a node process we own: its output is prefixed (or kept quiet) and it dies with us. */
export function spawnNode(name: string, script: string, env: NodeJS.ProcessEnv, echo: boolean, nodeArgs: readonly string[] = []): ManagedChild {
  const child = spawn(process.execPath, [...profiling(name), ...nodeArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = childLog(name);
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line);
      if (lines.length > 200) lines.shift();
      keep?.write(line + '\n');
      if (echo) console.log(`[${name}] ${line}`);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.once('close', () => keep?.end());
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopping: Promise<void> | undefined;
  return {
    name,
    process: child,
    exited,
    recent: () => [...lines],
    stop(graceMs = 10_000) {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          await exited;
          clearTimeout(timer);
        }
        process.removeListener('exit', killOnExit);
      })();
      return stopping;
    },
  };
}
