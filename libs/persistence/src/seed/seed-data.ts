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
  // Unit-level awards (LĐTT, CSTĐ cơ sở, Giấy khen): the unit's own council votes and the head
  // of the unit signs. Each person serves in one duty only: neither the unit officer who
  // proposes nor the head who signs sits on the council.
  { username: 'council.vp.1', fullName: 'Lương Văn Khải', unit: 'VP-UBND', roles: ['council_member'] },
  { username: 'council.vp.2', fullName: 'Tạ Thị Mai', unit: 'VP-UBND', roles: ['council_member'] },
  { username: 'council.vp.3', fullName: 'Châu Minh Tuấn', unit: 'VP-UBND', roles: ['council_member'] },
  { username: 'head.vp', fullName: 'Trịnh Quốc Bảo', unit: 'VP-UBND', roles: ['signer'], signerAuthority: 'VP-UBND' },
  { username: 'council.dongthinh.1', fullName: 'Đàm Văn Lộc', unit: 'XA-DONG-THINH', roles: ['council_member'] },
  { username: 'council.dongthinh.2', fullName: 'Kiều Thị Nga', unit: 'XA-DONG-THINH', roles: ['council_member'] },
  { username: 'council.dongthinh.3', fullName: 'Phan Văn Thắng', unit: 'XA-DONG-THINH', roles: ['council_member'] },
  { username: 'head.dongthinh', fullName: 'Lại Văn Cường', unit: 'XA-DONG-THINH', roles: ['signer'], signerAuthority: 'XA-DONG-THINH' },
];

export interface SeedCouncil {
  code: string;
  name: string;
  level: 'province' | 'unit';
  /** A unit council's unit (Hội đồng TĐKT cơ sở); none for the provincial council. */
  unit?: string;
  members: string[];
}

/** The provincial council first (the bench's bulk loaders pin it); then each proposing unit's own. */
export const SEED_COUNCILS: SeedCouncil[] = [
  {
    code: 'HD-TDKT-TINH',
    name: 'Hội đồng Thi đua - Khen thưởng tỉnh',
    level: 'province',
    members: ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'],
  },
  {
    code: 'HD-TDKT-VP-UBND',
    name: 'Hội đồng Thi đua - Khen thưởng Văn phòng UBND tỉnh',
    level: 'unit',
    unit: 'VP-UBND',
    members: ['council.vp.1', 'council.vp.2', 'council.vp.3'],
  },
  {
    code: 'HD-TDKT-XA-DONG-THINH',
    name: 'Hội đồng Thi đua - Khen thưởng xã Đồng Thịnh',
    level: 'unit',
    unit: 'XA-DONG-THINH',
    members: ['council.dongthinh.1', 'council.dongthinh.2', 'council.dongthinh.3'],
  },
];

export function findSeedUser(username: string): (SeedUser & { id: string; unitId: string }) | undefined {
  const u = SEED_USERS.find((x) => x.username === username);
  return u && { ...u, id: userId(u.username), unitId: unitId(u.unit) };
}

/**
 * What a production database starts with: the admin account, exactly as the demo seeds it, and
 * the units it belongs to. It has no password until `npm run -s user:set-password -- admin`
 * gives one; the admin then creates the real units, people and councils.
 */
export const BOOTSTRAP_USERS: SeedUser[] = SEED_USERS.filter((u) => u.username === 'admin');
export const BOOTSTRAP_UNITS: SeedUnit[] = SEED_UNITS.filter((u) => u.code === 'UBND-TINH' || u.code === 'VP-UBND');
