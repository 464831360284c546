import { MigrationInterface, QueryRunner } from 'typeorm';

/** Initial schema: reference data, the nomination read model, decisions, the registry and the audit trail. */
export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL,
        parent_id uuid REFERENCES units(id)
      );
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        username text NOT NULL UNIQUE,
        full_name text NOT NULL,
        unit_id uuid NOT NULL REFERENCES units(id),
        roles text[] NOT NULL,
        email text,
        signer_authority text
      );
      CREATE TABLE councils (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('province','unit')),
        unit_id uuid REFERENCES units(id)
      );
      CREATE TABLE council_members (
        council_id uuid NOT NULL REFERENCES councils(id),
        user_id uuid NOT NULL REFERENCES users(id),
        active boolean NOT NULL DEFAULT true,
        PRIMARY KEY (council_id, user_id)
      );
      CREATE TABLE pipeline_definitions (
        code text NOT NULL,
        version int NOT NULL,
        name text NOT NULL,
        stages jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (code, version)
      );
      CREATE TABLE award_types (
        code text PRIMARY KEY,
        name_vi text NOT NULL,
        name_en text NOT NULL,
        definition jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE holidays (
        date date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('holiday','working_saturday')),
        name text NOT NULL,
        estimated boolean NOT NULL DEFAULT false
      );
      CREATE TABLE nominations (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL UNIQUE,
        unit_id uuid NOT NULL REFERENCES units(id),
        award_code text NOT NULL REFERENCES award_types(code),
        subject text NOT NULL CHECK (subject IN ('individual','collective')),
        nominee jsonb NOT NULL,
        nominee_name text NOT NULL,
        nominee_search text NOT NULL,
        achievements text NOT NULL,
        year int NOT NULL,
        campaign_id uuid,
        idempotency_key text,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL,
        stage text,
        stage_opened_at timestamptz,
        due_at timestamptz,
        council_member_ids uuid[] NOT NULL DEFAULT '{}',
        recused_member_ids uuid[] NOT NULL DEFAULT '{}',
        voted_member_ids uuid[] NOT NULL DEFAULT '{}',
        signing_authority text,
        reserved_by_decision_id uuid,
        tally jsonb,
        decision_id uuid,
        decision_number text,
        pipeline_code text,
        pipeline_version int,
        last_actor_id uuid,
        last_action text,
        transition int NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX nominations_idempotency ON nominations (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
      CREATE INDEX nominations_unit_created ON nominations (unit_id, created_at DESC, id DESC);
      CREATE INDEX nominations_stage_opened ON nominations (stage, stage_opened_at, id) WHERE stage IS NOT NULL;
      CREATE TABLE decision_counters (
        authority text NOT NULL,
        year int NOT NULL,
        kind text NOT NULL,
        last_seq int NOT NULL,
        PRIMARY KEY (authority, year, kind)
      );
      CREATE TABLE decisions (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('decision','submission')),
        authority text NOT NULL,
        year int NOT NULL,
        seq int NOT NULL,
        number text NOT NULL,
        signed_at timestamptz NOT NULL,
        signer_id uuid NOT NULL,
        nomination_ids uuid[] NOT NULL,
        status text NOT NULL CHECK (status IN ('numbered','signed')),
        UNIQUE (authority, year, kind, seq)
      );
      CREATE TABLE award_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL UNIQUE REFERENCES nominations(id),
        award_code text NOT NULL,
        year int NOT NULL,
        subject text NOT NULL,
        nominee_name text NOT NULL,
        nominee_search text NOT NULL,
        unit_id uuid NOT NULL,
        decision_id uuid,
        decision_number text NOT NULL,
        awarded_at timestamptz NOT NULL
      );
      CREATE INDEX award_records_person ON award_records (nominee_search, year);
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        sequence int NOT NULL CHECK (sequence > 0),
        occurred_at timestamptz NOT NULL,
        actor_id text,
        actor_role text,
        action text NOT NULL,
        stage_before text,
        stage_after text,
        reason text,
        payload jsonb NOT NULL DEFAULT '{}',
        workflow_id text,
        run_id text,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subject_type, subject_id, sequence)
      );
      CREATE INDEX audit_events_actor ON audit_events (actor_id, occurred_at);
      CREATE INDEX audit_events_action ON audit_events (action, occurred_at);
      -- Append-only: the application can insert, never rewrite history.
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_events; DROP FUNCTION audit_events_append_only();
      DROP TABLE award_records; DROP TABLE decisions; DROP TABLE decision_counters;
      DROP TABLE nominations; DROP TABLE holidays; DROP TABLE award_types; DROP TABLE pipeline_definitions;
      DROP TABLE council_members; DROP TABLE councils; DROP TABLE users; DROP TABLE units;
    `);
  }
}
