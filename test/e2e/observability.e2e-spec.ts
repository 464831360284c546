import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { SEED_USERS, userId } from '#ktf/persistence';
import { SERVICE_HEAP_ARGS } from '../../infra/dev/service-heap';
import { RunningStack } from '../../infra/dev/stack';
import { ApiClient, apiClient, HOA, stackDataConverter, startE2eStack, tokenFor } from './support/e2e-stack';
import { COUNCIL, eventually, nominationSteps } from './support/nomination-steps';

jest.setTimeout(180_000);

/** Prometheus text as `name{label="v",…}` → value (labels in the order the exporter wrote them). */
async function scrape(url: string): Promise<Map<string, number>> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const series = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    series.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return series;
}

/** The sum over the series of `name` whose labels include all of `labels` (absent: 0). */
function valueOf(series: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const [key, value] of series) {
    const brace = key.indexOf('{');
    if ((brace < 0 ? key : key.slice(0, brace)) !== name) continue;
    if (Object.entries(labels).every(([k, v]) => key.includes(`${k}="${v}"`))) sum += value;
  }
  return sum;
}

/** Every output line parsed as JSON (a line that is not JSON fails the test, naming it). */
function logLines(lines: string[]): Record<string, unknown>[] {
  return lines.map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`not a JSON log line: ${line}`);
    }
  });
}

describe('observability: metrics, structured logs', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let steps: ReturnType<typeof nominationSteps>;
  let db: PgClient;

  beforeAll(async () => {
    stack = await startE2eStack({ DB_POOL_SIZE: '7' });
    api = apiClient(stack.apiUrl);
    steps = nominationSteps(api);
    db = new PgClient({ connectionString: stack.databaseUrl });
    await db.connect();
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  });

  describe('metrics', () => {
    it('counts a nomination’s requests, Updates, activities, audit appends and stages by the exact amounts', async () => {
      const [apiBefore, workerBefore, sdkBefore] = await Promise.all([scrape(stack.metricsUrls.api), scrape(stack.metricsUrls.worker), scrape(stack.metricsUrls.temporalSdk)]);
      const created = await steps.create('officer.vp', 'Vương Thị Mẫn');
      await steps.voteAll(created.id);
      const history = (await steps.expectOk(api.get(`/nominations/${created.id}/history`, 'auditor'), 'history')) as unknown[];

      const apiAfter = await scrape(stack.metricsUrls.api);
      const apiDelta = (name: string, labels: Record<string, string> = {}) => valueOf(apiAfter, name, labels) - valueOf(apiBefore, name, labels);
      expect(apiDelta('ktf_http_request_duration_seconds_count', { method: 'POST', route: '/nominations', status: '201' })).toBe(1);
      expect(apiDelta('ktf_http_request_duration_seconds_count', { method: 'POST', route: '/nominations/:id/votes', status: '200' })).toBe(5);
      expect(apiDelta('ktf_http_request_duration_seconds_count', { method: 'GET', route: '/nominations/:id/history', status: '200' })).toBe(1);
      expect(apiDelta('ktf_workflow_update_duration_seconds_count', { action: 'submit', outcome: 'ok' })).toBe(1);
      expect(apiDelta('ktf_workflow_update_duration_seconds_count', { action: 'vote', outcome: 'ok' })).toBe(5);
      // The nomination moved from council review on to appraisal (the read model, at scrape time).
      expect(apiDelta('ktf_nominations', { stage: 'appraisal' })).toBe(1);
      expect(apiDelta('ktf_nominations', { stage: 'council_review' })).toBe(0);
      expect(valueOf(apiAfter, 'ktf_db_pool_max')).toBe(7);
      expect(valueOf(apiAfter, 'ktf_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);

      // The worker wrote every event of the nomination's chain, and timed each activity it ran;
      // the SDK's own exporter counted the same activity executions.
      const workerAfter = await eventually(
        () => scrape(stack.metricsUrls.worker),
        (s) => valueOf(s, 'ktf_audit_appends_total', { subject_type: 'nomination' }) - valueOf(workerBefore, 'ktf_audit_appends_total', { subject_type: 'nomination' }) === history.length,
        10_000,
        `${history.length} nomination audit appends`,
      );
      const ran = valueOf(workerAfter, 'ktf_activity_duration_seconds_count') - valueOf(workerBefore, 'ktf_activity_duration_seconds_count');
      expect(ran).toBeGreaterThanOrEqual(6); // at least one transition recorded per Update
      expect(valueOf(workerAfter, 'ktf_activity_failures_total') - valueOf(workerBefore, 'ktf_activity_failures_total')).toBe(0);
      // Core names its histograms with a unit suffix or not by version; local activities apart.
      const sdkActivities = (s: Map<string, number>) =>
        [...s].filter(([k]) => /^temporal_(local_)?activity_execution_latency[a-z_]*_count\b/.test(k)).reduce((sum, [, v]) => sum + v, 0);
      await eventually(
        () => scrape(stack.metricsUrls.temporalSdk),
        (s) => sdkActivities(s) - sdkActivities(sdkBefore) === ran,
        10_000,
        `${ran} activity executions in the SDK's metrics`,
      ).catch(async (e: Error) => {
        const names = [...new Set([...(await scrape(stack.metricsUrls.temporalSdk)).keys()].map((k) => k.split('{')[0]))];
        throw new Error(`${e.message}; the SDK exports: ${names.join(', ')}`);
      });
    });

    it('counts an overdue nomination from the read model', async () => {
      const created = await steps.create('officer.vp', 'Hà Văn Quế');
      const before = await scrape(stack.metricsUrls.api);
      // The test's own nomination, made overdue in the read model the gauge reads.
      await db.query(`UPDATE nominations SET due_at = now() - interval '1 day' WHERE id = $1`, [created.id]);
      const after = await scrape(stack.metricsUrls.api);
      expect(valueOf(after, 'ktf_nominations_overdue') - valueOf(before, 'ktf_nominations_overdue')).toBe(1);
    });

    it('serves metrics on their own port only: not on the API, nothing else on the metrics port', async () => {
      expect((await fetch(`${stack.apiUrl}/metrics`)).status).toBe(404);
      expect((await fetch(stack.metricsUrls.api.replace('/metrics', '/health'))).status).toBe(404);
      expect((await fetch(stack.metricsUrls.worker, { method: 'POST' })).status).toBe(404);
    });
  });

  describe('runtime', () => {
    it('runs the API and the worker with the heap flags that keep their collections rare (README "Performance")', () => {
      const argsOf = (pid: number | undefined) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      for (const pid of [stack.apiPid(), stack.workerPid()]) expect(argsOf(pid)).toEqual(expect.arrayContaining([...SERVICE_HEAP_ARGS]));
    });
  });

  describe('logs', () => {
    it('writes JSON lines with the request id, the actor id and the nomination', async () => {
      const created = await steps.create('officer.vp', 'Lục Thị Xuân');
      const res = await fetch(`${stack.apiUrl}/nominations/${created.id}/votes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokenFor('council.1')}`, 'content-type': 'application/json', 'x-request-id': `obs-vote-${created.id}` },
        body: JSON.stringify({ choice: 'agree' }),
      });
      expect(res.status).toBe(200);
      const line = await eventually(
        async () => logLines(stack.recentOutput().api).find((l) => l.requestId === `obs-vote-${created.id}`),
        (l) => l !== undefined,
      );
      expect(line).toMatchObject({ level: 'info', service: 'api', msg: 'request', actorId: userId('council.1'), nominationId: created.id, method: 'POST', route: '/nominations/:id/votes', status: 200 });
      expect(typeof line?.time).toBe('string');
      for (const l of logLines(stack.recentOutput().api)) {
        expect(l).toEqual(expect.objectContaining({ level: expect.any(String), time: expect.any(String), service: 'api' }));
        expect(Object.keys(l)).toEqual(expect.arrayContaining(['level', 'time', 'requestId', 'actorId', 'msg']));
      }
    });

    it('writes the worker’s and the Temporal runtime’s lines in the same format, with workflow, run and nomination ids', async () => {
      await stack.stopWorker();
      await stack.startWorker({ LOG_LEVEL: 'debug' });
      try {
        const created = await steps.create('officer.vp', 'Mạc Văn Sơn');
        const withIds = await eventually(
          async () => logLines(stack.recentOutput().worker).filter((l) => l.nominationId === created.id),
          (ls) => ls.some((l) => typeof l.activityType === 'string'),
        );
        // The SDK's line after the attempt: the create request's ids reached it through the workflow.
        const activityLine = await eventually(
          async () => logLines(stack.recentOutput().worker).find((l) => l.nominationId === created.id && l.msg === 'Activity completed'),
          (l) => l !== undefined,
        );
        expect(activityLine).toMatchObject({
          service: 'worker',
          level: 'debug',
          activityType: 'recordTransition',
          workflowId: `nomination-${created.id}`,
          runId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          actorId: userId('officer.vp'),
        });
        expect(withIds.length).toBeGreaterThan(0);
        expect(activityLine).not.toHaveProperty('taskToken');
        // The attempt's start is logged where its request is known: once, with the request's ids
        // (the SDK's own line, written before any interceptor saw the headers, is left out).
        const started = logLines(stack.recentOutput().worker).filter((l) => l.nominationId === created.id && l.msg === 'Activity started' && l.activityType === 'recordTransition');
        expect(started).toHaveLength(1);
        expect(started[0]).toMatchObject({ level: 'debug', requestId: activityLine?.requestId, actorId: userId('officer.vp') });
        for (const l of logLines(stack.recentOutput().worker)) expect(Object.keys(l)).toEqual(expect.arrayContaining(['level', 'time', 'requestId', 'actorId', 'msg', 'service']));
      } finally {
        await stack.stopWorker();
        await stack.startWorker();
      }
    });

    it('runs workflows without the SDK promise hook unless TEMPORAL_WORKFLOW_STACK_TRACES=true (the __stack_trace query tells which)', async () => {
      const created = await steps.create('officer.vp', 'Đoàn Thị Ngát');
      const temporal = new TemporalClient({ connection: await Connection.connect({ address: stack.temporalAddress }), dataConverter: stackDataConverter(stack) });
      const workflow = temporal.workflow.getHandle(`nomination-${created.id}`);
      try {
        // The stack's worker runs with the preload: no hook, so the SDK reports stack traces disabled.
        await expect(workflow.query<string>('__stack_trace')).rejects.toThrow(/stack traces are not enabled/);
        expect(logLines(stack.recentOutput().worker).some((l) => l.msg === 'worker: workflow stack traces off (TEMPORAL_WORKFLOW_STACK_TRACES=true turns them on)')).toBe(true);
        await stack.stopWorker();
        await stack.startWorker({ TEMPORAL_WORKFLOW_STACK_TRACES: 'true' });
        // With the hook: where the nomination's workflow waits, in its own source (source-mapped).
        expect(await workflow.query<string>('__stack_trace')).toMatch(/nomination\.workflow\.ts/);
        expect(logLines(stack.recentOutput().worker).some((l) => l.msg === 'worker: workflow stack traces on')).toBe(true);
      } finally {
        await temporal.connection.close();
        await stack.stopWorker();
        await stack.startWorker();
      }
    });

    it('gives the worker’s lines of what a request caused its request and actor ids: a vote’s transition, a decision’s Updates to its nominations', async () => {
      const created = await steps.create('officer.vp', 'Lã Văn Thịnh');
      const voteRequest = randomUUID();
      await steps.expectOk(api.post(`/nominations/${created.id}/votes`, 'council.1', { choice: 'agree' }, { 'x-request-id': voteRequest }), 'vote');
      const ofVote = await eventually(
        async () => logLines(stack.recentOutput().worker).filter((l) => l.requestId === voteRequest),
        (ls) => ls.some((l) => l.msg === 'transition recorded'),
      );
      expect(ofVote.find((l) => l.msg === 'transition recorded')).toMatchObject({
        service: 'worker',
        level: 'info',
        actorId: userId('council.1'),
        nominationId: created.id,
        workflowId: `nomination-${created.id}`,
        runId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        activityType: 'recordTransition',
        actions: ['vote_cast'],
        stage: 'council_review',
      });
      for (const l of ofVote) expect([l.actorId, l.nominationId]).toEqual([userId('council.1'), created.id]);

      // A decision of one nomination: its own workflow reserves and signs it (one Update from the API).
      for (const member of COUNCIL.slice(1)) await steps.vote(created.id, member);
      await steps.appraise(created.id, 'approve');
      const signRequest = randomUUID();
      await steps.expectOk(api.post('/decisions', 'chairman', { nominationIds: [created.id] }, { 'x-request-id': signRequest }), 'sign');
      const ofSign = await eventually(
        async () => logLines(stack.recentOutput().worker).filter((l) => l.requestId === signRequest),
        (ls) => ls.some((l) => l.msg === 'transition recorded' && l.nominationId === created.id && (l.actions as string[]).includes('awarded')),
      );
      for (const l of ofSign) expect(l.actorId).toBe(userId('chairman'));
      const recorded = ofSign.filter((l) => l.msg === 'transition recorded');
      expect(recorded.map((l) => [l.nominationId, l.actions])).toEqual([
        [created.id, ['reserved_for_decision']],
        [created.id, ['signed', 'awarded']],
      ]);
    });

    it('gives a council session’s close request id to the worker’s lines of the nominations it closed', async () => {
      const created = await steps.create('officer.vp', 'Tạ Thị Hoà');
      const session = await steps.expectOk(api.post('/council-sessions', 'secretary', { nominationIds: [created.id] }), 'session');
      const closeRequest = randomUUID();
      await steps.expectOk(api.post(`/council-sessions/${session.id}/close`, 'secretary', undefined, { 'x-request-id': closeRequest }), 'close');
      const ofClose = await eventually(
        async () => logLines(stack.recentOutput().worker).filter((l) => l.requestId === closeRequest && l.msg === 'transition recorded'),
        (ls) => ls.length > 0,
      );
      expect(ofClose).toEqual([
        expect.objectContaining({ actorId: userId('secretary'), nominationId: created.id, activityType: 'recordTransition', actions: ['voting_closed', 'vote_failed', 'rejected'] }),
      ]);
    });

    it('logs no personal data and no vote choice through a whole nomination', async () => {
      const nominee = 'Quách Thị Nguyệt Ánh';
      const created = await steps.create('officer.vp', nominee, { achievements: 'Sáng kiến số hoá hồ sơ thi đua của tỉnh Phú An' });
      for (const [i, member] of COUNCIL.entries()) {
        const choice = i === 4 ? 'abstain' : 'agree';
        await steps.expectOk(api.post(`/nominations/${created.id}/votes`, member, { choice }), `vote ${member}`);
      }
      await steps.appraise(created.id, 'approve');
      await steps.sign([created.id]);
      const output = stack.recentOutput();
      const text = [...output.api, ...output.worker].join('\n');
      expect(text).toContain(created.id); // the run is in the logs…
      for (const name of [nominee, 'Phú An', HOA.nominee.fullName, ...SEED_USERS.map((u) => u.fullName)]) expect(text).not.toContain(name); // …its people are not
      expect(text).not.toMatch(/\b(agree|disagree|abstain)\b/);
    });
  });
});
