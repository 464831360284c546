import { Client as TemporalClient, Connection } from '@temporalio/client';
import { RunningStack } from '../../infra/dev/stack';
import { ApiClient, apiClient, HOA, stackDataConverter, startE2eStack } from './support/e2e-stack';
import { ok, TypedApi, typedApi } from './support/typed-api';
import { eventually, nominationSteps } from './support/nomination-steps';
import { createOwnUnit } from './support/unit-fixture';

jest.setTimeout(120_000);

const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];

describe('walking skeleton: a nomination flows from unit to signed decision', () => {
  let stack: RunningStack;
  let api: ApiClient;
  /** The typed client, generated from the OpenAPI document: the main flows go through it. */
  let as: TypedApi;

  beforeAll(async () => {
    stack = await startE2eStack();
    api = apiClient(stack.apiUrl);
    as = typedApi(stack.apiUrl);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  /** A nominee of the test's own: the same person proposed twice would fail appraisal's duplicate check in whichever test came second. */
  const nominee = (fullName: string) => ({ ...HOA, nominee: { ...HOA.nominee, fullName } });

  async function createdNomination(user = 'officer.vp', body = HOA) {
    const { data, response } = await as(user).POST('/nominations', { body });
    expect(response.status).toBe(201);
    return data!;
  }

  const path = (id: string) => ({ params: { path: { id } } });

  it('walks create → 5 votes → appraisal → decision, each step returning the new state', async () => {
    const created = await createdNomination('officer.vp', nominee('Đinh Thị Hạnh'));
    expect(created).toMatchObject({ stage: 'council_review', status: 'in_progress', awardCode: 'BANG_KHEN_CT_UBND' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.workflowId).toBe(`nomination-${created.id}`);
    expect(created.nominee.fullName).toBe('Đinh Thị Hạnh');

    for (const [i, member] of COUNCIL.entries()) {
      const before = await api.get(`/nominations/${created.id}`, member);
      expect(before.body.allowedActions).toEqual(['vote', 'reassign']);
      const voted = await api.post(`/nominations/${created.id}/votes`, member, { choice: 'agree' });
      expect(voted.status).toBe(200);
      expect(voted.body.allowedActions).toEqual([]);
      if (i < COUNCIL.length - 1) expect(voted.body.stage).toBe('council_review');
      else expect(voted.body.stage).toBe('appraisal');
    }

    const appraised = await ok(as('appraiser').POST('/nominations/{id}/appraisal', { ...path(created.id), body: { decision: 'approve', reason: 'Hồ sơ đầy đủ' } }), 'appraise');
    expect(appraised.stage).toBe('signing');

    // The only decision of the UBND authority this file signs (this stack is the file's own).
    const decision = await api.post('/decisions', 'chairman', { nominationIds: [created.id] });
    expect(decision.status).toBe(201);
    expect(decision.body.number).toBe('1/QĐ-UBND');
    expect(decision.body.nominationIds).toEqual([created.id]);

    const final = await ok(as('auditor').GET('/nominations/{id}', path(created.id)), 'read');
    expect(final).toMatchObject({ status: 'awarded', stage: null, decision: { number: '1/QĐ-UBND' } });
    expect(final.tally).toMatchObject({ agree: 5, disagree: 0, members: 5, passed: true });
    expect(final.allowedActions).toEqual([]);
    const actors = final.actions.map((a) => `${a.action}:${a.role}`);
    expect(actors).toEqual(expect.arrayContaining(['submitted:unit_officer', 'vote_cast:council_member', 'appraisal_approve:appraiser', 'signed:signer']));
    expect(final.actions.find((a) => a.action === 'signed')?.actorName).toBe('Nguyễn Cao Sơn');

    const events = await ok(as('auditor').GET('/nominations/{id}/history', path(created.id)), 'history');
    expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1));
    expect(events.map((e) => e.action)).toEqual([
      'created', 'submitted', 'stage_opened', 'council_pinned',
      'vote_cast', 'vote_cast', 'vote_cast', 'vote_cast', 'vote_cast', 'vote_passed', 'stage_opened',
      'appraisal_approve', 'stage_opened',
      'reserved_for_decision', 'signed', 'awarded',
    ]);
    expect(events.find((e) => e.action === 'stage_opened' && e.stageAfter === 'appraisal')?.stageBefore).toBe('council_review');
    for (const e of events) expect(new Date(e.occurredAt).toISOString()).toBe(e.occurredAt);

    const fetched = await ok(as('officer.vp').GET('/decisions/{id}', path(decision.body.id)), 'decision');
    expect(fetched.number).toBe('1/QĐ-UBND');
  });

  it('numbers decisions gap-free per authority: a commune head signs 1/QĐ-<commune>, then 2/…', async () => {
    // The commune's own authority, council and head: unit-level awards go through them, and its
    // numbers are counted apart from UBND's whatever else this file signs.
    const steps = nominationSteps(api);
    const unit = await createOwnUnit(api, 'XA-YEN-MO', 'UBND xã Yên Mô');
    const numbers: string[] = [];
    for (const name of ['Lê Văn Bình', 'Lê Thị Bích']) {
      const n = await steps.create(unit.officer, name, { awardCode: 'GIAY_KHEN' });
      const pinned = (await api.get(`/nominations/${n.id}`, 'secretary')).body;
      expect(pinned).toMatchObject({ pipeline: { code: 'unit-level', version: 1 }, council: { members: 3, recused: 0 } });
      await steps.voteAll(n.id, unit.members);
      await steps.appraise(n.id, 'approve');
      expect((await api.post('/decisions', 'chairman', { nominationIds: [n.id] })).status).toBe(403); // UBND does not sign for the commune
      numbers.push((await steps.sign([n.id], unit.head)).number);
    }
    expect(numbers).toEqual(['1/QĐ-XA-YEN-MO', '2/QĐ-XA-YEN-MO']);
  });

  describe('errors are clear and change nothing', () => {
    let id: string;
    let before: { transition: number; historyLength: number };

    beforeAll(async () => {
      id = (await createdNomination('officer.vp', nominee('Mai Văn Lực'))).id;
      const n = await api.get(`/nominations/${id}`, 'auditor');
      const h = await api.get(`/nominations/${id}/history`, 'auditor');
      before = { transition: n.body.transition, historyLength: h.body.length };
    });

    afterEach(async () => {
      const n = await api.get(`/nominations/${id}`, 'auditor');
      const h = await api.get(`/nominations/${id}/history`, 'auditor');
      expect({ transition: n.body.transition, historyLength: h.body.length }).toEqual(before);
      expect(n.body.stage).toBe('council_review');
    });

    it('401 without a token, with a problem document', async () => {
      const { error, response } = await as().GET('/nominations/{id}', path(id));
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(error).toMatchObject({ status: 401, title: 'Unauthorized' });
    });

    it('401 with a forged token', async () => {
      const res = await fetch(`${stack.apiUrl}/nominations/${id}`, { headers: { authorization: 'Bearer abc.def.ghi' } });
      expect(res.status).toBe(401);
    });

    it('403 for the wrong role', async () => {
      const { error, response } = await as('appraiser').POST('/nominations/{id}/votes', { ...path(id), body: { choice: 'agree' } });
      expect(response.status).toBe(403);
      expect(error).toMatchObject({ status: 403, code: 'forbidden' });
    });

    it('403 for another unit’s officer', async () => {
      expect((await as('officer.dongthinh').GET('/nominations/{id}', path(id))).response.status).toBe(403);
      const act = await as('officer.dongthinh').POST('/nominations/{id}/withdraw', { ...path(id), body: { reason: 'x' } });
      expect(act.response.status).toBe(403);
    });

    it('409 with the current stage for the right role in the wrong stage', async () => {
      const { error, response } = await as('appraiser').POST('/nominations/{id}/appraisal', { ...path(id), body: { decision: 'approve', reason: 'quá sớm' } });
      expect(response.status).toBe(409);
      expect(error).toMatchObject({ status: 409, code: 'stage_conflict', stage: 'council_review' });
    });

    it('400 with field messages for an invalid body', async () => {
      const res = await api.post(`/nominations/${id}/votes`, 'council.1', { choice: 'maybe', extra: 1 });
      expect(res.status).toBe(400);
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
      expect(fields).toEqual(['choice', 'extra']);
      const bad = await api.post('/nominations', 'officer.vp', { awardCode: 'x', nominee: { kind: 'robot' } });
      expect(bad.status).toBe(400);
      expect((bad.body.errors as { field: string }[]).map((e) => e.field)).toEqual(
        expect.arrayContaining(['awardCode', 'nominee.kind', 'nominee.fullName', 'achievements']),
      );
      const notJson = await api.post(`/nominations/${id}/votes`, 'council.1', '{not json');
      expect(notJson.status).toBe(400);
    });

    it('404 for an unknown id, 400 for a malformed one', async () => {
      expect((await api.get('/nominations/5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d', 'auditor')).status).toBe(404);
      expect((await api.post('/nominations/5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d/votes', 'council.1', { choice: 'agree' })).status).toBe(404);
      expect((await api.get('/nominations/not-a-uuid', 'auditor')).status).toBe(400);
    });

    it('422 for an award code that is not in the catalog', async () => {
      const res = await api.post('/nominations', 'officer.vp', { ...HOA, awardCode: 'HUAN_CHUONG_KHONG_CO' });
      expect(res.status).toBe(422);
    });
  });

  it('creates once per Idempotency-Key', async () => {
    const params = { header: { 'Idempotency-Key': `e2e-${Date.now()}` } };
    const body = nominee('Kiều Thị Lặp');
    const first = await as('officer.vp').POST('/nominations', { params, body });
    const again = await as('officer.vp').POST('/nominations', { params, body });
    expect(first.response.status).toBe(201);
    expect(again.response.status).toBe(200);
    expect(again.data!.id).toBe(first.data!.id);
    expect(again.data!.stage).toBe('council_review');
    const history = await ok(as('auditor').GET('/nominations/{id}/history', path(first.data!.id)), 'history');
    expect(history.filter((e) => e.action === 'submitted')).toHaveLength(1);
  });

  it('loses nothing when the worker restarts mid-flow', async () => {
    const n = await createdNomination('officer.vp', nominee('Tôn Văn Khởi'));
    const vote = (member: string) => as(member).POST('/nominations/{id}/votes', { ...path(n.id), body: { choice: 'agree' } });
    await ok(vote('council.1'), 'vote');
    await stack.stopWorker();
    // Accepted while no worker runs: the Update waits in Temporal until a worker returns.
    let answered = false;
    const pending = api.post(`/nominations/${n.id}/votes`, 'council.2', { choice: 'agree' }).finally(() => (answered = true));
    const temporal = new TemporalClient({ connection: await Connection.connect({ address: stack.temporalAddress }), dataConverter: stackDataConverter(stack) });
    try {
      // The vote has reached Temporal once the workflow has a task waiting for a worker.
      const handle = temporal.workflow.getHandle(n.workflowId);
      await eventually(() => handle.describe(), (d) => d.raw.pendingWorkflowTask != null, 15_000, 'the vote to wait in Temporal');
    } finally {
      await temporal.connection.close();
    }
    expect(answered).toBe(false);
    await stack.startWorker();
    expect((await pending).status).toBe(200);
    for (const m of ['council.3', 'council.4', 'council.5']) expect((await vote(m)).response.status).toBe(200);
    const after = await ok(as('auditor').GET('/nominations/{id}', path(n.id)), 'read');
    expect(after.stage).toBe('appraisal');
    expect(after.tally).toMatchObject({ agree: 5, present: 5 });
    const history = await ok(as('auditor').GET('/nominations/{id}/history', path(n.id)), 'history');
    expect(history.filter((e) => e.action === 'vote_cast')).toHaveLength(5);
    expect(history.map((e) => e.sequence)).toEqual(history.map((_, i) => i + 1));
  });

  it('serves /health without a token and OpenAPI at /docs', async () => {
    expect(await ok(as().GET('/health'), 'health')).toEqual({ status: 'ok', database: 'up', temporal: 'up' });
    const docs = await fetch(`${stack.apiUrl}/docs-json`);
    const spec = (await docs.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/nominations', '/nominations/{id}/votes', '/decisions']));
  });
});
