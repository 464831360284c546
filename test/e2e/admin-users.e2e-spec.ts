import { findSeedUser, unitId } from '#ktf/persistence';
import { useE2eStack } from './support/use-e2e-stack';

jest.setTimeout(120_000);

const CONSOLE = { 'x-requested-with': 'ktf-console' };
const idOf = (username: string) => findSeedUser(username)!.id;

/** PUT /users/{id}: an admin edits a user or deactivates them. Each test adds the users it changes. */
describe('admin API: edit and deactivate users', () => {
  const { stack, api } = useE2eStack();

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${stack.apiUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const login = (username: string, password: string) => post('/auth/login', { username, password });
  const refreshWith = async (signedIn: Response) => {
    const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('ktf_refresh='))!.split(';')[0];
    return (await post('/auth/refresh', {}, { ...CONSOLE, cookie })).status;
  };
  const catalogEvents = async (id: string) =>
    (await api.get(`/audit/events?subjectType=catalog&subjectId=${encodeURIComponent(`user:${id}`)}&limit=50`, 'auditor')).body.items as any[];
  const newUser = async (username: string, roles: string[] = ['appraiser']) => {
    const res = await api.post('/users', 'admin', { username, fullName: 'Đỗ Thị Hạnh', unitId: unitId('SO-NOI-VU'), roles });
    expect(res.status).toBe(201);
    return res.body as { id: string; username: string };
  };

  it('changes name, unit, roles and contact whole (the username stays), audited with before and after', async () => {
    const u = await newUser('hanh.dt');
    expect((await api.get('/users?role=appraiser', 'admin')).body.find((x: { id: string }) => x.id === u.id)).toMatchObject({ active: true });

    const res = await api.put(`/users/${u.id}`, 'admin', {
      fullName: '  Đỗ Thị Hạnh  ',
      unitId: unitId('XA-DONG-THINH'),
      roles: ['unit_officer', 'signer'],
      signerAuthority: 'XA-DONG-THINH',
      email: 'hanh.dt@dongthinh.example.gov.vn',
      active: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: u.id,
      username: 'hanh.dt',
      fullName: 'Đỗ Thị Hạnh',
      unitId: unitId('XA-DONG-THINH'),
      roles: ['unit_officer', 'signer'],
      email: 'hanh.dt@dongthinh.example.gov.vn',
      signerAuthority: 'XA-DONG-THINH',
      active: true,
    });
    // Left out means cleared: the whole user is replaced.
    const cleared = await api.put(`/users/${u.id}`, 'admin', { fullName: 'Đỗ Thị Hạnh', unitId: unitId('XA-DONG-THINH'), roles: ['unit_officer'], active: true });
    expect(cleared.body).toMatchObject({ email: null, signerAuthority: null, roles: ['unit_officer'] });

    const events = await catalogEvents(u.id);
    expect(events.map((e) => e.action)).toEqual(['user_created', 'user_updated', 'user_updated']);
    expect(events[1]).toMatchObject({ actorId: idOf('admin'), actorRole: 'admin', payload: { before: { roles: ['appraiser'], unitId: unitId('SO-NOI-VU') }, after: { roles: ['unit_officer', 'signer'] } } });
  });

  it('refuses bad input with 400/403/404/422 and changes nothing', async () => {
    const u = await newUser('hanh.kiemtra');
    const valid = { fullName: 'Đỗ Thị Hạnh', unitId: unitId('SO-NOI-VU'), roles: ['appraiser'], active: true };
    expect((await api.put(`/users/${u.id}`, 'appraiser', valid)).status).toBe(403);
    expect((await api.put('/users/00000000-0000-4000-8000-000000000000', 'admin', valid)).status).toBe(404);
    const fieldsOf = async (body: object) => {
      const r = await api.put(`/users/${u.id}`, 'admin', body);
      // 400: `errors` per field; 422: the one `field` a rule names.
      return [r.status, r.status === 400 ? r.body.errors.map((e: { field: string }) => e.field) : [r.body.field]];
    };
    expect(await fieldsOf({ ...valid, active: undefined })).toEqual([400, ['active']]);
    expect(await fieldsOf({ ...valid, roles: ['boss'] })).toEqual([400, ['roles']]);
    expect(await fieldsOf({ ...valid, username: 'renamed' })).toEqual([400, ['username']]);
    expect(await fieldsOf({ ...valid, unitId: '00000000-0000-4000-8000-000000000000' })).toEqual([422, ['unitId']]);
    expect(await fieldsOf({ ...valid, roles: ['signer'] })).toEqual([422, ['signerAuthority']]);
    // The admin cannot lock themselves out.
    const admin = (await api.get('/users?role=admin', 'admin')).body.find((x: { username: string }) => x.username === 'admin');
    const self = { fullName: admin.fullName, unitId: admin.unitId, roles: admin.roles, email: admin.email ?? undefined, active: true };
    expect((await api.put(`/users/${admin.id}`, 'admin', { ...self, active: false })).body).toMatchObject({ status: 422, field: 'active', detail: 'an admin cannot deactivate their own account' });
    expect((await api.put(`/users/${admin.id}`, 'admin', { ...self, roles: ['auditor'] })).status).toBe(422);
    // A seated council member keeps their role and account until the council's members are replaced.
    const seated = await api.put(`/users/${idOf('council.3')}`, 'admin', { fullName: 'x', unitId: unitId('SO-NOI-VU'), roles: ['council_member'], active: false });
    expect(seated.status).toBe(422);
    expect(seated.body.field).toBe('active');
    expect(seated.body.detail).toContain('HD-TDKT-TINH');

    expect((await catalogEvents(u.id)).map((e) => e.action)).toEqual(['user_created']);
    expect((await api.get('/users?role=council_member', 'admin')).body.find((x: { username: string }) => x.username === 'council.3')).toMatchObject({ active: true });
  });

  it('deactivation ends sign-in and sessions; reactivation lets the user back in', async () => {
    const u = await newUser('hanh.nghi');
    const password = 'Mật khẩu của Hạnh 2026';
    expect((await api.put(`/users/${u.id}/password`, 'admin', { password })).status).toBe(204);
    const session = await login('hanh.nghi', password);
    expect(session.status).toBe(200);

    const body = { fullName: 'Đỗ Thị Hạnh', unitId: unitId('SO-NOI-VU'), roles: ['appraiser'] };
    const off = await api.put(`/users/${u.id}`, 'admin', { ...body, active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect(await refreshWith(session)).toBe(401);
    expect((await login('hanh.nghi', password)).status).toBe(401);
    // Nor can they be given a council seat.
    const council = (await api.get('/councils', 'admin')).body.find((c: { code: string }) => c.code === 'HD-TDKT-TINH');
    const seatAttempt = await api.put(`/councils/${council.id}/members`, 'admin', { memberIds: [...council.memberIds, u.id] });
    expect(seatAttempt.status).toBe(422);

    expect((await api.put(`/users/${u.id}`, 'admin', { ...body, active: true })).status).toBe(200);
    expect((await login('hanh.nghi', password)).status).toBe(200);

    const events = await catalogEvents(u.id);
    expect(events.map((e) => e.action)).toEqual(['user_created', 'user_deactivated', 'user_reactivated']);
    expect(events[1].payload.revokedRefreshTokens).toBe(1);
    const failed = (await api.get(`/audit/events?subjectType=account&subjectId=${u.id}&limit=50`, 'auditor')).body.items.find((e: { action: string }) => e.action === 'sign_in_failed');
    expect(failed.reason).toBe('deactivated');
  });
});
