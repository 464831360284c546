import { DEFAULT_AWARD_CATALOG } from '#ktf/domain';
import { auditHash, AuditRepository, connectDatabase, councilId, DataSource, unitId, userId } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { ApiClient, apiClient, startE2eStack } from './support/e2e-stack';
import { nominationSteps } from './support/nomination-steps';

jest.setTimeout(120_000);

/** Each test writes records of its own (codes no other test uses) and puts back what it changes. */
describe('admin API: catalog, pipelines, units, users, councils', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let db: DataSource;

  beforeAll(async () => {
    stack = await startE2eStack();
    api = apiClient(stack.apiUrl);
    db = await connectDatabase({ url: stack.databaseUrl, poolSize: 2 });
  }, 180_000);

  afterAll(async () => {
    await db?.destroy();
    await stack?.stop();
  });

  const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field);
  const ldtt = async () => {
    const { updatedAt: _u, code: _c, ...body } = (await api.get('/award-types/LDTT', 'admin')).body;
    return body;
  };

  it('lets every signed-in user read and only admins write (403 before the body is looked at)', async () => {
    // The catalog as stored (other tests of this file may have added to it): the seeded types among them.
    const listed = ((await api.get('/award-types', 'officer.vp')).body as { code: string }[]).map((t) => t.code).sort();
    const stored = ((await db.query('SELECT code FROM award_types')) as { code: string }[]).map((r) => r.code).sort();
    expect(listed).toEqual(stored);
    expect(listed).toEqual(expect.arrayContaining(DEFAULT_AWARD_CATALOG.map((a) => a.code)));
    expect((await api.get('/pipelines', 'council.1')).body.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['central', 'provincial', 'unit-level']));
    expect((await api.get('/units', 'officer.vp')).status).toBe(200);
    const councils = (await api.get('/councils', 'officer.vp')).body as { code: string; id: string; level: string; members: { username: string }[] }[];
    const province = councils.find((c) => c.code === 'HD-TDKT-TINH')!;
    expect(province).toMatchObject({ id: councilId('HD-TDKT-TINH'), level: 'province' });
    expect(province.members.map((m) => m.username)).toEqual(['council.1', 'council.2', 'council.3', 'council.4', 'council.5'].sort((a, b) => userId(a).localeCompare(userId(b))));
    const asOfficer = (await api.get('/users', 'officer.vp')).body.find((u: { username: string }) => u.username === 'chairman');
    expect(asOfficer).toMatchObject({ signerAuthority: 'UBND', roles: ['signer'] });
    expect(asOfficer.email).toBeUndefined();
    expect((await api.get('/users?role=council_member', 'admin')).body.map((u: { email: string }) => u.email)).toContain('council.1@ktf.local');
    expect((await api.get('/award-types')).status).toBe(401);

    const council = province.id;
    const writes = [
      api.post('/award-types', 'officer.vp', {}),
      api.put('/award-types/LDTT', 'chairman', {}),
      api.post('/pipelines/provincial/versions', 'auditor', { name: 'x', stages: [] }),
      api.post('/units', 'appraiser', {}),
      api.post('/users', 'secretary', {}),
      api.post('/councils', 'council.1', {}),
      api.put(`/councils/${council}/members`, 'officer.vp', { memberIds: [] }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(403);
      expect(res.contentType).toContain('application/problem+json');
    }
  });

  it('validates award types: 400 for the shape, 422 for the rules, 404 for unknown codes', async () => {
    const base = await ldtt();
    const created = await api.post('/award-types', 'admin', { ...base, code: 'GIAY_KHEN_SO', nameVi: 'Giấy khen của Giám đốc Sở', subjects: ['individual', 'collective'], rewardMultiplier: { individual: 0.3, collective: 0.6 } });
    expect(created.status).toBe(201);
    expect((await api.get('/award-types/GIAY_KHEN_SO', 'officer.vp')).body).toMatchObject({ code: 'GIAY_KHEN_SO', pipelineCode: 'unit-level' });
    expect((await api.post('/award-types', 'admin', { ...base, code: 'GIAY_KHEN_SO' })).status).toBe(422);

    const bad400: [object, string][] = [
      [{ ...base, code: 'GK2', voteRule: { ...base.voteRule, threshold: 1.5 } }, 'voteRule.threshold'],
      [{ ...base, code: 'GK2', voteRule: { threshold: 0.5 } }, 'voteRule.comparison'],
      [{ ...base, code: 'GK2', subjects: [] }, 'subjects'],
      [{ ...base, code: 'GK2', requiredDocuments: ['giay_to_khac'] }, 'requiredDocuments'],
      [{ ...base, code: 'gk 2' }, 'code'],
      [{ ...base, code: 'GK2', quota: 15 }, 'quota'],
      [{ ...base, code: 'GK2', eligibility: { priorTitles: [{ code: 'LDTT', consecutiveYears: -1 }] } }, 'eligibility.priorTitles.0.consecutiveYears'],
    ];
    for (const [body, field] of bad400) {
      const res = await api.post('/award-types', 'admin', body);
      expect([res.status, fields(res)]).toEqual([400, expect.arrayContaining([field])]);
    }
    const bad422: [object, RegExp][] = [
      [{ ...base, pipelineCode: 'khong-co' }, /pipeline khong-co is not defined/],
      [{ ...base, voteRule: { ...base.voteRule, threshold: 1, comparison: 'more_than' } }, /can never pass/],
      [{ ...base, rewardMultiplier: { individual: 0.3, collective: 0.6 } }, /rewardMultiplier.collective: not a subject/],
      [{ ...base, eligibility: { priorTitles: [{ code: 'KHONG_CO', consecutiveYears: 1 }] } }, /KHONG_CO not in the catalog/],
    ];
    for (const [body, detail] of bad422) {
      const res = await api.put('/award-types/GIAY_KHEN_SO', 'admin', body);
      expect([res.status, res.body.detail]).toEqual([422, expect.stringMatching(detail)]);
    }
    expect((await api.put('/award-types/GIAY_KHEN_SO', 'admin', { ...base, code: 'LDTT' })).status).toBe(422);
    expect((await api.put('/award-types/KHONG_CO', 'admin', base)).status).toBe(404);
    expect((await api.get('/award-types/KHONG_CO', 'admin')).status).toBe(404);

    const replaced = await api.put('/award-types/GIAY_KHEN_SO', 'admin', { ...created.body, updatedAt: undefined, voteRule: { ...base.voteRule, secret: true } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.voteRule.secret).toBe(true);
  });

  it('validates pipeline versions and numbers only the accepted ones', async () => {
    const v1 = (await api.get('/pipelines/provincial/versions/1', 'admin')).body;
    const withStage = (kind: string, change: object) => ({ name: v1.name, stages: v1.stages.map((s: { kind: string }) => (s.kind === kind ? { ...s, ...change } : s)) });
    const bad400: [object, string][] = [
      [withStage('appraisal', { slaWorkingDays: 300 }), 'stages.2.slaWorkingDays'],
      [withStage('council_review', { reminderOffsets: [61] }), 'stages.1.reminderOffsets'],
      [withStage('council_review', { kind: 'cong_khai' }), 'stages.1.kind'],
      [withStage('signing', { onBreach: 'ignore' }), 'stages.3.onBreach'],
      [{ name: v1.name, stages: [] }, 'stages'],
      [{ stages: v1.stages }, 'name'],
    ];
    for (const [body, field] of bad400) {
      const res = await api.post('/pipelines/provincial/versions', 'admin', body);
      expect([res.status, fields(res)]).toEqual([400, expect.arrayContaining([field])]);
    }
    const supplement = { kind: 'supplement', slaWorkingDays: 10, reminderOffsets: [], onBreach: 'expire' };
    const bad422: [object, RegExp][] = [
      [withStage('appraisal', { onBreach: 'tally' }), /onBreach must be escalate for appraisal/],
      [withStage('signing', { authority: undefined }), /signing stage needs an authority/],
      [withStage('signing', { produces: 'submission' }), /needs an external_decision stage/],
      [{ name: v1.name, stages: [...v1.stages, supplement] }, /supplement is entered from appraisal/],
      [{ name: v1.name, stages: v1.stages.slice(1) }, /first stage must be unit_proposal/],
    ];
    for (const [body, detail] of bad422) {
      const res = await api.post('/pipelines/provincial/versions', 'admin', body);
      expect([res.status, res.body.detail]).toEqual([422, expect.stringMatching(detail)]);
    }
    expect((await api.post('/pipelines/Bad_Code/versions', 'admin', { name: 'x', stages: v1.stages })).status).toBe(400);
    expect((await api.get('/pipelines/khong-co', 'admin')).status).toBe(404);
    expect((await api.get('/pipelines/provincial/versions/99', 'admin')).status).toBe(404);
    expect((await api.get('/pipelines/provincial/versions/abc', 'admin')).status).toBe(400);
    const ok = await api.post('/pipelines/provincial/versions', 'admin', withStage('council_review', { onBreach: 'escalate', escalateTo: 'council_secretary' }));
    expect(ok.body).toMatchObject({ version: 2, inUse: false });
  });

  it('manages units, users and councils; a council stage pins the members of the moment', async () => {
    const steps = nominationSteps(api);
    const unit = await api.post('/units', 'admin', { code: 'XA-GIA-VIEN', name: 'UBND xã Gia Viễn', kind: 'commune', parentId: unitId('UBND-TINH') });
    expect(unit.status).toBe(201);
    expect((await api.post('/units', 'admin', { code: 'XA-GIA-VIEN', name: 'x', kind: 'commune' })).status).toBe(422);
    expect((await api.post('/units', 'admin', { code: 'XA-KHAC', name: 'x', kind: 'commune', parentId: userId('nobody') })).status).toBe(422);

    const user = (body: object) => api.post('/users', 'admin', { unitId: unit.body.id, fullName: 'Phạm Thị Giang', ...body });
    const member = await user({ username: 'council.6', roles: ['council_member'], email: 'council.6@ktf.local' });
    expect(member.status).toBe(201);
    const officer = await user({ username: 'officer.giavien', roles: ['unit_officer'] });
    expect(officer.body).toMatchObject({ roles: ['unit_officer'], email: null, signerAuthority: null });
    expect((await user({ username: 'council.6', roles: ['council_member'] })).status).toBe(422);
    expect(fields(await user({ username: 'x.y.z', roles: ['chairman'] }))).toEqual(['roles']);
    expect((await user({ username: 'head.giavien', roles: ['signer'] })).body.detail).toMatch(/a signer needs signerAuthority/);
    expect((await user({ username: 'head.giavien', roles: ['unit_officer'], signerAuthority: 'XA-GIA-VIEN' })).status).toBe(422);
    expect((await user({ username: 'head.giavien', roles: ['signer'], signerAuthority: 'XA-GIA-VIEN' })).status).toBe(201);
    expect((await api.post('/users', 'admin', { username: 'lost', fullName: 'x', unitId: userId('nobody'), roles: ['auditor'] })).status).toBe(422);

    const council = await api.post('/councils', 'admin', { code: 'HD-TDKT-GIA-VIEN', name: 'Hội đồng TĐKT xã Gia Viễn', level: 'unit', unitId: unit.body.id });
    expect(council.body).toMatchObject({ level: 'unit', unitId: unit.body.id, members: [] });
    expect((await api.post('/councils', 'admin', { code: 'HD-2', name: 'x', level: 'unit', unitId: unit.body.id })).body.detail).toMatch(/already has a council/);
    expect((await api.post('/councils', 'admin', { code: 'HD-3', name: 'x', level: 'province' })).body.detail).toMatch(/provincial council already exists/);
    expect((await api.post('/councils', 'admin', { code: 'HD-4', name: 'x', level: 'unit' })).status).toBe(400);
    const members = (ids: string[]) => api.put(`/councils/${council.body.id}/members`, 'admin', { memberIds: ids });
    expect((await members([member.body.id, officer.body.id])).body.detail).toMatch(/council_member role.*officer\.giavien/);
    expect((await members([userId('nobody')])).status).toBe(422);
    expect((await members([member.body.id])).body.members).toEqual([{ id: member.body.id, username: 'council.6', fullName: 'Phạm Thị Giang' }]);

    // The provincial council loses council.5: a stage already open keeps 5 members, a new one pins 4.
    const province = councilId('HD-TDKT-TINH');
    const five = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'].map(userId);
    const open = await steps.create('officer.vp', 'Lý Văn Mở');
    const four = five.slice(0, 4);
    try {
      const replaced = await api.put(`/councils/${province}/members`, 'admin', { memberIds: four });
      expect(replaced.body.memberIds).toEqual([...four].sort());
      const later = await steps.create('officer.vp', 'Lý Văn Sau');
      expect((await api.get(`/nominations/${open.id}`, 'secretary')).body.council.members).toBe(5);
      expect((await api.get(`/nominations/${later.id}`, 'secretary')).body.council.members).toBe(4);
      const row: { active: boolean }[] = await db.query(`SELECT active FROM council_members WHERE council_id=$1 AND user_id=$2`, [province, userId('council.5')]);
      expect(row).toEqual([{ active: false }]);
    } finally {
      expect((await api.put(`/councils/${province}/members`, 'admin', { memberIds: five })).status).toBe(200);
    }
  });

  it('chains every accepted admin write, and nothing else, in the catalog audit trail', async () => {
    const audit = new AuditRepository(db);
    const actions = async (subjectId: string) => (await audit.chain('catalog', subjectId)).map((e) => e.action);
    const [{ last }] = await db.query(`SELECT coalesce(max(id), 0)::text AS last FROM audit_events`);
    const since = async () =>
      ((await db.query(`SELECT action FROM audit_events WHERE subject_type = 'catalog' AND id > $1 ORDER BY id`, [last])) as { action: string }[]).map((r) => r.action);

    // Refused writes (403, 400, 422, 404) leave nothing.
    const base = await ldtt();
    const refused = [
      await api.post('/award-types', 'officer.vp', { ...base, code: 'GK_KIEM_TOAN' }),
      await api.post('/award-types', 'admin', { ...base, code: 'GK_KIEM_TOAN', quota: 15 }),
      await api.post('/award-types', 'admin', { ...base, code: 'LDTT' }),
      await api.put('/award-types/KHONG_CO', 'admin', base),
      await api.post('/units', 'admin', { code: 'UBND-TINH', name: 'x', kind: 'province' }),
      await api.put(`/councils/${councilId('HD-TDKT-TINH')}/members`, 'admin', { memberIds: [userId('officer.vp')] }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 400, 422, 404, 422, 422]);
    expect(await since()).toEqual([]);

    // Accepted writes: one event each, on the chain of the record written.
    await api.post('/award-types', 'admin', { ...base, code: 'GK_KIEM_TOAN', nameVi: 'Giấy khen kiểm toán' });
    await api.put('/award-types/GK_KIEM_TOAN', 'admin', { ...base, nameVi: 'Giấy khen kiểm toán', voteRule: { ...base.voteRule, secret: true } });
    const stages = (await api.get('/pipelines/unit-level/versions/1', 'admin')).body.stages;
    await api.post('/pipelines/kiem-toan/versions', 'admin', { name: 'Kiểm toán', stages });
    const unit = (await api.post('/units', 'admin', { code: 'XA-KIEM-TOAN', name: 'UBND xã Kiểm Toán', kind: 'commune' })).body;
    const member = (await api.post('/users', 'admin', { username: 'member.kiemtoan', fullName: 'Kiểm Thị Toán', unitId: unit.id, roles: ['council_member'] })).body;
    const council = (await api.post('/councils', 'admin', { code: 'HD-KIEM-TOAN', name: 'Hội đồng xã Kiểm Toán', level: 'unit', unitId: unit.id })).body;
    await api.put(`/councils/${council.id}/members`, 'admin', { memberIds: [member.id] });
    expect(await since()).toEqual([
      'award_type_created', 'award_type_replaced', 'pipeline_version_published', 'unit_created', 'user_created', 'council_created', 'council_members_replaced',
    ]);
    expect(await actions('award_type:GK_KIEM_TOAN')).toEqual(['award_type_created', 'award_type_replaced']);
    expect(await actions('pipeline:kiem-toan')).toEqual(['pipeline_version_published']);
    expect(await actions(`unit:${unit.id}`)).toEqual(['unit_created']);
    expect(await actions(`user:${member.id}`)).toEqual(['user_created']);
    expect(await actions(`council:${council.id}`)).toEqual(['council_created', 'council_members_replaced']);
    expect(await actions('award_type:LDTT')).toEqual([]);
    expect(await actions(`user:${userId('council.1')}`)).toEqual([]);

    const [created, replaced] = await audit.chain('catalog', 'award_type:GK_KIEM_TOAN');
    expect(replaced.payload).toMatchObject({ before: { voteRule: { secret: false } }, after: { voteRule: { secret: true } } });
    expect(replaced.actorId).toBe(userId('admin'));
    expect(replaced.actorRole).toBe('admin');
    let prev = '0'.repeat(64);
    for (const e of [created, replaced]) {
      expect(e.prevHash).toBe(prev);
      const hashed = {
        subjectType: e.subjectType, subjectId: e.subjectId, sequence: e.sequence, occurredAt: e.occurredAt.toISOString(),
        actorId: e.actorId, actorRole: e.actorRole, action: e.action, stageBefore: e.stageBefore, stageAfter: e.stageAfter,
        reason: e.reason, payload: e.payload, workflowId: e.workflowId, runId: e.runId,
      };
      expect(auditHash(hashed, prev)).toBe(e.hash);
      prev = e.hash;
    }
  });
});
