import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delegated signing (ký thay "KT.", ký thừa lệnh "TL."):
 * - `delegations`: a principal's signing authority lent to a delegate for inclusive dates
 *   (Vietnam time); revoking stamps `revoked_at`, rows are never deleted (decisions point at them).
 * - `decisions` remember how they were signed: the capacity, the delegation, whose authority
 *   (`signed_for_id`) and both names and the two signature lines as they were at signing, so a
 *   document rendered later reads what was signed. Direct signatures keep the lines null.
 */
export class Delegations1764830000000 implements MigrationInterface {
  name = 'Delegations1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE delegations (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('KT', 'TL')),
        authority text NOT NULL,
        principal_id uuid NOT NULL REFERENCES users(id),
        delegate_id uuid NOT NULL REFERENCES users(id),
        principal_title text NOT NULL,
        delegate_title text NOT NULL,
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        reason text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id),
        CHECK (valid_from <= valid_to),
        CHECK (principal_id <> delegate_id)
      );
      CREATE INDEX delegations_delegate_idx ON delegations (delegate_id, valid_to) WHERE revoked_at IS NULL;
      CREATE INDEX delegations_principal_idx ON delegations (principal_id, valid_to);
      ALTER TABLE decisions
        ADD COLUMN signing_capacity text NOT NULL DEFAULT 'direct' CHECK (signing_capacity IN ('direct', 'KT', 'TL')),
        ADD COLUMN delegation_id uuid REFERENCES delegations(id),
        ADD COLUMN signed_for_id uuid,
        ADD COLUMN signed_for_name text,
        ADD COLUMN signer_name text,
        ADD COLUMN signature_heading text,
        ADD COLUMN signature_title text;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE decisions DROP COLUMN signing_capacity, DROP COLUMN delegation_id, DROP COLUMN signed_for_id,
        DROP COLUMN signed_for_name, DROP COLUMN signer_name, DROP COLUMN signature_heading, DROP COLUMN signature_title;
      DROP TABLE delegations;
    `);
  }
}
