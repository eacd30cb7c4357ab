import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, approval routes that can always finish: an approver names a deputy for a period (out
 * of office), and an approval a deputy gives says for whom. Deputies are kept: a naming is never
 * changed but by revoking it once (who and when); a decision's `on_behalf_of` is written with it.
 */
export class ApprovalDeputies1765600000000 implements MigrationInterface {
  name = 'ApprovalDeputies1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE approval_deputy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        principal_id uuid NOT NULL REFERENCES app_user(id),
        deputy_id uuid NOT NULL REFERENCES app_user(id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        named_by uuid NOT NULL REFERENCES app_user(id),
        named_at timestamptz NOT NULL DEFAULT now(),
        revoked_by uuid REFERENCES app_user(id),
        revoked_at timestamptz,
        CHECK (ends_at > starts_at),
        CHECK (principal_id <> deputy_id),
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    await q.query(`CREATE INDEX approval_deputy_deputy ON approval_deputy (deputy_id, ends_at) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX approval_deputy_principal ON approval_deputy (principal_id, ends_at)`);
    await q.query(`
      CREATE FUNCTION approval_deputy_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'approval_deputy rows are kept: DELETE refused' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.revoked_at IS NOT NULL
           OR (NEW.organization_id, NEW.principal_id, NEW.deputy_id, NEW.starts_at, NEW.ends_at, NEW.named_by, NEW.named_at)
              IS DISTINCT FROM (OLD.organization_id, OLD.principal_id, OLD.deputy_id, OLD.starts_at, OLD.ends_at, OLD.named_by, OLD.named_at) THEN
          RAISE EXCEPTION 'a deputy naming is only ever revoked, once' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER approval_deputy_kept BEFORE UPDATE OR DELETE ON approval_deputy FOR EACH ROW EXECUTE FUNCTION approval_deputy_kept()`);
    await q.query(`ALTER TABLE award_approval ADD COLUMN on_behalf_of uuid REFERENCES app_user(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE award_approval DROP COLUMN on_behalf_of`);
    await q.query(`DROP TABLE approval_deputy`);
    await q.query(`DROP FUNCTION approval_deputy_kept()`);
  }
}
