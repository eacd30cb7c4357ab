import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, approval routes that can always finish: an admin reassigns a waiting step of an award
 * proposal to a named approver (the usual ones are away for good, left, or conflicted). Each
 * reassignment is a row of its own, never changed: the latest for a step applies.
 */
export class ApprovalStepAssignment1766000000000 implements MigrationInterface {
  name = 'ApprovalStepAssignment1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE award_step_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        proposal_id uuid NOT NULL REFERENCES award_proposal(id),
        step_index integer NOT NULL CHECK (step_index >= 0),
        role text NOT NULL CHECK (role IN ('DECIDER', 'GATEKEEPER')),
        assignee_id uuid NOT NULL REFERENCES app_user(id),
        assigned_by uuid NOT NULL REFERENCES app_user(id),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        CHECK (assignee_id <> assigned_by)
      )`);
    await q.query(`CREATE INDEX award_step_assignment_proposal ON award_step_assignment (proposal_id, assigned_at)`);
    await q.query(`
      CREATE FUNCTION award_step_assignment_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'award_step_assignment rows are kept: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER award_step_assignment_kept BEFORE UPDATE OR DELETE ON award_step_assignment FOR EACH ROW EXECUTE FUNCTION award_step_assignment_kept()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE award_step_assignment`);
    await q.query(`DROP FUNCTION award_step_assignment_kept()`);
  }
}
