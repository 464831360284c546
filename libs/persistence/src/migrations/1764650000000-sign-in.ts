import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in for people on the console (machines keep their bearer tokens):
 * - `user_credentials`: one argon2id hash per user that signs in with a password, apart from
 *   `users` so that reading users never reads a hash. `origin = 'development'` marks the
 *   shared password `npm start` gives seeded users; production refuses those.
 * - `refresh_tokens`: the SHA-256 of each refresh token, never the token. A sign-in starts a
 *   family; every refresh rotates (the old row gets `rotated_at`, a new row joins the family).
 *   Presenting a rotated token again revokes the whole family.
 * - `sign_in_throttle`: consecutive failures per typed username, keyed by a keyed digest of
 *   it (a password typed into the username field is never stored), whether or not the
 *   account exists, so the backoff does not reveal which accounts exist.
 */
export class SignIn1764650000000 implements MigrationInterface {
  name = 'SignIn1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_credentials (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        password_hash text NOT NULL,
        origin text NOT NULL CHECK (origin IN ('development', 'set')),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        token_hash text NOT NULL UNIQUE,
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        family_expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        revoke_reason text
      );
      CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
      CREATE INDEX refresh_tokens_user_live ON refresh_tokens (user_id) WHERE revoked_at IS NULL;
      CREATE INDEX refresh_tokens_expires ON refresh_tokens (expires_at);
      CREATE TABLE sign_in_throttle (
        username_key text PRIMARY KEY,
        failures int NOT NULL CHECK (failures >= 0),
        locked_until timestamptz,
        last_attempt_at timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_throttle; DROP TABLE refresh_tokens; DROP TABLE user_credentials;`);
  }
}
