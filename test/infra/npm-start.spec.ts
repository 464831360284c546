import { ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, isPortOpen } from '../../infra/dev/free-port';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';
import { HOA, tokenFor } from '../e2e/support/e2e-stack';

jest.setTimeout(180_000);

/** `npm start`'s launcher as a user runs it: ready message, data that survives, a clean stop. */
describe('the dev launcher (npm start)', () => {
  let dataDir: string;
  let ports: Record<string, number>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ktf-start-'));
    // As root, Postgres runs as the postgres OS user, which must be able to enter the folder.
    await chmod(dataDir, 0o755);
    ports = { PORT: await findFreePort(), KTF_POSTGRES_PORT: await findFreePort(), KTF_TEMPORAL_PORT: await findFreePort(), KTF_TEMPORAL_UI_PORT: await findFreePort() };
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  /** `viaNpm`: through `npm start` as a user types it (npm must return only once everything has stopped). */
  function launch(viaNpm = false): { child: ChildProcess; ready: Promise<{ seconds: number; output: string }> } {
    const env: NodeJS.ProcessEnv = { ...process.env, KTF_DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
    delete env.DATABASE_URL;
    delete env.NODE_ENV; // jest's "test": a person typing `npm start` has none
    delete env.TEMPORAL_ADDRESS;
    const root = findRepoRoot();
    const child = viaNpm
      ? spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, [join(root, 'dist/infra/dev/start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const ready = new Promise<{ seconds: number; output: string }>((resolve, reject) => {
      const onData = (b: Buffer) => {
        output += b.toString();
        const m = /ready in ([\d.]+) s/.exec(output);
        if (m) resolve({ seconds: Number(m[1]), output });
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`launcher exited with ${code}:\n${output.slice(-3000)}`)));
    });
    return { child, ready };
  }

  async function stop(child: ChildProcess): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  }

  it('prints the addresses, keeps data across restarts and leaves nothing running after SIGTERM', async () => {
    const first = launch();
    const { output } = await first.ready;
    expect(output).toContain(`API          http://127.0.0.1:${ports.PORT}`);
    expect(output).toContain(`OpenAPI      http://127.0.0.1:${ports.PORT}/docs`);
    expect(output).toContain(`Temporal UI  http://127.0.0.1:${ports.KTF_TEMPORAL_UI_PORT}`);
    const api = `http://127.0.0.1:${ports.PORT}`;
    const created = await fetch(`${api}/nominations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenFor('officer.vp')}`, 'content-type': 'application/json' },
      body: JSON.stringify(HOA),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(await stop(first.child)).toBe(0);
    for (const port of Object.values(ports)) expect(await isPortOpen(port)).toBe(false);

    const second = launch(true);
    await second.ready;
    const again = await fetch(`${api}/nominations/${id}`, { headers: { authorization: `Bearer ${tokenFor('auditor')}` } });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { stage: string }).stage).toBe('council_review');
    // The workflow survived the restart too: it still takes votes.
    const vote = await fetch(`${api}/nominations/${id}/votes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenFor('council.1')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ choice: 'agree' }),
    });
    expect(vote.status).toBe(200);
    // npm returns only once the launcher has stopped the API, the worker, Temporal and Postgres:
    // a start straight after it must find every port free.
    expect(await stop(second.child)).toBe(0);
    for (const port of Object.values(ports)) expect(await isPortOpen(port)).toBe(false);
  });
});
