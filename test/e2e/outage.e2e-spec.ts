// A dependency that goes away is an outage, not a bug: while Postgres or Temporal is down, the
// API answers 503 with Retry-After (as /health does), never 500, and once it is back the same
// requests succeed with nothing lost. The test owns both dependencies so it can stop and
// restart them on the same port and data.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, RunningPostgres, startEmbeddedPostgres } from '../../infra/dev';
import { RunningStack, startStack } from '../../infra/dev/stack';
import { RunningTemporalDevServer, startTemporalDevServer } from '../../infra/dev/temporal-dev-server';
import { ApiClient, apiClient, tokenFor as tokenOf } from './support/e2e-stack';
import { eventually, nominationSteps } from './support/nomination-steps';

jest.setTimeout(180_000);

describe('a dependency outage', () => {
  let scratch: string;
  let pg: RunningPostgres;
  let pgPort: number;
  let temporal: RunningTemporalDevServer;
  let temporalPort: number;
  let stack: RunningStack;
  let api: ApiClient;

  const startPostgres = async () => (pg = await startEmbeddedPostgres({ port: pgPort, persistent: true, dataDir: join(scratch, 'pg') }));
  const startTemporal = async () => (temporal = await startTemporalDevServer({ port: temporalPort, dbFile: join(scratch, 'temporal.sqlite'), durable: false }));
  const healthy = () => eventually(() => api.get('/health'), (r) => r.status === 200, 60_000);

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ktf-outage-'));
    await chmod(scratch, 0o755); // as root, postgres runs as another OS user that must traverse it
    [pgPort, temporalPort] = [await findFreePort(), await findFreePort()];
    await startPostgres();
    await startTemporal();
    stack = await startStack({ persistent: false, databaseUrl: pg.url, temporalAddress: temporal.address, echo: process.env.KTF_E2E_ECHO === '1' });
    api = apiClient(stack.apiUrl);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await temporal?.stop();
    await pg?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const expectUnavailable = (res: { status: number; body: any }, dependency: string) => {
    expect({ status: res.status, dependency: res.body?.dependency, type: res.body?.type }).toEqual({ status: 503, dependency, type: 'urn:ktf:problem:dependency-unavailable' });
  };

  it('answers 503 with Retry-After while Postgres is down, and carries on once it is back', async () => {
    const steps = nominationSteps(api);
    const n = await steps.create('officer.vp', 'Hà Thị Thu');

    await pg.stop();
    const vote = await fetch(`${stack.apiUrl}/nominations/${n.id}/votes`, {
      method: 'POST', headers: { authorization: `Bearer ${tokenOf('council.1')}`, 'content-type': 'application/json' }, body: JSON.stringify({ choice: 'agree' }),
    });
    expect(vote.status).toBe(503);
    expect(vote.headers.get('retry-after')).toBe('5');
    expect(vote.headers.get('content-type')).toContain('application/problem+json');
    expectUnavailable({ status: vote.status, body: await vote.json() }, 'database');
    expectUnavailable(await api.get(`/nominations/${n.id}`, 'council.1'), 'database');
    expectUnavailable(await api.get('/inbox', 'council.1'), 'database');
    expect((await api.get('/health')).status).toBe(503);

    await startPostgres();
    await healthy();
    expect((await api.post(`/nominations/${n.id}/votes`, 'council.1', { choice: 'agree' })).status).toBe(200);
    const after = await api.get(`/nominations/${n.id}/history`, 'auditor');
    expect(after.body.filter((e: { action: string }) => e.action === 'vote_cast')).toHaveLength(1);
  });

  it('answers 503 with Retry-After while Temporal is down, and carries on once it is back', async () => {
    const steps = nominationSteps(api);
    const n = await steps.create('officer.vp', 'Lò Văn Pá');

    await temporal.stop();
    const res = await api.post(`/nominations/${n.id}/votes`, 'council.2', { choice: 'agree' });
    expectUnavailable(res, 'temporal');
    expect((await api.get('/health')).status).toBe(503);
    // Reads come from the read model and go on working.
    expect((await api.get(`/nominations/${n.id}`, 'council.2')).status).toBe(200);

    await startTemporal();
    await healthy();
    expect((await api.post(`/nominations/${n.id}/votes`, 'council.2', { choice: 'agree' })).status).toBe(200);
    const history = await api.get(`/nominations/${n.id}/history`, 'auditor');
    expect(history.body.filter((e: { action: string }) => e.action === 'vote_cast')).toHaveLength(1);
  });
});
