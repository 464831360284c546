import type { Role } from '#ktf/domain';

/** A person as the console shows them: the `user` of every /auth response and of GET /auth/me. */
export interface SignedInUser {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  unitId: string | null;
  unitName?: string;
}

/** Where an attempt came from, for the audit trail. */
export interface SignInContext {
  ip: string | null;
}

export interface PasswordCredentials {
  username: string;
  password: string;
}

/**
 * Who may sign in, and how they prove it. Sessions (access token, refresh cookie, sign-out)
 * are the SessionService's and do not care which provider vouched for the person, so an
 * OpenID Connect provider can replace the password form (its own redirect and callback
 * routes ending in `SessionService.start`) while every screen after sign-in stays the same.
 *
 * Implementations refuse with DomainError `unauthenticated` (401: the same message whether
 * or not the account exists) or `rate_limited` (429 with `retryAfterSeconds`), and audit
 * every attempt on the `account` chain.
 */
export abstract class IdentityProvider<Credentials = PasswordCredentials> {
  /** What the console offers: `password` is a username/password form. */
  abstract readonly method: string;
  abstract authenticate(credentials: Credentials, context: SignInContext): Promise<SignedInUser>;
}
