import { Injectable } from '@nestjs/common';
import { isWellFormedRefreshToken, newRefreshToken, refreshTokenHash, signToken } from '#ktf/auth';
import { AppConfig } from '#ktf/config';
import { Actor, DomainError } from '#ktf/domain';
import { AccountRepository, RefreshTokenRepository } from '#ktf/persistence';
import { presentAccount } from './account.presenter';
import type { SignedInUser, SignInContext } from './identity-provider';
import { SignInAudit } from './sign-in-audit';

/** The body of a 200 from /auth/login and /auth/refresh. */
export interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds the access token is valid for. */
  expiresIn: number;
  user: SignedInUser;
}

/** A started or refreshed session: the body, and the refresh token for the cookie. */
export interface IssuedSession {
  body: TokenResponse;
  refreshToken: string;
  refreshMaxAgeSeconds: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SESSION_ENDED = 'no valid session: sign in again';

/**
 * Sessions of people signed in on the console, whoever vouched for them (IdentityProvider):
 * a short-lived bearer token (the same JWT machines use, so every endpoint treats them
 * alike) and a longer-lived refresh token, rotated at every refresh.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountRepository,
    private readonly tokens: RefreshTokenRepository,
    private readonly audit: SignInAudit,
  ) {}

  /** After a successful sign-in: a new refresh-token family. */
  async start(user: SignedInUser): Promise<IssuedSession> {
    const now = new Date();
    const refreshToken = newRefreshToken();
    const ttl = this.config.AUTH_REFRESH_TOKEN_TTL_SECONDS;
    await this.tokens.startFamily({
      userId: user.id,
      tokenHash: refreshTokenHash(refreshToken),
      issuedAt: now,
      expiresAt: new Date(now.getTime() + ttl * 1000),
      familyExpiresAt: new Date(now.getTime() + this.config.AUTH_SESSION_MAX_SECONDS * 1000),
    });
    await this.tokens.pruneExpired(now);
    return { body: this.tokenResponse(user), refreshToken, refreshMaxAgeSeconds: ttl };
  }

  /**
   * Rotates the presented refresh token. Missing, unknown, expired or revoked: 401. Already
   * rotated (a copy is being replayed): its family is revoked and audited, then 401. The
   * person is read again, so changed roles apply from the next access token.
   */
  async refresh(presented: string | undefined, context: SignInContext): Promise<IssuedSession> {
    if (!presented || !isWellFormedRefreshToken(presented)) throw new DomainError('unauthenticated', SESSION_ENDED);
    const now = new Date();
    const next = newRefreshToken();
    const r = await this.tokens.rotate(refreshTokenHash(presented), refreshTokenHash(next), now, this.config.AUTH_REFRESH_TOKEN_TTL_SECONDS);
    if (r.kind === 'reused') {
      await this.audit.record(
        { subjectId: r.userId, action: 'refresh_token_reused', reason: 'a rotated refresh token was presented again', payload: { familyId: r.familyId, revokedTokens: r.revokedTokens } },
        context,
      );
    }
    if (r.kind !== 'rotated') throw new DomainError('unauthenticated', SESSION_ENDED);
    const account = await this.accounts.byId(r.userId);
    if (!account?.active) throw new DomainError('unauthenticated', SESSION_ENDED);
    const maxAge = Math.max(1, Math.floor((r.expiresAt.getTime() - now.getTime()) / 1000));
    return { body: this.tokenResponse(presentAccount(account)), refreshToken: next, refreshMaxAgeSeconds: maxAge };
  }

  /** Signs out: the presented token's family is revoked (idempotent; no token, nothing to do). */
  async end(presented: string | undefined, context: SignInContext): Promise<void> {
    if (!presented || !isWellFormedRefreshToken(presented)) return;
    const ended = await this.tokens.revokeFamilyOf(refreshTokenHash(presented), 'signed_out', new Date());
    if (ended && ended.revokedTokens > 0) {
      await this.audit.record({ subjectId: ended.userId, action: 'signed_out', actorId: ended.userId, payload: { familyId: ended.familyId } }, context);
    }
  }

  /** The caller of a bearer token, as /auth responses show them. */
  async me(actor: Actor): Promise<SignedInUser> {
    const account = UUID.test(actor.id) ? await this.accounts.byId(actor.id) : null;
    if (!account) throw new DomainError('not_found', "the token's subject is not a user of this service (a machine client?)");
    return presentAccount(account);
  }

  private tokenResponse(user: SignedInUser): TokenResponse {
    const expiresIn = this.config.AUTH_ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = signToken(
      { id: user.id, roles: user.roles, unitId: user.unitId ?? '', name: user.fullName },
      { secret: this.config.JWT_SECRET, issuer: this.config.JWT_ISSUER, expiresInSeconds: expiresIn },
    );
    return { accessToken, tokenType: 'Bearer', expiresIn, user };
  }
}
