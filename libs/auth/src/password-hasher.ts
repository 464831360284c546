import { randomBytes } from 'node:crypto';
import { Algorithm, hash, parseOptions, verify } from '@node-rs/argon2';

/** argon2id cost parameters (from configuration: AUTH_ARGON2_*). */
export interface Argon2Params {
  memoryKib: number;
  timeCost: number;
  parallelism: number;
}

/**
 * Hashes and checks passwords with argon2id. The hash is a PHC string that names its own
 * parameters, so raising the costs later leaves old hashes verifiable (`needsRehash` says
 * which to replace at the next successful sign-in).
 */
export class PasswordHasher {
  private dummy?: Promise<string>;

  constructor(private readonly params: Argon2Params) {}

  hash(password: string): Promise<string> {
    return hash(password.normalize('NFC'), this.options());
  }

  /** false for a wrong password and for anything that is not an argon2 hash. */
  async verify(stored: string, password: string): Promise<boolean> {
    try {
      return await verify(stored, password.normalize('NFC'));
    } catch {
      return false;
    }
  }

  /**
   * Spends what a real check costs and answers false: for an unknown username or an account
   * without a password, so the response time does not tell whether the account exists.
   */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(24).toString('base64url'));
    await this.verify(await this.dummy, password);
    return false;
  }

  /** True when a stored hash was made with other parameters than the configured ones. */
  needsRehash(stored: string): boolean {
    try {
      const p = parseOptions(stored);
      return (
        p.algorithm !== Algorithm.Argon2id ||
        p.memoryCost !== this.params.memoryKib ||
        p.timeCost !== this.params.timeCost ||
        p.parallelism !== this.params.parallelism
      );
    } catch {
      return true;
    }
  }

  private options() {
    return {
      algorithm: Algorithm.Argon2id,
      memoryCost: this.params.memoryKib,
      timeCost: this.params.timeCost,
      parallelism: this.params.parallelism,
    };
  }
}
