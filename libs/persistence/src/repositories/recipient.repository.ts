import type { Queryable } from '../data-source';

export interface Recipient {
  id: string;
  email: string | null;
}

/** Who must hear about a nomination: whoever still has to act on its stage, its unit, a role. A deactivated account hears nothing. */
export class RecipientRepository {
  constructor(private readonly db: Queryable) {}

  /** Council members who have not voted and are not recused. */
  pendingVoters(nominationId: string): Promise<Recipient[]> {
    return this.db.query(
      `SELECT u.id, u.email FROM nominations n JOIN users u ON u.id = ANY(n.council_member_ids)
       WHERE n.id=$1 AND u.active AND NOT u.id = ANY(n.voted_member_ids) AND NOT u.id = ANY(n.recused_member_ids) ORDER BY u.id`,
      [nominationId],
    );
  }

  unitOfficers(unitId: string): Promise<Recipient[]> {
    return this.db.query(`SELECT id, email FROM users WHERE active AND unit_id=$1 AND 'unit_officer' = ANY(roles) ORDER BY id`, [unitId]);
  }

  withRole(role: string, signerAuthority?: string | null): Promise<Recipient[]> {
    return this.db.query(
      `SELECT id, email FROM users WHERE active AND $1 = ANY(roles) AND ($2::text IS NULL OR signer_authority = $2) ORDER BY id`,
      [role, signerAuthority ?? null],
    );
  }

  /** One person, if their account is active. */
  person(id: string): Promise<Recipient[]> {
    return this.db.query(`SELECT id, email FROM users WHERE active AND id = $1`, [id]);
  }

  /** Who holds an appraisal: the appraiser it is named to, else every appraiser. */
  appraisersFor(appraiserId: string | null): Promise<Recipient[]> {
    if (appraiserId === null) return this.withRole('appraiser');
    return this.db.query(`SELECT id, email FROM users WHERE active AND id = $1 AND 'appraiser' = ANY(roles)`, [appraiserId]);
  }

  /**
   * Who may sign for `authority` today: its signers, and the delegate (KT./TL.) of every
   * delegation in force on today's Vietnamese calendar day, so signing reminders reach both.
   */
  signersFor(authority: string | null): Promise<Recipient[]> {
    if (authority === null) return this.withRole('signer');
    return this.db.query(
      `SELECT id, email FROM users WHERE active AND 'signer' = ANY(roles) AND signer_authority = $1
       UNION
       SELECT u.id, u.email FROM delegations d JOIN users u ON u.id = d.delegate_id
       WHERE u.active AND d.authority = $1 AND (d.revoked_at IS NULL OR d.revoked_at > now())
         AND (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN d.valid_from AND d.valid_to
       ORDER BY id`,
      [authority],
    );
  }
}
