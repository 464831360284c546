/** Role claims carried in the JWT (DESIGN §1). */
export const ROLES = [
  'unit_officer',
  'council_member',
  'council_secretary',
  'appraiser',
  'signer',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Who is acting: identity from the token, never from the request body. */
export interface Actor {
  id: string;
  roles: Role[];
  unitId: string;
}

export const hasRole = (actor: Actor, role: Role): boolean => actor.roles.includes(role);
