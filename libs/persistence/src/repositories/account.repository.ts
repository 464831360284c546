import { DataSource, EntityManager } from 'typeorm';
import { appendNextAuditEvent } from '../audit/audit-writer';

/** Sign-in events and password changes are chained per account under this subject type. */
export const ACCOUNT_AUDIT_SUBJECT_TYPE = 'account' as const;

export type PasswordOrigin = 'development' | 'set';

/** A user as sign-in sees it: who they are, and their password hash if they have one. */
export interface AccountRecord {
  id: string;
  username: string;
  fullName: string;
  roles: string[];
  unitId: string | null;
  unitName: string | null;
  passwordHash: string | null;
  passwordOrigin: PasswordOrigin | null;
  /** A deactivated account neither signs in nor refreshes. */
  active: boolean;
}

/** Who set a password, and through what (`admin_api`, `cli`, `development`). */
export interface PasswordChange {
  origin: PasswordOrigin;
  actorId: string | null;
  actorRole: string | null;
  via: string;
}

const ACCOUNT_SQL = `SELECT u.id, u.username, u.full_name AS "fullName", u.roles, u.unit_id AS "unitId", un.name AS "unitName",
    c.password_hash AS "passwordHash", c.origin AS "passwordOrigin", u.active
  FROM users u LEFT JOIN units un ON un.id = u.unit_id LEFT JOIN user_credentials c ON c.user_id = u.id`;

/** Accounts and their password hashes (`user_credentials`), for sign-in and password changes. */
export class AccountRepository {
  constructor(private readonly ds: DataSource) {}

  async byUsername(username: string): Promise<AccountRecord | null> {
    const rows: AccountRecord[] = await this.ds.query(`${ACCOUNT_SQL} WHERE u.username = $1`, [username]);
    return rows[0] ?? null;
  }

  async byId(id: string): Promise<AccountRecord | null> {
    const rows: AccountRecord[] = await this.ds.query(`${ACCOUNT_SQL} WHERE u.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Sets a user's password in one transaction with what must go with it: every live refresh
   * token of the user is revoked (their sessions end at the next refresh), the username's
   * backoff is cleared, and a `password_set` event is appended to the account's chain.
   * Returns how many sessions were ended.
   */
  async setPassword(userId: string, hash: string, change: PasswordChange, throttleKey?: string): Promise<{ endedSessions: number }> {
    return this.ds.transaction(async (m) => {
      await upsertCredential(m, userId, hash, change.origin);
      // UPDATE … RETURNING answers [rows, rowCount] through TypeORM.
      const [revoked]: [{ head: boolean }[], number] = await m.query(
        `UPDATE refresh_tokens SET revoked_at = now(), revoke_reason = 'password_set'
         WHERE user_id = $1 AND revoked_at IS NULL RETURNING (rotated_at IS NULL AND expires_at > now()) AS head`,
        [userId],
      );
      const ended = revoked.filter((r) => r.head);
      if (throttleKey) await m.query(`DELETE FROM sign_in_throttle WHERE username_key = $1`, [throttleKey]);
      await appendNextAuditEvent(m, ACCOUNT_AUDIT_SUBJECT_TYPE, userId, {
        actorId: change.actorId,
        actorRole: change.actorRole,
        action: 'password_set',
        payload: { via: change.via, endedSessions: ended.length },
      });
      return { endedSessions: ended.length };
    });
  }

  /**
   * Replaces a hash made with older argon2 parameters after a successful sign-in; changes
   * nothing if the password was changed meanwhile.
   */
  async rehash(userId: string, oldHash: string, newHash: string): Promise<void> {
    await this.ds.query(`UPDATE user_credentials SET password_hash = $3, updated_at = now() WHERE user_id = $1 AND password_hash = $2`, [
      userId, oldHash, newHash,
    ]);
  }

  /**
   * Development only: gives the named users the development password, unless a password was
   * set for them (origin `set`) or theirs is already the current one. `isCurrent` checks a
   * stored development hash; `newHash` is called once, only if some user needs it. Each
   * change is audited. Returns the usernames changed.
   */
  async ensureDevelopmentPasswords(
    usernames: string[],
    check: { isCurrent(hash: string): Promise<boolean>; newHash(): Promise<string> },
  ): Promise<string[]> {
    const rows: { id: string; username: string; hash: string | null; origin: PasswordOrigin | null }[] = await this.ds.query(
      `SELECT u.id, u.username, c.password_hash AS hash, c.origin FROM users u LEFT JOIN user_credentials c ON c.user_id = u.id
       WHERE u.username = ANY($1::text[]) ORDER BY u.username`,
      [usernames],
    );
    const verdicts = new Map<string, boolean>();
    const stale: typeof rows = [];
    for (const r of rows) {
      if (r.origin === 'set') continue;
      if (r.hash !== null && r.origin === 'development') {
        if (!verdicts.has(r.hash)) verdicts.set(r.hash, await check.isCurrent(r.hash));
        if (verdicts.get(r.hash)) continue;
      }
      stale.push(r);
    }
    if (stale.length === 0) return [];
    const hash = await check.newHash();
    await this.ds.transaction(async (m) => {
      for (const r of stale) {
        await upsertCredential(m, r.id, hash, 'development', `WHERE user_credentials.origin = 'development'`);
        await appendNextAuditEvent(m, ACCOUNT_AUDIT_SUBJECT_TYPE, r.id, { action: 'password_set', payload: { via: 'development' } });
      }
    });
    return stale.map((r) => r.username);
  }
}

async function upsertCredential(m: EntityManager, userId: string, hash: string, origin: PasswordOrigin, onlyIf = ''): Promise<void> {
  await m.query(
    `INSERT INTO user_credentials (user_id, password_hash, origin, updated_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, origin = EXCLUDED.origin, updated_at = now() ${onlyIf}`,
    [userId, hash, origin],
  );
}
