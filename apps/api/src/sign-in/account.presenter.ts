import { isRole } from '#ktf/domain';
import type { AccountRecord } from '#ktf/persistence';
import type { SignedInUser } from './identity-provider';

/** The console's view of an account: never the password hash. */
export function presentAccount(a: AccountRecord): SignedInUser {
  return {
    id: a.id,
    username: a.username,
    fullName: a.fullName,
    roles: a.roles.filter(isRole),
    unitId: a.unitId,
    ...(a.unitName ? { unitName: a.unitName } : {}),
  };
}
