import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Actor, isRole } from '#ktf/domain';

/**
 * Given a string, jsonwebtoken builds a key on every verify, first by trying to parse it as
 * a public key, which throws for an HMAC secret: that failed attempt was an eighth of the
 * API's CPU per request. Verifying with a ready KeyObject skips it.
 */
const secretKeys = new Map<string, KeyObject>();
function secretKey(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) secretKeys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

export interface TokenOptions {
  secret: string;
  issuer: string;
  expiresInSeconds?: number;
}

/** Signs a bearer token with the claims DESIGN §2 names: sub, roles, unitId. */
export function signToken(actor: Actor & { name?: string }, opts: TokenOptions): string {
  return jwt.sign({ roles: actor.roles, unitId: actor.unitId, name: actor.name }, opts.secret, {
    subject: actor.id,
    issuer: opts.issuer,
    algorithm: 'HS256',
    expiresIn: opts.expiresInSeconds ?? 12 * 3600,
  });
}

export class InvalidTokenError extends Error {}

/** Verifies signature, issuer and expiry, and that the claims have the expected shape. */
export function verifyToken(token: string, opts: TokenOptions): Actor & { name?: string } {
  let claims: jwt.JwtPayload;
  try {
    const decoded = jwt.verify(token, secretKey(opts.secret), { issuer: opts.issuer, algorithms: ['HS256'] });
    if (typeof decoded === 'string') throw new InvalidTokenError('unexpected token payload');
    claims = decoded;
  } catch (e) {
    throw new InvalidTokenError(e instanceof Error ? e.message : 'invalid token');
  }
  const roles: unknown = claims.roles;
  if (typeof claims.sub !== 'string' || !Array.isArray(roles) || !roles.every(isRole) || typeof claims.unitId !== 'string') {
    throw new InvalidTokenError('token must carry sub, roles and unitId');
  }
  return { id: claims.sub, roles, unitId: claims.unitId, name: typeof claims.name === 'string' ? claims.name : undefined };
}
