import { Injectable } from '@nestjs/common';
import { PasswordHasher, passwordProblem } from '#ktf/auth';
import { AppConfig } from '#ktf/config';
import { Actor, DomainError } from '#ktf/domain';
import { AccountRepository } from '#ktf/persistence';
import { UsernamePseudonyms } from './username-pseudonyms';

/** Passwords set by an admin (the console's user screen). The CLI does the same from a terminal. */
@Injectable()
export class UserPasswordService {
  constructor(
    private readonly config: AppConfig,
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly pseudonyms: UsernamePseudonyms,
  ) {}

  /** Sets the password, ends the user's sessions, clears their backoff; audited (never the password). */
  async set(actor: Actor, userId: string, password: string): Promise<void> {
    const account = await this.accounts.byId(userId);
    if (!account) throw new DomainError('not_found', `user ${userId} does not exist`);
    const problem = passwordProblem(password, this.config.AUTH_PASSWORD_MIN_LENGTH);
    if (problem) throw new DomainError('rule_failed', `password: ${problem}`, { errors: [{ field: 'password', messages: [problem] }] });
    const hash = await this.hasher.hash(password);
    await this.accounts.setPassword(
      account.id,
      hash,
      { origin: 'set', actorId: actor.id, actorRole: 'admin', via: 'admin_api' },
      this.pseudonyms.of(account.username),
    );
  }
}
