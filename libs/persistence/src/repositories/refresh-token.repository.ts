import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface NewRefreshToken {
  userId: string;
  tokenHash: string;
  issuedAt: Date;
  expiresAt: Date;
  familyExpiresAt: Date;
}

/** What presenting a refresh token came to. */
export type RotationResult =
  | { kind: 'rotated'; userId: string; familyId: string; expiresAt: Date }
  /** Not a token we issued (or one long expired and pruned). */
  | { kind: 'unknown' }
  | { kind: 'expired'; userId: string }
  /** Its family was ended: signed out, password changed, or reuse detected earlier. */
  | { kind: 'revoked'; userId: string; reason: string | null }
  /** Already rotated: someone holds a copy. The whole family has just been revoked. */
  | { kind: 'reused'; userId: string; familyId: string; revokedTokens: number };

interface TokenRow {
  id: string;
  familyId: string;
  userId: string;
  expiresAt: Date;
  familyExpiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
  revokeReason: string | null;
}

// Through TypeORM, UPDATE and DELETE answer [rows, rowCount].

/**
 * Refresh tokens, stored as SHA-256 digests in families: a sign-in starts one, every refresh
 * rotates within it (the presented token is marked rotated and a new one issued, in one
 * transaction under the presented row's lock, so two racing refreshes cannot both win).
 */
export class RefreshTokenRepository {
  constructor(private readonly ds: DataSource) {}

  /** Starts a family (a sign-in); returns its id. */
  async startFamily(t: NewRefreshToken): Promise<string> {
    const familyId = randomUUID();
    await this.ds.query(
      `INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, issued_at, expires_at, family_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), familyId, t.userId, t.tokenHash, t.issuedAt, t.expiresAt, t.familyExpiresAt],
    );
    return familyId;
  }

  /**
   * Rotates the token whose digest is `presentedHash` into `nextHash`, valid `ttlSeconds`
   * from `now` but never past its family's end. A token presented a second time revokes
   * its family (the thief's copy and the owner's alike), which the caller audits.
   */
  async rotate(presentedHash: string, nextHash: string, now: Date, ttlSeconds: number): Promise<RotationResult> {
    return this.ds.transaction(async (m) => {
      const [row]: TokenRow[] = await m.query(
        `SELECT id, family_id AS "familyId", user_id AS "userId", expires_at AS "expiresAt", family_expires_at AS "familyExpiresAt",
                rotated_at AS "rotatedAt", revoked_at AS "revokedAt", revoke_reason AS "revokeReason"
         FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [presentedHash],
      );
      if (!row) return { kind: 'unknown' };
      if (row.revokedAt) return { kind: 'revoked', userId: row.userId, reason: row.revokeReason };
      if (row.rotatedAt) {
        const [, revokedTokens]: [unknown[], number] = await m.query(
          `UPDATE refresh_tokens SET revoked_at = $2, revoke_reason = 'reuse_detected' WHERE family_id = $1 AND revoked_at IS NULL`,
          [row.familyId, now],
        );
        return { kind: 'reused', userId: row.userId, familyId: row.familyId, revokedTokens };
      }
      if (row.expiresAt <= now) return { kind: 'expired', userId: row.userId };
      const expiresAt = new Date(Math.min(now.getTime() + ttlSeconds * 1000, row.familyExpiresAt.getTime()));
      await m.query(`UPDATE refresh_tokens SET rotated_at = $2 WHERE id = $1`, [row.id, now]);
      await m.query(
        `INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, issued_at, expires_at, family_expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [randomUUID(), row.familyId, row.userId, nextHash, now, expiresAt, row.familyExpiresAt],
      );
      return { kind: 'rotated', userId: row.userId, familyId: row.familyId, expiresAt };
    });
  }

  /** Ends the family of a presented token (sign-out). Null when the token is unknown. */
  async revokeFamilyOf(tokenHash: string, reason: string, now: Date): Promise<{ userId: string; familyId: string; revokedTokens: number } | null> {
    const [row]: { userId: string; familyId: string }[] = await this.ds.query(
      `SELECT user_id AS "userId", family_id AS "familyId" FROM refresh_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    if (!row) return null;
    const [, revokedTokens]: [unknown[], number] = await this.ds.query(
      `UPDATE refresh_tokens SET revoked_at = $3, revoke_reason = $2 WHERE family_id = $1 AND revoked_at IS NULL`,
      [row.familyId, reason, now],
    );
    return { ...row, revokedTokens };
  }

  /** Deletes tokens that expired before `before` (at most `limit`): they are refused anyway. */
  async pruneExpired(before: Date, limit = 500): Promise<number> {
    const [, deleted]: [unknown[], number] = await this.ds.query(
      `DELETE FROM refresh_tokens WHERE id IN (SELECT id FROM refresh_tokens WHERE expires_at < $1 LIMIT $2)`,
      [before, limit],
    );
    return deleted;
  }
}
