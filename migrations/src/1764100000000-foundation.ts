import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, users, sessions, invitations, sign-in rate limits and the audit trail. */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await this.organizationsAndUsers(q);
    await this.auditTrail(q);
  }

  private async organizationsAndUsers(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('BUYING', 'SUPPLIER')),
        country char(2),
        default_locale text NOT NULL DEFAULT 'en' CHECK (default_locale IN ('en', 'de')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}' CHECK (roles <@ ARRAY['ADMIN','REQUESTER','SPECIFIER','BUYER','GATEKEEPER','ADVISOR','DECIDER','SUPPLIER']::text[]),
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'de')),
        disabled_at timestamptz,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    await q.query(`CREATE INDEX app_user_organization_idx ON app_user (organization_id, name)`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX user_session_token_key ON user_session (token_hash)`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        email text NOT NULL CHECK (email = lower(email)),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        token_hash char(64) NOT NULL,
        invited_by uuid REFERENCES app_user(id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES app_user(id),
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX invitation_token_key ON invitation (token_hash)`);
    await q.query(`CREATE INDEX invitation_pending_idx ON invitation (organization_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`);
    // The table rate-limiter-flexible expects (it is told not to create its own).
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  private async auditTrail(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        chain text NOT NULL,
        sequence bigint NOT NULL CHECK (sequence > 0),
        organization_id uuid REFERENCES organization(id),
        actor_user_id uuid,
        actor_name text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        summary jsonb NOT NULL DEFAULT '{}',
        request_id text,
        occurred_at timestamptz NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        UNIQUE (chain, sequence)
      )`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id)`);
    // Append-only: the database itself refuses to change or remove an entry.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP TABLE rate_limit`);
    await q.query(`DROP TABLE invitation`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE organization`);
  }
}
