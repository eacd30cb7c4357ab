import { MigrationInterface, QueryRunner } from 'typeorm';
import { ApprovalMode, ApproverRole, liveReservations, routeTurn, storedTurn } from '@bc/shared/domain';

const KEPT_BEFORE = `
  CREATE OR REPLACE FUNCTION award_proposal_kept() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'PENDING' AND NEW.status <> 'PENDING'
       AND (to_jsonb(NEW) - 'status' - 'decided_at' - 'decision_reason') = (to_jsonb(OLD) - 'status' - 'decided_at' - 'decision_reason') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'award proposals are kept: only deciding a pending proposal is allowed, % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$`;

/** As before, and while pending its stored turn moves with its route (nothing else of it). */
const KEPT_WITH_TURN = `
  CREATE OR REPLACE FUNCTION award_proposal_kept() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'PENDING' AND NEW.status <> 'PENDING'
       AND (to_jsonb(NEW) - 'status' - 'decided_at' - 'decision_reason' - 'turn_roles' - 'turn_assignees' - 'turn_held')
         = (to_jsonb(OLD) - 'status' - 'decided_at' - 'decision_reason' - 'turn_roles' - 'turn_assignees' - 'turn_held') THEN
      RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status = 'PENDING' AND NEW.status = 'PENDING'
       AND (to_jsonb(NEW) - 'turn_roles' - 'turn_assignees' - 'turn_held') = (to_jsonb(OLD) - 'turn_roles' - 'turn_assignees' - 'turn_held') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'award proposals are kept: only deciding a pending proposal is allowed, % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$`;

/**
 * Whose turn it is on a pending proposal's route, stored on it (issue 14): the decider inbox read
 * every pending proposal of the organization and worked its route out in code before cutting the
 * page. Now `routeTurn` (the one rule, in @bc/shared/domain) is stored whenever the route moves,
 * the inbox asks for it in SQL, and an index on the inbox's order (pending only) finds a page by its
 * boundary row. The pending proposals there get their turn now, by the same rule.
 */
export class AwardTurn1766611000000 implements MigrationInterface {
  name = 'AwardTurn1766611000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE award_proposal
      ADD COLUMN turn_roles text[] NOT NULL DEFAULT '{}' CHECK (turn_roles <@ ARRAY['DECIDER', 'GATEKEEPER']),
      ADD COLUMN turn_assignees uuid[] NOT NULL DEFAULT '{}',
      ADD COLUMN turn_held uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(KEPT_WITH_TURN);
    await this.backfill(q);
    await q.query(`CREATE INDEX award_proposal_inbox_idx ON award_proposal (organization_id, proposed_at, id) WHERE status = 'PENDING'`);
  }

  /** Every pending proposal's turn, from its route, its decisions in (in order) and its steps' reassignments. */
  private async backfill(q: QueryRunner): Promise<void> {
    const pending: Array<{ id: string; approval_steps: ApproverRole[]; approval_mode: ApprovalMode }> = await q.query(
      `SELECT id, approval_steps, approval_mode FROM award_proposal WHERE status = 'PENDING'`,
    );
    for (const p of pending) {
      const approvals: Array<{ approver_id: string; role: ApproverRole; decision: string }> = await q.query(
        `SELECT approver_id, role, decision FROM award_approval WHERE proposal_id = $1 ORDER BY decided_at, id`,
        [p.id],
      );
      const assignments: Array<{ step_index: number; role: ApproverRole; assignee_id: string; assigned_at: Date }> = await q.query(
        `SELECT step_index, role, assignee_id, assigned_at FROM award_step_assignment WHERE proposal_id = $1 ORDER BY assigned_at, id`,
        [p.id],
      );
      const reservations = liveReservations(
        p.approval_steps,
        approvals.map((a) => ({ approverId: a.approver_id })),
        assignments.map((a) => ({ stepIndex: a.step_index, role: a.role, assigneeId: a.assignee_id, assignedAt: a.assigned_at })),
      );
      const turn = storedTurn(routeTurn(p.approval_steps, approvals, p.approval_mode, reservations));
      await q.query(`UPDATE award_proposal SET turn_roles = $2, turn_assignees = $3, turn_held = $4 WHERE id = $1`, [p.id, turn.turnRoles, turn.turnAssignees, turn.turnHeld]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX award_proposal_inbox_idx`);
    await q.query(KEPT_BEFORE);
    await q.query(`ALTER TABLE award_proposal DROP COLUMN turn_held, DROP COLUMN turn_assignees, DROP COLUMN turn_roles`);
  }
}
