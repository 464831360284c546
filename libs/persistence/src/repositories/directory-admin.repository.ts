import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AdminActor, appendAdminChange } from './admin-change-audit';

export interface UnitRecord {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
}

export interface UserRecord {
  id: string;
  username: string;
  fullName: string;
  unitId: string;
  roles: string[];
  email: string | null;
  signerAuthority: string | null;
  /** False once deactivated (never deleted: history names them). */
  active: boolean;
}

/** What an admin may change about a user: everything but the username (and the id). */
export type UserChange = Omit<UserRecord, 'id' | 'username'>;

export interface CouncilRecord {
  id: string;
  code: string;
  name: string;
  level: 'province' | 'unit';
  unitId: string | null;
  /** Active members; deactivated ones stay in the table (history), never deleted. */
  memberIds: string[];
}

export type NewUnit = Omit<UnitRecord, 'id'>;
export type NewUser = Omit<UserRecord, 'id' | 'active'>;
export type NewCouncil = Omit<CouncilRecord, 'id' | 'memberIds'>;

const UNIT_COLUMNS = `id, code, name, kind, parent_id AS "parentId"`;
const USER_COLUMNS = `id, username, full_name AS "fullName", unit_id AS "unitId", roles, email, signer_authority AS "signerAuthority", active`;
const COUNCIL_COLUMNS = `c.id, c.code, c.name, c.level, c.unit_id AS "unitId",
  ARRAY(SELECT m.user_id FROM council_members m WHERE m.council_id = c.id AND m.active ORDER BY m.user_id) AS "memberIds"`;

/**
 * Admin reads and writes of units, users and councils. There are no deletes: nominations,
 * decisions and audit events refer to these rows; council members are deactivated instead.
 */
export class DirectoryAdminRepository {
  constructor(private readonly ds: DataSource) {}

  units(): Promise<UnitRecord[]> {
    return this.ds.query(`SELECT ${UNIT_COLUMNS} FROM units ORDER BY code`);
  }

  async unit(id: string): Promise<UnitRecord | null> {
    const rows: UnitRecord[] = await this.ds.query(`SELECT ${UNIT_COLUMNS} FROM units WHERE id=$1`, [id]);
    return rows[0] ?? null;
  }

  async insertUnit(u: NewUnit, by: AdminActor): Promise<UnitRecord | 'code_taken'> {
    return this.ds.transaction(async (m) => {
      const id = randomUUID();
      const rows: UnitRecord[] = await m.query(
        `INSERT INTO units (id, code, name, kind, parent_id) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (code) DO NOTHING RETURNING ${UNIT_COLUMNS}`,
        [id, u.code, u.name, u.kind, u.parentId],
      );
      if (rows.length === 0) return 'code_taken';
      await appendAdminChange(m, { ...by, subjectId: `unit:${id}`, action: 'unit_created', payload: { after: rows[0] } });
      return rows[0];
    });
  }

  users(filter: { unitId?: string; role?: string } = {}): Promise<UserRecord[]> {
    return this.ds.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE ($1::uuid IS NULL OR unit_id = $1) AND ($2::text IS NULL OR $2 = ANY(roles)) ORDER BY username`,
      [filter.unitId ?? null, filter.role ?? null],
    );
  }

  usersByIds(ids: string[]): Promise<UserRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.ds.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::uuid[]) ORDER BY username`, [ids]);
  }

  async insertUser(u: NewUser, by: AdminActor): Promise<UserRecord | 'username_taken'> {
    return this.ds.transaction(async (m) => {
      const id = randomUUID();
      const rows: UserRecord[] = await m.query(
        `INSERT INTO users (id, username, full_name, unit_id, roles, email, signer_authority) VALUES ($1,$2,$3,$4,$5,$6,$7)
         ON CONFLICT (username) DO NOTHING RETURNING ${USER_COLUMNS}`,
        [id, u.username, u.fullName, u.unitId, u.roles, u.email, u.signerAuthority],
      );
      if (rows.length === 0) return 'username_taken';
      await appendAdminChange(m, { ...by, subjectId: `user:${id}`, action: 'user_created', payload: { after: rows[0] } });
      return rows[0];
    });
  }

  /**
   * Replaces what an admin may change about a user, audited with before and after. On
   * deactivation every live refresh token of the user is revoked: their console sessions end
   * at the next refresh. Null when the user is unknown.
   */
  async updateUser(id: string, change: UserChange, by: AdminActor): Promise<UserRecord | null> {
    return this.ds.transaction(async (m) => {
      const beforeRows: UserRecord[] = await m.query(`SELECT ${USER_COLUMNS} FROM users WHERE id=$1 FOR UPDATE`, [id]);
      const before = beforeRows[0];
      if (!before) return null;
      const [rows]: [UserRecord[], number] = await m.query(
        `UPDATE users SET full_name=$2, unit_id=$3, roles=$4, email=$5, signer_authority=$6, active=$7 WHERE id=$1 RETURNING ${USER_COLUMNS}`,
        [id, change.fullName, change.unitId, change.roles, change.email, change.signerAuthority, change.active],
      );
      const after = rows[0];
      let endedSessions = 0;
      if (before.active && !after.active) {
        const [revoked]: [unknown[], number] = await m.query(
          `UPDATE refresh_tokens SET revoked_at = now(), revoke_reason = 'user_deactivated' WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
          [id],
        );
        endedSessions = revoked.length;
      }
      const action = before.active === after.active ? 'user_updated' : after.active ? 'user_reactivated' : 'user_deactivated';
      await appendAdminChange(m, { ...by, subjectId: `user:${id}`, action, payload: { before, after, ...(endedSessions ? { revokedRefreshTokens: endedSessions } : {}) } });
      return after;
    });
  }

  councils(): Promise<CouncilRecord[]> {
    return this.ds.query(`SELECT ${COUNCIL_COLUMNS} FROM councils c ORDER BY c.code`);
  }

  async council(id: string): Promise<CouncilRecord | null> {
    const rows: CouncilRecord[] = await this.ds.query(`SELECT ${COUNCIL_COLUMNS} FROM councils c WHERE c.id=$1`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Creates a council with no members yet. One council per scope (the province, or one unit):
   * a nomination's council stage looks its council up by scope, so a second one would be ambiguous.
   */
  async insertCouncil(c: NewCouncil, by: AdminActor): Promise<CouncilRecord | 'code_taken' | 'scope_taken'> {
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('councils:scope', 0))`);
      const clash: unknown[] = await m.query(
        `SELECT 1 FROM councils WHERE level=$1 AND ($1 = 'province' OR unit_id=$2) LIMIT 1`,
        [c.level, c.unitId],
      );
      if (clash.length > 0) return 'scope_taken';
      const id = randomUUID();
      const rows: unknown[] = await m.query(
        `INSERT INTO councils (id, code, name, level, unit_id) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [id, c.code, c.name, c.level, c.unitId],
      );
      if (rows.length === 0) return 'code_taken';
      const created: CouncilRecord = { id, ...c, memberIds: [] };
      await appendAdminChange(m, { ...by, subjectId: `council:${id}`, action: 'council_created', payload: { after: created } });
      return created;
    });
  }

  /**
   * Makes `memberIds` the council's active members: others are deactivated, not deleted.
   * Council stages already open keep the members they pinned. Null when the council is unknown.
   */
  async replaceCouncilMembers(councilId: string, memberIds: string[], by: AdminActor): Promise<CouncilRecord | null> {
    return this.ds.transaction(async (m) => {
      const locked: unknown[] = await m.query(`SELECT 1 FROM councils WHERE id=$1 FOR UPDATE`, [councilId]);
      if (locked.length === 0) return null;
      const beforeRows: { user_id: string }[] = await m.query(
        `SELECT user_id FROM council_members WHERE council_id=$1 AND active ORDER BY user_id`,
        [councilId],
      );
      const before = beforeRows.map((r) => r.user_id);
      await m.query(`UPDATE council_members SET active=false WHERE council_id=$1 AND active AND NOT (user_id = ANY($2::uuid[]))`, [
        councilId,
        memberIds,
      ]);
      await m.query(
        `INSERT INTO council_members (council_id, user_id, active) SELECT $1, unnest($2::uuid[]), true
         ON CONFLICT (council_id, user_id) DO UPDATE SET active=true`,
        [councilId, memberIds],
      );
      const after = [...memberIds].sort();
      await appendAdminChange(m, {
        ...by,
        subjectId: `council:${councilId}`,
        action: 'council_members_replaced',
        payload: {
          before,
          after,
          added: after.filter((id) => !before.includes(id)),
          removed: before.filter((id) => !after.includes(id)),
        },
      });
      const [council]: CouncilRecord[] = await m.query(`SELECT ${COUNCIL_COLUMNS} FROM councils c WHERE c.id=$1`, [councilId]);
      return council;
    });
  }
}
