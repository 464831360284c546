import { signToken } from '#ktf/auth';
import { DEV_JWT_SECRET } from '#ktf/config';
import { findSeedUser, SEED_USERS } from '#ktf/persistence';

/** A bearer token for a seeded user, signed with the given key (the development one by default). */
export function devToken(username: string, key: { secret: string; issuer: string } = { secret: DEV_JWT_SECRET, issuer: 'khen-thuong-flow' }): string {
  const user = findSeedUser(username);
  if (!user) throw new Error(`no seeded user ${username}; seeded users: ${SEED_USERS.map((u) => u.username).join(', ')}`);
  return signToken({ id: user.id, roles: user.roles, unitId: user.unitId, name: user.fullName }, key);
}
