import { signToken } from '#ktf/auth';
import { DEV_JWT_SECRET } from '#ktf/config';
import type { Role } from '#ktf/domain';
import { connectDatabase, DataSource, unitId } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { ApiClient, apiClient, startE2eStack, tokenFor } from './support/e2e-stack';

jest.setTimeout(150_000);

interface AwardType {
  code: string;
  subjects: ('individual' | 'collective')[];
  pipelineCode: string;
}

const nominee = (kind: 'individual' | 'collective', name: string) =>
  kind === 'individual'
    ? { kind, fullName: name, position: 'Chuyên viên' }
    : { kind, fullName: name, memberCounts: { total: 12, ldtt: 10, cstdCoSo: 2, disciplined: 0 } };

/** Every catalogued award out of the box, and a 422 naming what is missing when a unit has no council. */
describe('award proposals: the seeded councils, and a unit without one', () => {
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

  /** A token for a user the admin created (the seeded ones have `tokenFor`). */
  const tokenOf = (u: { id: string; roles: Role[]; unitId: string }) =>
    signToken({ id: u.id, roles: u.roles, unitId: u.unitId }, { secret: DEV_JWT_SECRET, issuer: 'khen-thuong-flow' });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('lets each seeded unit officer propose every award type in the catalog (201)', async () => {
    const awards = (await api.get<AwardType[]>('/award-types', 'officer.vp')).body;
    expect(awards.map((a) => a.code)).toEqual(expect.arrayContaining(['GIAY_KHEN', 'LDTT', 'CSTD_CO_SO', 'TTLD_TIEN_TIEN', 'BANG_KHEN_CT_UBND', 'HUAN_CHUONG_LD_3']));
    const refused: string[] = [];
    for (const officer of ['officer.vp', 'officer.dongthinh']) {
      for (const award of awards) {
        const res = await api.post('/nominations', officer, {
          awardCode: award.code,
          nominee: nominee(award.subjects[0], `Đề nghị ${award.code} của ${officer}`),
          achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
        });
        if (res.status !== 201 || res.body.stage !== 'council_review') refused.push(`${officer} ${award.code}: ${res.status} ${res.body.detail ?? res.body.stage}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('walks a Giấy khen through the unit’s own council, the appraiser and the head of the unit', async () => {
    const created = await api.post('/nominations', 'officer.vp', { awardCode: 'GIAY_KHEN', nominee: nominee('individual', 'Hà Thị Yến'), achievements: 'Sáng kiến số hoá hồ sơ' });
    expect(created.status).toBe(201);
    // The unit's council sits in full: belonging to the nominating unit recuses no one from its own council.
    expect(created.body.council).toMatchObject({ members: 3, recused: 0 });
    expect((await api.get(`/nominations/${created.body.id}`, 'council.1')).body.allowedActions).toEqual([]);
    for (const member of ['council.vp.1', 'council.vp.2', 'council.vp.3']) {
      expect((await api.post(`/nominations/${created.body.id}/votes`, member, { choice: 'agree' })).status).toBe(200);
    }
    const appraised = await api.post(`/nominations/${created.body.id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' });
    expect(appraised.body.stage).toBe('signing');
    expect((await api.post('/decisions', 'chairman', { nominationIds: [created.body.id] })).status).toBe(403);
    const decision = await api.post('/decisions', 'head.vp', { nominationIds: [created.body.id] });
    expect(decision.status).toBe(201);
    expect(decision.body.number).toMatch(/^\d+\/QĐ-VP-UBND$/);
    expect((await api.get(`/nominations/${created.body.id}`, 'auditor')).body).toMatchObject({ status: 'awarded', tally: { agree: 3, members: 3, passed: true } });
  });

  it('answers 422 naming the missing unit council, and creates nothing, when a unit has none', async () => {
    const unit = await api.post('/units', 'admin', { code: 'XA-GIA-VIEN', name: 'UBND xã Gia Viễn', kind: 'commune', parentId: unitId('UBND-TINH') });
    expect(unit.status).toBe(201);
    const officer = await api.post('/users', 'admin', { username: 'officer.giavien', fullName: 'Phạm Thị Giang', unitId: unit.body.id, roles: ['unit_officer'] });
    const token = tokenOf(officer.body);
    const body = { awardCode: 'GIAY_KHEN', nominee: nominee('individual', 'Đinh Văn Hải'), achievements: 'Hoàn thành xuất sắc nhiệm vụ' };

    const refused = await api.post('/nominations', undefined, body, as(token));
    expect(refused.status).toBe(422);
    expect(refused.contentType).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ type: 'urn:ktf:problem:rule_failed', missing: 'council', councilScope: 'unit', unitCode: 'XA-GIA-VIEN', awardCode: 'GIAY_KHEN' });
    expect(refused.body.detail).toMatch(/no unit emulation and commendation council \(Hội đồng Thi đua - Khen thưởng cơ sở\) is configured for unit XA-GIA-VIEN/);
    const rows: unknown[] = await db.query(`SELECT id FROM nominations WHERE unit_id=$1`, [unit.body.id]);
    expect(rows).toEqual([]);
    // Awards voted by the provincial council need no council of the unit's own.
    expect((await api.post('/nominations', undefined, { ...body, awardCode: 'BANG_KHEN_CT_UBND' }, as(token))).status).toBe(201);
  });

  it('keeps a draft whose submission cannot be met (422 from the workflow) until an admin seats the council', async () => {
    const unit = (await api.get<{ id: string; code: string }[]>('/units', 'admin')).body.find((u) => u.code === 'XA-GIA-VIEN')!;
    const officer = (await api.get<{ id: string; username: string; roles: Role[]; unitId: string }[]>(`/users?unitId=${unit.id}`, 'admin')).body.find((u) => u.username === 'officer.giavien')!;
    const token = tokenOf(officer);
    const draft = await api.post('/nominations', undefined, { awardCode: 'LDTT', nominee: nominee('individual', 'Đinh Thị Hoa'), achievements: 'x', submit: false }, as(token));
    expect(draft.status).toBe(201);

    // The workflow's council pin fails (no council): a 422 naming it, never a 500; the draft stays a draft.
    const submit = () => api.post(`/nominations/${draft.body.id}/submit`, undefined, undefined, as(token));
    const noCouncil = await submit();
    expect(noCouncil.status).toBe(422);
    expect(noCouncil.body).toMatchObject({ missing: 'council', councilScope: 'unit', unitCode: 'XA-GIA-VIEN' });
    const rows: { status: string; stage: string }[] = await db.query(`SELECT status, stage FROM nominations WHERE id=$1`, [draft.body.id]);
    expect(rows).toEqual([{ status: 'draft', stage: 'unit_proposal' }]);

    const council = await api.post('/councils', 'admin', { code: 'HD-TDKT-GIA-VIEN', name: 'Hội đồng TĐKT xã Gia Viễn', level: 'unit', unitId: unit.id });
    expect(council.status).toBe(201);
    const empty = await api.post('/nominations', undefined, { awardCode: 'GIAY_KHEN', nominee: nominee('individual', 'Lý Văn Tám'), achievements: 'x' }, as(token));
    expect(empty.status).toBe(422);
    expect(empty.body).toMatchObject({ missing: 'council_members', councilScope: 'unit' });

    const member = await api.post('/users', 'admin', { username: 'council.giavien.1', fullName: 'Tôn Thất Minh', unitId: unit.id, roles: ['council_member'] });
    expect((await api.put(`/councils/${council.body.id}/members`, 'admin', { memberIds: [member.body.id] })).status).toBe(200);
    const submitted = await submit();
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ stage: 'council_review', council: { members: 1, recused: 0 } });
  });

  it('sends no CORS headers when no origin is configured (the default)', async () => {
    const res = await fetch(`${stack.apiUrl}/award-types`, { headers: { origin: 'https://ktf.example.gov.vn', authorization: `Bearer ${tokenFor('auditor')}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
