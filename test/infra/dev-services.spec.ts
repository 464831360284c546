// Real processes, no mocks: the dev launcher and e2e tests rely on these helpers starting,
// answering and, just as much, going away cleanly (ports closed, no postgres left behind).
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import {
  findFreePort,
  isPortOpen,
  resolveTemporalCli,
  startEmbeddedPostgres,
  startTemporalDevServer,
  startTemporalDevServerOnFreePort,
  temporalDevServerArgs,
} from '../../infra/dev';

jest.setTimeout(120_000);

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'ktf-dev-services-'));
  // mkdtemp makes it 0700; as root, postgres runs as another OS user that must traverse it.
  await chmod(scratch, 0o755);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('embedded postgres', () => {
  it('answers on a free port, and stop() closes it and removes the throwaway data dir', async () => {
    const port = await findFreePort();
    const pg = await startEmbeddedPostgres({ port, persistent: false });
    try {
      expect(pg.url).toBe(`postgres://postgres:postgres@127.0.0.1:${port}/ktf`);
      expect(await query(pg.url, 'select 1 as one')).toEqual([{ one: 1 }]);
      const [settings] = await query<{ fsync: string; encoding: string }>(
        pg.url,
        "select current_setting('fsync') as fsync, pg_encoding_to_char(encoding) as encoding from pg_database where datname = 'ktf'",
      );
      expect(settings).toEqual({ fsync: 'off', encoding: 'UTF8' });
      expect(await query(pg.url, "select upper('đặng') as name")).toEqual([{ name: 'ĐẶNG' }]);
    } finally {
      await pg.stop();
    }
    await pg.stop(); // idempotent
    expect(await isPortOpen(port)).toBe(false);
    expect(existsSync(pg.dataDir)).toBe(false);
  });

  it('keeps data across a restart on the same data dir when persistent', async () => {
    const dataDir = join(scratch, 'pg-persistent');
    const first = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: true });
    try {
      expect(await query(first.url, "select current_setting('fsync') as fsync")).toEqual([{ fsync: 'on' }]);
      await query(first.url, "create table award (id int primary key, title text); insert into award values (1, 'Bằng khen')");
    } finally {
      await first.stop();
    }
    expect(await isPortOpen(first.port)).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: true });
    try {
      expect(await query(second.url, 'select id, title from award')).toEqual([{ id: 1, title: 'Bằng khen' }]);
    } finally {
      await second.stop();
    }
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false); // clean shutdown
  });
});

describe('temporal dev server', () => {
  it('resolves the CLI installed by npm install', () => {
    expect(resolveTemporalCli()).toMatch(/temporal(\.exe)?$/);
  });

  it('uses WAL always, and synchronous=OFF only when not durable', () => {
    const base = { dbFile: 'x.db', port: 1, durable: true };
    expect(temporalDevServerArgs(base).join(' ')).toContain('--headless');
    expect(temporalDevServerArgs(base).join(' ')).toContain('--sqlite-pragma journal_mode=WAL');
    expect(temporalDevServerArgs(base)).not.toContain('synchronous=OFF');
    expect(temporalDevServerArgs({ ...base, durable: false, uiPort: 2 }).join(' ')).toMatch(
      /--ui-port 2 .*--sqlite-pragma synchronous=OFF/,
    );
  });

  it('serves the default namespace on a free port, and stop() closes its ports', async () => {
    const [port, uiPort] = [await findFreePort(), await findFreePort()];
    const dbFile = join(scratch, 'temporal.db');
    const server = await startTemporalDevServer({ dbFile, port, uiPort, durable: false });
    try {
      expect(server.address).toBe(`127.0.0.1:${port}`);
      expect(server.uiUrl).toBe(`http://127.0.0.1:${uiPort}`);
      expect(existsSync(`${dbFile}-wal`)).toBe(true);
      const connection = await Connection.connect({ address: server.address });
      try {
        const described = await connection.workflowService.describeNamespace({ namespace: 'default' });
        expect(described.namespaceInfo?.name).toBe('default');
        const workflows = [];
        for await (const workflow of new TemporalClient({ connection }).workflow.list()) workflows.push(workflow);
        expect(workflows).toEqual([]);
      } finally {
        await connection.close();
      }
      expect(await isPortOpen(uiPort)).toBe(true);
    } finally {
      await server.stop();
    }
    await server.stop(); // idempotent
    expect(await isPortOpen(port)).toBe(false);
    expect(await isPortOpen(uiPort)).toBe(false);
  });

  it('reports a clear error with the server output when the process dies', async () => {
    const port = await findFreePort();
    const start = startTemporalDevServer({ dbFile: join(scratch, 'nope', 'missing-dir', 'x.db'), port, durable: false });
    await expect(start).rejects.toThrow(/did not become ready[\s\S]*First output/);
    expect(await isPortOpen(port)).toBe(false);
  });

  it('starts again on another port when the server dies before it is ready (as on a port clash)', async () => {
    // A CLI that panics on its first run, as the real one does when a port it wanted is gone.
    const marker = join(scratch, 'first-run-done');
    const cliPath = join(scratch, 'flaky-temporal');
    await writeFile(
      cliPath,
      `#!/bin/sh\nif [ ! -e '${marker}' ]; then touch '${marker}'; echo 'panic: listen tcp: bind: address already in use' >&2; exit 2; fi\n` +
        `exec '${resolveTemporalCli()}' "$@"\n`,
    );
    await chmod(cliPath, 0o755);
    const logged: string[] = [];
    const server = await startTemporalDevServerOnFreePort({
      dbFile: join(scratch, 'retry.db'),
      durable: false,
      cliPath,
      onLog: (line) => logged.push(line),
    });
    try {
      expect(existsSync(marker)).toBe(true);
      expect(logged).toContain('panic: listen tcp: bind: address already in use');
      expect(logged.some((line) => /exited before it was ready on port \d+; trying another port/.test(line))).toBe(true);
      const port = Number(server.address.split(':')[1]);
      expect(port).toBeLessThan(32768);
      expect(await isPortOpen(port)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('gives up after its attempts, with the panic in the message', async () => {
    const cliPath = join(scratch, 'always-panics');
    await writeFile(cliPath, `#!/bin/sh\necho 'panic: no ports today' >&2\nexit 2\n`);
    await chmod(cliPath, 0o755);
    await expect(startTemporalDevServerOnFreePort({ dbFile: join(scratch, 'never.db'), durable: false, cliPath }, 2)).rejects.toThrow(
      /exited \(code 2[\s\S]*First output:\npanic: no ports today/,
    );
  });
});
