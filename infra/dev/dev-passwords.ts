import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { PasswordHasher } from '#ktf/auth';
import type { AppConfig } from '#ktf/config';
import { AccountRepository, DataSource, SEED_USERS } from '#ktf/persistence';

/** Letters and digits that cannot be mistaken for one another when read off a terminal. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A new development password: four groups of four, e.g. `k7mq-x3vd-9pfa-w2nt` (~79 bits). */
export function newDevelopmentPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

/**
 * Development only (never called when NODE_ENV=production): the seeded users share one
 * password, kept in `file` (created on first use, readable by its owner only) so it survives
 * restarts of `npm start`, or new for each throwaway stack when there is no file. Users given
 * a password with the CLI or the admin API keep theirs.
 */
export async function ensureDevelopmentPasswords(ds: DataSource, config: AppConfig, file?: string): Promise<{ password: string; changed: string[] }> {
  let password: string | undefined;
  if (file && existsSync(file)) password = readFileSync(file, 'utf8').trim() || undefined;
  if (!password) {
    password = newDevelopmentPassword();
    if (file) writeFileSync(file, `${password}\n`, { mode: 0o600 });
  }
  const hasher = new PasswordHasher({ memoryKib: config.AUTH_ARGON2_MEMORY_KIB, timeCost: config.AUTH_ARGON2_TIME_COST, parallelism: config.AUTH_ARGON2_PARALLELISM });
  const current = password;
  const changed = await new AccountRepository(ds).ensureDevelopmentPasswords(
    SEED_USERS.map((u) => u.username),
    { isCurrent: (hash) => hasher.verify(hash, current), newHash: () => hasher.hash(current) },
  );
  return { password, changed };
}
