import { MigrationInterface, QueryRunner } from 'typeorm';

/** Dossier documents: every upload kept, per supplement round, so rounds can be compared. */
export class DossierDocuments1764200000000 implements MigrationInterface {
  name = 'DossierDocuments1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dossier_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES nominations(id),
        round int NOT NULL CHECK (round >= 1),
        kind text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 text NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX dossier_documents_nomination ON dossier_documents (nomination_id, kind, uploaded_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dossier_documents;`);
  }
}
