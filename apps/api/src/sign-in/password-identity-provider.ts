import { Injectable } from '@nestjs/common';
import { admitAttempt, Admission, BackoffPolicy, normalizeUsername, PasswordHasher } from '#ktf/auth';
import { AppConfig } from '#ktf/config';
import { DomainError } from '#ktf/domain';
import { AccountRecord, AccountRepository, SignInThrottleRepository } from '#ktf/persistence';
import { presentAccount } from './account.presenter';
import { IdentityProvider, PasswordCredentials, SignedInUser, SignInContext } from './identity-provider';
import { SignInAudit, unknownAccountSubject } from './sign-in-audit';
import { UsernamePseudonyms } from './username-pseudonyms';

/** One message for every refused password: it must not tell whether the account exists. */
export const WRONG_CREDENTIALS = 'wrong username or password';

export const backoffPolicyOf = (c: AppConfig): BackoffPolicy => ({
  threshold: c.AUTH_LOCKOUT_THRESHOLD,
  baseSeconds: c.AUTH_LOCKOUT_BASE_SECONDS,
  maxSeconds: c.AUTH_LOCKOUT_MAX_SECONDS,
  resetSeconds: c.AUTH_LOCKOUT_RESET_SECONDS,
});

/**
 * Username and password, checked against the argon2id hash in `user_credentials`.
 *
 * Every typed username gets the same treatment whether or not an account has it: the same
 * backoff (kept per typed name), a password check of the same cost (against a stand-in hash
 * when there is nothing to check), the same 401. An attempt counts as a failure from the
 * moment it is admitted until its password proves right, so parallel guesses cannot slip
 * past the threshold.
 */
@Injectable()
export class PasswordIdentityProvider extends IdentityProvider<PasswordCredentials> {
  readonly method = 'password';
  private readonly policy: BackoffPolicy;

  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountRepository,
    private readonly throttle: SignInThrottleRepository,
    private readonly hasher: PasswordHasher,
    private readonly pseudonyms: UsernamePseudonyms,
    private readonly audit: SignInAudit,
  ) {
    super();
    this.policy = backoffPolicyOf(config);
  }

  async authenticate(credentials: PasswordCredentials, context: SignInContext): Promise<SignedInUser> {
    const username = normalizeUsername(credentials.username);
    const key = this.pseudonyms.of(username);
    const account = await this.accounts.byUsername(username);
    const subjectId = account ? account.id : unknownAccountSubject(key);

    const now = new Date();
    const admission = await this.throttle.update(key, (current): { next: Admission['state']; result: Admission } => {
      const a = admitAttempt(current, now, this.policy);
      return { next: a.state, result: a };
    });
    if (!admission.admitted) {
      await this.audit.record({ subjectId, action: 'sign_in_throttled', payload: { method: this.method, retryAfterSeconds: admission.retryAfterSeconds } }, context);
      throw new DomainError('rate_limited', 'too many failed sign-ins: wait before trying again', { retryAfterSeconds: admission.retryAfterSeconds });
    }

    const hash = this.usableHash(account);
    const ok = hash ? await this.hasher.verify(hash, credentials.password) : await this.hasher.verifyNothing(credentials.password);
    if (!account || !hash || !ok) {
      const reason = !account ? 'unknown_username' : !account.active ? 'deactivated' : !hash ? 'no_password' : 'wrong_password';
      const { failures, lockedUntil } = admission.state;
      await this.audit.record(
        { subjectId, action: 'sign_in_failed', reason, payload: { method: this.method, failures, lockedUntil: lockedUntil?.toISOString() ?? null } },
        context,
      );
      throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
    }

    await this.throttle.clear(key);
    if (this.hasher.needsRehash(hash)) await this.accounts.rehash(account.id, hash, await this.hasher.hash(credentials.password));
    await this.audit.record({ subjectId, action: 'signed_in', actorId: account.id, payload: { method: this.method } }, context);
    await this.throttle.prune(new Date(now.getTime() - this.policy.resetSeconds * 1000), now);
    return presentAccount(account);
  }

  /** The hash to check, if the account has one that may be used here. */
  private usableHash(account: AccountRecord | null): string | null {
    if (!account?.passwordHash || !account.active) return null;
    // The development password of `npm start` never opens a production service.
    if (account.passwordOrigin === 'development' && this.config.NODE_ENV === 'production') return null;
    return account.passwordHash;
  }
}
