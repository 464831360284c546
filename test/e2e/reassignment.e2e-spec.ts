// Reassigning a pending task (issue 15): a council member going on leave passes their vote to
// another member of the same council, an admin passes an appraisal to another appraiser. The
// inbox, allowed actions and notices follow the new person; the old one loses the task; each
// change is one `task_reassigned` event in the verified chain. Each test has its own unit.
import { unitId, userId } from '#ktf/persistence';

import { Caller } from './support/e2e-stack';

import { createOwnUnit, createUser } from './support/unit-fixture';
import { useE2eStack } from './support/use-e2e-stack';

jest.setTimeout(180_000);

describe('reassigning a pending council vote or appraisal', () => {
  const { api, steps } = useE2eStack();

  const inboxIds = async (who: Caller) => ((await api.get('/inbox?limit=100', who)).body.items as { id: string; expectedActions: string[] }[]).map((i) => [i.id, i.expectedActions]);
  const reassignments = async (id: string) =>
    ((await api.get(`/audit/events?subjectType=nomination&subjectId=${id}&action=task_reassigned`, 'auditor')).body.items as any[]).map((e) => [e.actorId, e.actorRole, e.reason, e.payload]);
  const verified = async (id: string) => (await api.get(`/audit/verify?subject=${id}&subjectType=nomination`, 'auditor')).body;

  it('a member going on leave passes their vote to another member of the council; the new member votes, the old one no longer can', async () => {
    const unit = await createOwnUnit(api, 'XA-KHANH-AN', 'UBND xã Khánh An', 3);
    const n = await steps.create(unit.officer, 'Phan Thị Chuyển', { awardCode: 'GIAY_KHEN' });
    const [leaving, staying, third] = unit.members;
    // A substitute joins the council after the vote was pinned (the pinned seats stay three).
    const substitute = await createUser(api, unit.id, 'member4.xa-khanh-an', ['council_member'], 'Vũ Văn Thay');
    const outsider = await createUser(api, unit.id, 'outsider.xa-khanh-an', ['council_member'], 'Lò Văn Ngoài');
    expect((await api.put(`/councils/${unit.councilId}/members`, 'admin', { memberIds: [...unit.members.map((m) => m.id), substitute.id] })).status).toBe(200);
    const ask = (by: Caller, body: Record<string, unknown>) => api.post(`/nominations/${n.id}/reassign`, by, { task: 'council_vote', from: leaving.id, to: substitute.id, reason: 'Nghỉ phép năm', ...body });

    const before = (await api.get(`/nominations/${n.id}`, leaving)).body;
    expect(before.allowedActions).toEqual(['vote', 'reassign']);
    // Refused, and nothing changes: someone else, a malformed request, the wrong stage, an ineligible person.
    expect((await ask(staying, {})).status).toBe(403);
    expect((await ask(leaving, { reason: '   ' })).status).toBe(400);
    expect((await ask(leaving, { task: 'signing' })).status).toBe(400);
    expect((await ask(leaving, { task: 'appraisal' })).status).toBe(409);
    const notOnCouncil = await ask(leaving, { to: outsider.id });
    expect([notOnCouncil.status, notOnCouncil.body.reason]).toEqual([422, 'council']);
    const seated = await ask('admin', { to: staying.id });
    expect([seated.status, seated.body.reason]).toEqual([422, 'already_member']);
    const wrongRole = await ask('admin', { to: unit.officer.id });
    expect([wrongRole.status, wrongRole.body.reason]).toEqual([422, 'role']);
    const nobody = await ask('admin', { to: '5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d' });
    expect([nobody.status, nobody.body.reason]).toEqual([422, 'unknown_user']);
    await steps.vote(n.id, staying);
    const voted = await ask('admin', { from: staying.id });
    expect([voted.status, voted.body.detail]).toEqual([409, 'this member has already voted; the vote is no longer pending']);
    expect(await reassignments(n.id)).toEqual([]);

    const res = await ask(leaving, { reason: '  Nghỉ phép năm từ 01/12 đến 12/12  ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ stage: 'council_review', allowedActions: [] });
    expect(res.body.council.memberIds).toEqual(before.council.memberIds.map((id: string) => (id === leaving.id ? substitute.id : id)));

    // The inbox and allowed actions follow the new member; the old one has nothing left to do.
    expect((await api.get(`/nominations/${n.id}`, substitute)).body.allowedActions).toEqual(['vote', 'reassign']);
    expect((await inboxIds(substitute)).filter(([id]) => id === n.id)).toEqual([[n.id, ['vote']]]);
    expect((await inboxIds(leaving)).filter(([id]) => id === n.id)).toEqual([]);
    expect((await api.post(`/nominations/${n.id}/votes`, leaving, { choice: 'agree' })).status).toBe(403);
    // The substitute is told at once (a notice of its own, in their notifications).
    const told = ((await api.get('/me/notifications', substitute)).body.items as { nominationId: string; kind: string; title: string }[]).filter((i) => i.nominationId === n.id);
    expect(told.map((i) => [i.kind, i.title])).toEqual([['assigned', 'Hồ sơ được chuyển cho đồng chí xử lý: Giấy khen cho Phan Thị Chuyển']]);
    expect((await ask(leaving, {})).body.detail).toBe('this person holds no vote on this nomination');

    expect(await reassignments(n.id)).toEqual([
      [leaving.id, 'council_member', 'Nghỉ phép năm từ 01/12 đến 12/12', { task: 'council_vote', from: leaving.id, to: substitute.id, by: leaving.id }],
    ]);
    expect(await verified(n.id)).toMatchObject({ ok: true, firstBroken: null });

    // The substitute's ballot counts as the seat's: the three seats voted, the tally moves on.
    await steps.vote(n.id, third);
    expect((await steps.vote(n.id, substitute)).stage).toBe('appraisal');
  });

  it('lists whom a pending vote may pass to: eligible members of that council only, in Vietnamese order, each one accepted', async () => {
    const unit = await createOwnUnit(api, 'XA-DONG-TAM', 'UBND xã Đồng Tâm', 3);
    const n = await steps.create(unit.officer, 'Hà Văn Danh', { awardCode: 'GIAY_KHEN' });
    const [holder, seated] = unit.members;
    // Joined after the vote was pinned: not seated, so eligible. Named so that code-point order
    // (B, D, Â, Đ) differs from Vietnamese order (Â, B, D, Đ).
    const joined = [];
    for (const [i, name] of ['Đỗ Văn Đông', 'Dương Thị Hà', 'Âu Thị Lan', 'Bùi Văn An'].entries()) {
      joined.push(await createUser(api, unit.id, `extra${i}.xa-dong-tam`, ['council_member'], name));
    }
    const notOnCouncil = await createUser(api, unit.id, 'outsider.xa-dong-tam', ['council_member'], 'Âu Văn Ngoài');
    expect((await api.put(`/councils/${unit.councilId}/members`, 'admin', { memberIds: [...unit.members.map((m) => m.id), ...joined.map((u) => u.id)] })).status).toBe(200);
    const candidates = (by: Caller, task = 'council_vote') => api.get(`/nominations/${n.id}/reassignment-candidates?task=${task}`, by);

    const listed = await candidates(holder);
    expect(listed.status).toBe(200);
    expect(listed.body.map((c: { fullName: string }) => c.fullName)).toEqual(['Âu Thị Lan', 'Bùi Văn An', 'Dương Thị Hà', 'Đỗ Văn Đông']);
    expect(listed.body[0]).toEqual({ id: joined[2].id, fullName: 'Âu Thị Lan', unitId: unit.id });
    expect(listed.body.map((c: { id: string }) => c.id)).not.toContain(notOnCouncil.id);
    expect((await candidates('admin')).body).toEqual(listed.body);
    // Who may not reassign may not list either; the wrong task's stage, or no task, is refused.
    expect((await candidates(unit.officer)).status).toBe(403);
    expect((await candidates(holder, 'appraisal')).status).toBe(409);
    expect((await candidates(holder, 'signing')).status).toBe(400);
    // Every one listed would be accepted: the last one is, and then it is seated and no longer listed.
    const last = listed.body.at(-1) as { id: string };
    const moved = await api.post(`/nominations/${n.id}/reassign`, holder, { task: 'council_vote', from: holder.id, to: last.id, reason: 'Đi học tập trung' });
    expect(moved.status).toBe(200);
    const after = ((await candidates(seated)).body as { id: string }[]).map((c) => c.id);
    expect(after).not.toContain(last.id);
    expect(after).toEqual(expect.arrayContaining(listed.body.slice(0, -1).map((c: { id: string }) => c.id)));
  });

  it('an admin passes an appraisal to another appraiser; only the new one appraises and hears of it', async () => {
    const unit = await createOwnUnit(api, 'XA-KHANH-HOI', 'UBND xã Khánh Hội', 3);
    const n = await steps.create(unit.officer, 'Đặng Văn Thẩm', { awardCode: 'GIAY_KHEN' });
    await steps.voteAll(n.id, unit.members);
    const second = await createUser(api, unitId('SO-NOI-VU'), 'appraiser2.khanh-hoi', ['appraiser'], 'Lê Thị Thẩm Định');
    const gone = await createUser(api, unitId('SO-NOI-VU'), 'appraiser3.khanh-hoi', ['appraiser'], 'Mai Văn Nghỉ');
    expect((await api.put(`/users/${gone.id}`, 'admin', { fullName: gone.fullName, unitId: gone.unitId, roles: ['appraiser'], active: false })).status).toBe(200);
    const seeded = userId('appraiser');
    const ask = (by: Caller, body: Record<string, unknown>) => api.post(`/nominations/${n.id}/reassign`, by, { task: 'appraisal', from: seeded, to: second.id, reason: 'Đi công tác', ...body });

    // Before anyone is named, every appraiser holds it.
    expect((await api.get(`/nominations/${n.id}`, 'appraiser')).body).toMatchObject({ stage: 'appraisal', appraiserId: null, allowedActions: ['appraise', 'reassign'] });
    expect((await api.get(`/nominations/${n.id}`, second)).body.allowedActions).toEqual(['appraise', 'reassign']);
    expect((await ask('admin', { task: 'council_vote' })).status).toBe(409);
    const inactive = await ask('admin', { to: gone.id });
    expect([inactive.status, inactive.body.reason]).toEqual([422, 'inactive']);
    // A council member who voted on it may not take the appraisal (separation of duties needs the role first).
    const voter = await ask('admin', { to: unit.members[0].id });
    expect([voter.status, voter.body.reason]).toEqual([422, 'role']);

    const res = await ask('admin', {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ stage: 'appraisal', appraiserId: second.id, allowedActions: ['extend_deadline', 'reassign'] });
    expect((await api.get(`/nominations/${n.id}`, 'appraiser')).body.allowedActions).toEqual([]);
    expect((await api.get(`/nominations/${n.id}`, second)).body.allowedActions).toEqual(['appraise', 'reassign']);
    expect((await inboxIds('appraiser')).filter(([id]) => id === n.id)).toEqual([]);
    expect((await inboxIds(second)).filter(([id]) => id === n.id)).toEqual([[n.id, ['appraise']]]);
    expect((await api.post(`/nominations/${n.id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Đủ điều kiện' })).status).toBe(403);
    // The old appraiser no longer holds it, so cannot pass it on either.
    expect((await ask('appraiser', {})).body).toMatchObject({ status: 409, detail: 'the appraisal of this nomination is not assigned to this person' });

    expect(await reassignments(n.id)).toEqual([[userId('admin'), 'admin', 'Đi công tác', { task: 'appraisal', from: seeded, to: second.id, by: userId('admin') }]]);
    expect(await verified(n.id)).toMatchObject({ ok: true, firstBroken: null });

    const approved = await api.post(`/nominations/${n.id}/appraisal`, second, { decision: 'approve', reason: 'Đủ điều kiện' });
    expect([approved.status, approved.body.stage]).toEqual([200, 'signing']);
  });
});
