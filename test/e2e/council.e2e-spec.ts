import { councilId, unitId, userId } from '#ktf/persistence';
import { TestUser, tokenFor } from './support/e2e-stack';
import { COUNCIL } from './support/nomination-steps';
import { createUser } from './support/unit-fixture';
import { useE2eStack } from './support/use-e2e-stack';

jest.setTimeout(120_000);

describe('council sessions, written opinions, recusal and separation of duties', () => {
  const { api, steps } = useE2eStack();

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

    const batch = {
      votes: [
        { nominationId: a.id, choice: 'agree' },
        { nominationId: b.id, choice: 'agree' },
      ],
    };
    for (const m of ['council.1', 'council.2', 'council.3']) {
      const res = await api.post(`/council-sessions/${id}/votes`, m, batch, { 'Idempotency-Key': `batch-${m}` });
      expect(res.status).toBe(200);
      expect(res.body.results).toHaveLength(2);
    }
    // A batch sent again with its key (its answer lost): answered, no ballot taken twice.
    const repeated = await api.post(`/council-sessions/${id}/votes`, 'council.1', batch, { 'Idempotency-Key': 'batch-council.1' });
    expect(repeated.status).toBe(200);
    expect(repeated.body.results).toHaveLength(2);
    for (const n of [a, b]) expect((await api.get(`/nominations/${n.id}`, 'secretary')).body.council.votedMemberIds).toHaveLength(3);
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

  it('lists sessions for the council and shows each member, on the agenda, what they may do and who is recused', async () => {
    const own = await steps.create('officer.dongthinh', 'Đinh Thị Giang');
    const other = await steps.create('officer.vp', 'Đinh Văn Hải');
    const created = await api.post('/council-sessions', 'secretary', { nominationIds: [own.id, other.id] });
    expect(created.status).toBe(201);
    const council5 = userId('council.5');
    const agenda = (await api.get(`/council-sessions/${created.body.id}`, 'council.5')).body.nominations as any[];
    // council.5 belongs to Đông Thịnh: recused from its nomination (and told so), free to vote on the other.
    expect(agenda.map((n) => [n.nomineeName, n.allowedActions, n.council.recusedMemberIds])).toEqual([
      ['Đinh Thị Giang', [], [council5]],
      ['Đinh Văn Hải', ['vote', 'reassign'], []],
    ]);

    const listed = await api.get('/council-sessions?status=open', 'council.1');
    expect(listed.status).toBe(200);
    expect(listed.body[0]).toEqual({
      id: created.body.id,
      status: 'open',
      votingDeadline: null,
      createdAt: created.body.createdAt,
      closedAt: null,
      nominationCount: 2,
    });
    await api.post(`/council-sessions/${created.body.id}/close`, 'secretary');
    const openIds = (await api.get('/council-sessions?status=open', 'auditor')).body.map((s: { id: string }) => s.id);
    const closedIds = (await api.get('/council-sessions?status=closed', 'auditor')).body.map((s: { id: string }) => s.id);
    expect([openIds.includes(created.body.id), closedIds.includes(created.body.id)]).toEqual([false, true]);
    expect((await api.get('/council-sessions', 'officer.vp')).status).toBe(403);
    const bad = await api.get('/council-sessions?status=draft', 'council.1');
    expect(bad.status).toBe(400);
  });

  describe('users with several roles', () => {
    const FIVE = COUNCIL.map(userId);
    const PROVINCE = councilId('HD-TDKT-TINH');
    type Event = { action: string; actorId: string; actorRole: string };
    const history = async (id: string) => (await api.get(`/nominations/${id}/history`, 'auditor')).body as Event[];
    const rolesOf = (events: Event[], who: TestUser) => events.filter((e) => e.actorId === who.id).map((e) => [e.action, e.actorRole]);

    /** Runs `fn` with `extra` on the provincial council beside the five, then restores the five. */
    async function alsoOnTheCouncil<T>(extra: TestUser, fn: () => Promise<T>): Promise<T> {
      await steps.expectOk(api.put(`/councils/${PROVINCE}/members`, 'admin', { memberIds: [...FIVE, extra.id] }), 'add member');
      try {
        return await fn();
      } finally {
        await steps.expectOk(api.put(`/councils/${PROVINCE}/members`, 'admin', { memberIds: FIVE }), 'restore members');
      }
    }

    it('a commune officer on the provincial council proposes for the commune, is recused from it, and votes on others', async () => {
      const both = await createUser(api, unitId('XA-DONG-THINH'), 'officer-member.dongthinh', ['unit_officer', 'council_member'], 'Đinh Thị Kiêm');
      await alsoOnTheCouncil(both, async () => {
        const own = await steps.create(both, 'Lã Văn Xã');
        const ownView = (await api.get(`/nominations/${own.id}`, both)).body;
        expect(ownView).toMatchObject({ unitId: unitId('XA-DONG-THINH'), council: { members: 6, recused: 2 }, allowedActions: ['withdraw'] });
        // Refused twice over: it served the nomination for the unit, and it is recused.
        const vote = await api.post(`/nominations/${own.id}/votes`, both, { choice: 'agree' });
        expect([vote.status, vote.body.detail]).toEqual([403, expect.stringMatching(/separation of duties/)]);

        const other = await steps.create('officer.vp', 'Lã Thị Tỉnh');
        const draft = await steps.create(both, 'Lã Văn Nháp', { submit: false });
        expect((await api.get(`/nominations/${other.id}`, both)).body).toMatchObject({ council: { members: 6, recused: 0 }, allowedActions: ['vote', 'reassign'] });
        const inbox = ((await api.get('/inbox?limit=100', both)).body.items as { id: string; expectedActions: string[] }[]).map((i) => [i.id, i.expectedActions]);
        expect(inbox).toEqual(expect.arrayContaining([[other.id, ['vote']], [draft.id, ['submit']]]));
        expect(inbox.map(([id]) => id)).not.toContain(own.id);
        // As a council member it reads every unit's nominations, but acts for its own unit only.
        const listed = ((await api.get('/nominations?limit=100', both)).body.items as { id: string }[]).map((i) => i.id);
        expect(listed).toEqual(expect.arrayContaining([own.id, other.id, draft.id]));
        expect((await api.post(`/nominations/${other.id}/withdraw`, both, { reason: 'x' })).status).toBe(403);
        await steps.vote(other.id, both);

        expect(rolesOf(await history(own.id), both)).toEqual([
          ['created', 'unit_officer'], ['submitted', 'unit_officer'], ['stage_opened', 'unit_officer'], ['council_pinned', 'unit_officer'],
        ]);
        expect(rolesOf(await history(other.id), both)).toEqual([['vote_cast', 'council_member']]);
      });
    });

    it('an appraiser on the council votes, then may not appraise the same nomination; each event and refusal names the role it acted in', async () => {
      const dual = await createUser(api, unitId('SO-NOI-VU'), 'dual.sonoivu', ['appraiser', 'council_member'], 'Kiều Văn Song');
      await alsoOnTheCouncil(dual, async () => {
        const n = await steps.create('officer.vp', 'Tạ Thị Giang');
        await steps.voteAll(n.id); // the five
        expect((await api.get(`/nominations/${n.id}`, dual)).body.allowedActions).toEqual(['vote', 'reassign']);
        expect((await steps.vote(n.id, dual)).stage).toBe('appraisal'); // the sixth ballot closes the tally
        expect((await api.post(`/nominations/${n.id}/votes`, dual, { choice: 'agree' })).status).toBe(409);
        expect((await api.get(`/nominations/${n.id}`, dual)).body.allowedActions).toEqual([]);
        const appraise = await api.post(`/nominations/${n.id}/appraisal`, dual, { decision: 'approve', reason: 'tự thẩm định' });
        expect(appraise.status).toBe(403);
        expect(appraise.body.detail).toMatch(/separation of duties/);
        await steps.appraise(n.id, 'approve');

        expect(rolesOf(await history(n.id), dual)).toEqual([['vote_cast', 'council_member'], ['vote_passed', 'council_member'], ['stage_opened', 'council_member']]);
        const denied = (await api.get(`/audit/events?subjectType=access&subjectId=${n.id}`, 'auditor')).body.items as (Event & { payload: { attemptedAction: string } })[];
        expect(denied.map((e) => [e.payload.attemptedAction, e.actorRole])).toEqual([['vote', 'council_member'], ['appraise', 'appraiser']]);
      });
    });

    it('an appraiser who also signs for UBND signs what others appraised, never what it appraised', async () => {
      const deputy = await createUser(api, unitId('UBND-TINH'), 'deputy.ubnd', ['appraiser', 'signer'], 'Phạm Văn Phó', 'UBND');
      const [mine, theirs] = [await steps.create('officer.vp', 'Vũ Văn Một'), await steps.create('officer.vp', 'Vũ Thị Hai')];
      for (const n of [mine, theirs]) await steps.voteAll(n.id);
      await steps.expectOk(api.post(`/nominations/${mine.id}/appraisal`, deputy, { decision: 'approve', reason: 'Đủ điều kiện' }), 'appraise');
      await steps.appraise(theirs.id, 'approve');
      expect((await api.get(`/nominations/${mine.id}`, deputy)).body.allowedActions).toEqual([]);
      expect((await api.get(`/nominations/${theirs.id}`, deputy)).body.allowedActions).toEqual(['sign', 'return']);
      const inbox = ((await api.get('/inbox?limit=100', deputy)).body.items as { id: string }[]).map((i) => i.id);
      expect(inbox).toContain(theirs.id);
      expect(inbox).not.toContain(mine.id);
      const refused = await api.post('/decisions', deputy, { nominationIds: [mine.id] });
      expect([refused.status, refused.body.detail]).toEqual([403, expect.stringMatching(/separation of duties/)]);
      // The only decisions of this file's stack: the refused one took no number.
      expect((await steps.sign([theirs.id], deputy)).number).toBe('1/QĐ-UBND');
      expect((await steps.sign([mine.id])).number).toBe('2/QĐ-UBND');
      expect(rolesOf(await history(theirs.id), deputy)).toEqual([['reserved_for_decision', 'signer'], ['signed', 'signer'], ['awarded', 'signer']]);
      expect(rolesOf(await history(mine.id), deputy)).toEqual([['appraisal_approve', 'appraiser'], ['stage_opened', 'appraiser']]);
    });
  });
});
