import { Client } from 'pg';
import { signToken } from '#ktf/auth';
import { DEV_JWT_SECRET } from '#ktf/config';
import { councilId, unitId } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { ApiClient, apiClient, startE2eStack, tokenFor } from './support/e2e-stack';
import { nominationSteps } from './support/nomination-steps';

jest.setTimeout(120_000);

describe('council sessions, written opinions, recusal and separation of duties', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let steps: ReturnType<typeof nominationSteps>;

  beforeAll(async () => {
    stack = await startE2eStack();
    api = apiClient(stack.apiUrl);
    steps = nominationSteps(api);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('runs a session: batch votes, a written opinion, and a close that tallies each nomination', async () => {
    const a = await steps.create('officer.vp', 'Phan Thị Ánh');
    const b = await steps.create('officer.vp', 'Phan Văn Bảo');
    const votingDeadline = new Date(Date.now() + 3600_000).toISOString();
    expect((await api.post('/council-sessions', 'council.1', { nominationIds: [a.id, b.id] })).status).toBe(403);
    const session = await api.post('/council-sessions', 'secretary', { nominationIds: [a.id, b.id], votingDeadline });
    expect(session.status).toBe(201);
    const id = session.body.id;
    // The session's deadline becomes each nomination's voting deadline (and its durable timer).
    expect((await api.get(`/nominations/${a.id}`, 'secretary')).body.dueAt).toBe(votingDeadline);

    for (const m of ['council.1', 'council.2', 'council.3']) {
      const res = await api.post(`/council-sessions/${id}/votes`, m, {
        votes: [
          { nominationId: a.id, choice: 'agree' },
          { nominationId: b.id, choice: 'agree' },
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.results).toHaveLength(2);
    }
    const again = await api.post(`/council-sessions/${id}/votes`, 'council.1', { votes: [{ nominationId: a.id, choice: 'disagree' }] });
    expect(again.status).toBe(409);
    expect((await api.post(`/council-sessions/${id}/votes`, 'council.4', { votes: [{ nominationId: a.id, choice: 'agree' }] })).status).toBe(200);

    const council5 = (await api.get(`/nominations/${a.id}`, 'secretary')).body.council.votedMemberIds.length;
    expect(council5).toBe(4);
    const memberId = JSON.parse(Buffer.from(tokenFor('council.5').split('.')[1], 'base64url').toString()).sub;
    expect((await api.post(`/council-sessions/${id}/absent-opinions`, 'council.1', { memberId, votes: [{ nominationId: a.id, choice: 'agree' }] })).status).toBe(403);
    const opinion = await api.post(`/council-sessions/${id}/absent-opinions`, 'secretary', { memberId, votes: [{ nominationId: a.id, choice: 'agree' }] });
    expect(opinion.status).toBe(200);
    // All five have a ballot on A, so A tallied at once: 4 present (quorum 4 of 5 met) + 1 written.
    const aNow = await api.get(`/nominations/${a.id}`, 'secretary');
    expect(aNow.body.stage).toBe('appraisal');
    expect(aNow.body.tally).toMatchObject({ present: 4, written: 1, agree: 5, quorumMet: true, passed: true });
    expect((await api.post(`/council-sessions/${id}/votes`, 'council.5', { votes: [{ nominationId: b.id, choice: 'agree' }] })).status).toBe(200);

    const closed = await api.post(`/council-sessions/${id}/close`, 'secretary');
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const bResult = closed.body.nominations.find((n: { nominationId: string }) => n.nominationId === b.id);
    expect(bResult.tally).toMatchObject({ present: 4, agree: 4, passed: true });
    expect(bResult.stage).toBe('appraisal');
    expect((await api.post(`/council-sessions/${id}/votes`, 'council.2', { votes: [{ nominationId: b.id, choice: 'agree' }] })).status).toBe(409);
    const history = await api.get(`/nominations/${a.id}/history`, 'auditor');
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['council_session_scheduled', 'absent_opinion_recorded', 'vote_passed']),
    );
  });

  it('tallies with the votes cast when the secretary closes early: quorum not met → rejected', async () => {
    const n = await steps.create('officer.vp', 'Hà Thị Cúc');
    const session = await api.post('/council-sessions', 'secretary', { nominationIds: [n.id] });
    await steps.voteAll(n.id, ['council.1', 'council.2']);
    const closed = await api.post(`/council-sessions/${session.body.id}/close`, 'secretary');
    expect(closed.body.nominations[0]).toMatchObject({ status: 'rejected', tally: expect.objectContaining({ present: 2, quorumMet: false, passed: false }) });
  });

  it('refuses a session over nominations that are not in council review', async () => {
    const n = await steps.create('officer.vp', 'Hà Văn Dũng', { submit: false });
    const res = await api.post('/council-sessions', 'secretary', { nominationIds: [n.id] });
    expect(res.status).toBe(409);
    expect(res.body.stage).toBe('unit_proposal');
  });

  it('recuses a member from the nominating unit and tallies over the others', async () => {
    const n = await steps.create('officer.dongthinh', 'Lương Thị Duyên');
    const view = await api.get(`/nominations/${n.id}`, 'council.5');
    expect(view.body.allowedActions).toEqual([]);
    const refused = await api.post(`/nominations/${n.id}/votes`, 'council.5', { choice: 'agree' });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/recused/);
    await steps.voteAll(n.id, ['council.1', 'council.2', 'council.3', 'council.4']);
    const after = await api.get(`/nominations/${n.id}`, 'secretary');
    expect(after.body.stage).toBe('appraisal');
    expect(after.body.tally).toMatchObject({ members: 5, recused: 1, eligible: 4, agree: 4, passed: true });
  });

  it('never lets one person act at two stages of the same nomination', async () => {
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const dualId = '0b0f5a52-8c7e-4d3a-9f61-2a4e7c1d9b10';
    try {
      await db.query(
        `INSERT INTO users (id, username, full_name, unit_id, roles, email) VALUES ($1,'dual','Kiều Văn Song',$2,$3,'dual@ktf.local')`,
        [dualId, unitId('SO-NOI-VU'), ['council_member', 'appraiser']],
      );
      await db.query(`INSERT INTO council_members (council_id, user_id, active) VALUES ($1,$2,true)`, [councilId('HD-TDKT-TINH'), dualId]);
    } finally {
      await db.end();
    }
    const dual = signToken({ id: dualId, roles: ['council_member', 'appraiser'], unitId: unitId('SO-NOI-VU') }, { secret: DEV_JWT_SECRET, issuer: 'khen-thuong-flow' });
    const n = await steps.create('officer.vp', 'Tạ Thị Giang');
    const call = (path: string, body: unknown) =>
      fetch(`${stack.apiUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${dual}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await call(`/nominations/${n.id}/votes`, { choice: 'agree' })).status).toBe(200);
    await steps.voteAll(n.id);
    const appraise = await call(`/nominations/${n.id}/appraisal`, { decision: 'approve', reason: 'tự thẩm định' });
    expect(appraise.status).toBe(403);
    expect(((await appraise.json()) as { detail: string }).detail).toMatch(/separation of duties/);
    expect((await api.post(`/nominations/${n.id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'ok' })).status).toBe(200);
  });
});
