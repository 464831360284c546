// A unit of a test's own, made through the admin API, so that what the test counts (decision
// numbers of the unit's authority, its lists, its registry) is what that test did and nothing
// that another test of the file did before it.
import type { Role } from '#ktf/domain';
import { unitId as seededUnitId } from '#ktf/persistence';
import { ApiClient, TestUser } from './e2e-stack';

export interface OwnUnit {
  id: string;
  /** Also the authority its head signs for: decisions `<n>/QĐ-<code>`. */
  code: string;
  name: string;
  officer: TestUser;
  /** Its own council (level `unit`), of members from the unit. */
  councilId: string;
  members: TestUser[];
  /** The head of the unit: a signer for authority `code`. */
  head: TestUser;
}

async function created<T>(res: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const r = await res;
  if (r.status !== 201 && r.status !== 200) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Creates a user in `unitId` with `roles` (a signer signs for `signerAuthority`). */
export async function createUser(api: ApiClient, unitId: string, username: string, roles: Role[], fullName: string, signerAuthority?: string): Promise<TestUser> {
  const body = await created<{ id: string }>(
    api.post('/users', 'admin', { username, fullName, unitId, roles, email: `${username}@ktf.local`, signerAuthority }),
    `create user ${username}`,
  );
  return { id: body.id, username, fullName, roles, unitId };
}

/** A commune under the province with an officer, a council of `memberCount` and a head who signs. */
export async function createOwnUnit(api: ApiClient, code: string, name: string, memberCount = 3): Promise<OwnUnit> {
  const slug = code.toLowerCase();
  const unit = await created<{ id: string }>(api.post('/units', 'admin', { code, name, kind: 'commune', parentId: seededUnitId('UBND-TINH') }), `create unit ${code}`);
  const officer = await createUser(api, unit.id, `officer.${slug}`, ['unit_officer'], `Cán bộ ${name}`);
  const members: TestUser[] = [];
  for (let i = 1; i <= memberCount; i++) members.push(await createUser(api, unit.id, `member${i}.${slug}`, ['council_member'], `Thành viên ${i} ${name}`));
  const head = await createUser(api, unit.id, `head.${slug}`, ['signer'], `Chủ tịch ${name}`, code);
  const council = await created<{ id: string }>(api.post('/councils', 'admin', { code: `HD-${code}`, name: `Hội đồng TĐKT ${name}`, level: 'unit', unitId: unit.id }), `create council of ${code}`);
  await created(api.put(`/councils/${council.id}/members`, 'admin', { memberIds: members.map((m) => m.id) }), `members of ${code}`);
  return { id: unit.id, code, name, officer, councilId: council.id, members, head };
}
