import type { Role } from '#ktf/domain';
import { stableUuid } from './stable-uuid';

export interface SeedUnit { code: string; name: string; kind: string; parent?: string }
export interface SeedUser {
  username: string;
  fullName: string;
  unit: string;
  roles: Role[];
  signerAuthority?: string;
}

export const unitId = (code: string) => stableUuid(`unit:${code}`);
export const userId = (username: string) => stableUuid(`user:${username}`);
export const councilId = (code: string) => stableUuid(`council:${code}`);

/** The demo province (seeds behind the project: Ninh Bình provincial office). */
export const SEED_UNITS: SeedUnit[] = [
  { code: 'UBND-TINH', name: 'Ủy ban nhân dân tỉnh', kind: 'province' },
  { code: 'VP-UBND', name: 'Văn phòng UBND tỉnh', kind: 'office', parent: 'UBND-TINH' },
  { code: 'SO-NOI-VU', name: 'Sở Nội vụ', kind: 'department', parent: 'UBND-TINH' },
  { code: 'XA-DONG-THINH', name: 'UBND xã Đồng Thịnh', kind: 'commune', parent: 'UBND-TINH' },
  { code: 'P-NAM-HOA-LU', name: 'UBND phường Nam Hoa Lư', kind: 'ward', parent: 'UBND-TINH' },
];

export const SEED_USERS: SeedUser[] = [
  { username: 'officer.vp', fullName: 'Trần Văn Nam', unit: 'VP-UBND', roles: ['unit_officer'] },
  { username: 'officer.dongthinh', fullName: 'Lê Thị Thu', unit: 'XA-DONG-THINH', roles: ['unit_officer'] },
  { username: 'council.1', fullName: 'Phạm Quang Huy', unit: 'SO-NOI-VU', roles: ['council_member'] },
  { username: 'council.2', fullName: 'Đỗ Thị Lan', unit: 'SO-NOI-VU', roles: ['council_member'] },
  { username: 'council.3', fullName: 'Vũ Minh Đức', unit: 'SO-NOI-VU', roles: ['council_member'] },
  { username: 'council.4', fullName: 'Hoàng Thị Ánh', unit: 'P-NAM-HOA-LU', roles: ['council_member'] },
  { username: 'council.5', fullName: 'Bùi Văn Sơn', unit: 'XA-DONG-THINH', roles: ['council_member'] },
  { username: 'secretary', fullName: 'Ngô Thị Hằng', unit: 'SO-NOI-VU', roles: ['council_secretary'] },
  { username: 'appraiser', fullName: 'Đinh Công Thành', unit: 'SO-NOI-VU', roles: ['appraiser'] },
  { username: 'chairman', fullName: 'Nguyễn Cao Sơn', unit: 'UBND-TINH', roles: ['signer'], signerAuthority: 'UBND' },
  { username: 'auditor', fullName: 'Mai Thị Hương', unit: 'SO-NOI-VU', roles: ['auditor'] },
  { username: 'admin', fullName: 'Quản trị hệ thống', unit: 'VP-UBND', roles: ['admin'] },
];

export const SEED_COUNCILS = [
  {
    code: 'HD-TDKT-TINH',
    name: 'Hội đồng Thi đua - Khen thưởng tỉnh',
    level: 'province' as const,
    members: ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'],
  },
];

export function findSeedUser(username: string): (SeedUser & { id: string; unitId: string }) | undefined {
  const u = SEED_USERS.find((x) => x.username === username);
  return u && { ...u, id: userId(u.username), unitId: unitId(u.unit) };
}
