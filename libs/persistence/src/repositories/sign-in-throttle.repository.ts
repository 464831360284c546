import { DataSource } from 'typeorm';

/** One typed username's recent failures, as stored. */
export interface ThrottleRecord {
  failures: number;
  lockedUntil: Date | null;
  lastAttemptAt: Date | null;
}

/**
 * Consecutive failed sign-ins per typed username (`sign_in_throttle`, keyed by a keyed digest
 * of the name). The policy is the caller's: this repository only reads and writes a row
 * under its lock.
 */
export class SignInThrottleRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Reads the username's record under a row lock, lets `decide` compute the next one, writes
   * it, and returns what `decide` answered: concurrent attempts on one username take turns
   * here (a few milliseconds; the password is checked after, outside the lock).
   */
  async update<R>(key: string, decide: (current: ThrottleRecord) => { next: ThrottleRecord; result: R }): Promise<R> {
    return this.ds.transaction(async (m) => {
      await m.query(`INSERT INTO sign_in_throttle (username_key, failures) VALUES ($1, 0) ON CONFLICT DO NOTHING`, [key]);
      const [current]: ThrottleRecord[] = await m.query(
        `SELECT failures, locked_until AS "lockedUntil", last_attempt_at AS "lastAttemptAt" FROM sign_in_throttle WHERE username_key = $1 FOR UPDATE`,
        [key],
      );
      const { next, result } = decide(current);
      await m.query(`UPDATE sign_in_throttle SET failures = $2, locked_until = $3, last_attempt_at = $4 WHERE username_key = $1`, [
        key, next.failures, next.lockedUntil, next.lastAttemptAt,
      ]);
      return result;
    });
  }

  /** Forgets the username's failures (a success, or a new password). */
  async clear(key: string): Promise<void> {
    await this.ds.query(`DELETE FROM sign_in_throttle WHERE username_key = $1`, [key]);
  }

  /** Deletes records with no attempt since `before` and no lock running (at most `limit`). */
  async prune(before: Date, now: Date, limit = 500): Promise<number> {
    // Through TypeORM, DELETE answers [rows, rowCount].
    const [, deleted]: [unknown[], number] = await this.ds.query(
      `DELETE FROM sign_in_throttle WHERE username_key IN (
         SELECT username_key FROM sign_in_throttle
         WHERE last_attempt_at < $1 AND (locked_until IS NULL OR locked_until <= $2) LIMIT $3)`,
      [before, now, limit],
    );
    return deleted;
  }
}
