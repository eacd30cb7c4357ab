import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { AwardViewService, StepReassignmentService } from '@bc/api/award';
import { CaseVisibility } from '@bc/api/purchasing';
import { rfqOpenSql, roundOpenSql, scoringRole } from '@bc/api/rfq';
import {
  can,
  CaseStage,
  caseRoles,
  compareTasks,
  CriterionKind,
  InvitationStatus,
  NeedStatus,
  Permission,
  QuoteStatus,
  RfqApproval,
  RfqCriterion,
  RfqStatus,
  Role,
  ShortlistStatus,
  TASK_CLOSING_SOON_HOURS,
  TaskKind,
} from '@bc/shared/domain';
import { MyTasksType, TaskType } from './task.types';

type Task = TaskType;

const task = (kind: TaskKind, since: Date, fields: Partial<Task> = {}): Task => ({
  kind,
  caseId: null,
  caseReference: null,
  title: null,
  rfqId: null,
  rfqReference: null,
  invitationId: null,
  needId: null,
  proposalId: null,
  round: null,
  dueAt: null,
  since,
  count: 1,
  ...fields,
});

/** The stages in which a case's team still scores the quotes of its closed RFQ. */
const SCORING_STAGES: readonly CaseStage[] = [CaseStage.EVALUATION];
const SHORTLIST_STAGES: readonly CaseStage[] = [CaseStage.NEED, CaseStage.SPECIFICATION, CaseStage.SOURCING];
const OPEN_CASE_STAGES: readonly CaseStage[] = Object.values(CaseStage).filter((s) => s !== CaseStage.AWARDED && s !== CaseStage.CANCELLED);

/**
 * "My tasks": what waits for the signed-in user, built from the rules that govern each kind of
 * work (an award step from the award's own route, a score from the scoring rule, ...) and ordered by
 * `compareTasks`. Buying-side work on a case is the team's: a case's RFQ questions, closing, rounds
 * and scores are tasks of the users on its team; approvals are tasks of every user who may decide
 * them (gatekeepers and deciders act for the whole organization). A supplier's tasks are its open
 * invitations and rounds. A fixed number of statements, whatever the number of cases.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly awards: AwardViewService,
    private readonly reassignment: StepReassignmentService,
    private readonly visibility: CaseVisibility,
  ) {}

  async mine(ctx: RequestContext, now = new Date()): Promise<MyTasksType> {
    const roles = ctx.signedIn.roles;
    const items: Task[] = [];
    if (can(roles, Permission.SUPPLIER_PORTAL_USE)) items.push(...(await this.supplierTasks(ctx, now)));
    if (can(roles, Permission.WORKSPACE_USE)) items.push(...(await this.buyingTasks(ctx, now)));
    if (can(roles, Permission.ORGANIZATION_MANAGE)) items.push(...(await this.adminTasks(ctx)));
    items.sort(compareTasks(now));
    const counts = new Map<TaskKind, number>();
    for (const t of items) counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
    return { items, counts: [...counts].map(([kind, count]) => ({ kind, count })), total: items.length };
  }

  /** Award proposals nobody can decide now: the admin reassigns their waiting step. */
  private async adminTasks(ctx: RequestContext): Promise<Task[]> {
    return (await this.reassignment.waiting(ctx))
      .filter((w) => w.waitingFor.length === 0)
      .map(({ proposal: p }) => task(TaskKind.APPROVAL_STUCK, p.proposedAt, { caseId: p.caseId, caseReference: p.caseReference, title: p.caseTitle, proposalId: p.id }));
  }

  private async buyingTasks(ctx: RequestContext, now: Date): Promise<Task[]> {
    const em = this.connection.manager(ctx);
    const org = ctx.organizationId;
    const orgRoles = ctx.signedIn.roles;
    const team = await this.visibility.teamRolesInOrganization(ctx);
    /** The roles the user acts in on a case (the case access rule). */
    const rolesOn = (caseId: string) => caseRoles(orgRoles, team.get(caseId) ?? []);
    /** Team work: only for users on the case's team, in a role that allows it. */
    const teamMay = (caseId: string, permission: Permission) => team.has(caseId) && can(rolesOn(caseId), permission);
    const tasks: Task[] = [];

    if (can(orgRoles, Permission.AWARD_APPROVE)) {
      for (const p of await this.awards.inbox(ctx)) {
        tasks.push(task(TaskKind.AWARD_APPROVAL, p.proposedAt, { caseId: p.caseId, caseReference: p.caseReference, title: p.caseTitle, proposalId: p.id }));
      }
    }

    if (can(orgRoles, Permission.SHORTLIST_APPROVE)) {
      const rows: Array<{ case_id: string; submitted_at: Date; submitted_by: string | null; reference: string; title: string }> = await em.query(
        `SELECT s.case_id, s.submitted_at, s.submitted_by, c.reference, c.title
           FROM shortlist s JOIN purchase_case c ON c.id = s.case_id
          WHERE c.organization_id = $1 AND s.status = $2 AND c.stage = ANY($3::text[])`,
        [org, ShortlistStatus.SUBMITTED, SHORTLIST_STAGES],
      );
      for (const r of rows) {
        if (r.submitted_by === ctx.userId || !can(rolesOn(r.case_id), Permission.SHORTLIST_APPROVE)) continue;
        tasks.push(task(TaskKind.SHORTLIST_APPROVAL, r.submitted_at, { caseId: r.case_id, caseReference: r.reference, title: r.title }));
      }
    }

    const rfqs: Array<{
      id: string;
      reference: string;
      case_id: string;
      status: RfqStatus;
      approval: RfqApproval;
      approval_requested_by: string | null;
      approval_requested_at: Date | null;
      closes_at: Date;
      published_at: Date | null;
      closed_at: Date | null;
      criteria: RfqCriterion[];
      technical_locked_at: Date | null;
      case_reference: string;
      case_title: string;
      stage: CaseStage;
      outstanding: number;
    }> = await em.query(
      `SELECT r.id, r.reference, r.case_id, r.status, r.approval, r.approval_requested_by, r.approval_requested_at, r.closes_at,
              r.published_at, r.closed_at, r.criteria, r.technical_locked_at, c.reference AS case_reference, c.title AS case_title, c.stage,
              (SELECT count(*) FROM rfq_invitation i WHERE i.rfq_id = r.id AND i.status = ANY($3::text[]))::int AS outstanding
         FROM rfq r JOIN purchase_case c ON c.id = r.case_id
        WHERE r.organization_id = $1 AND c.stage = ANY($2::text[])
          AND (r.status = 'PUBLISHED' OR (r.status = 'DRAFT' AND r.approval = 'REQUESTED') OR r.status = 'CLOSED')`,
      [org, OPEN_CASE_STAGES, [InvitationStatus.SENT, InvitationStatus.VIEWED]],
    );
    const onCase = (r: (typeof rfqs)[number]) => ({ caseId: r.case_id, caseReference: r.case_reference, title: r.case_title, rfqId: r.id, rfqReference: r.reference });
    const soon = new Date(now.getTime() + TASK_CLOSING_SOON_HOURS * 3_600_000);

    for (const r of rfqs) {
      if (r.status === RfqStatus.DRAFT && r.approval_requested_by !== ctx.userId && can(rolesOn(r.case_id), Permission.RFQ_APPROVE)) {
        tasks.push(task(TaskKind.RFQ_APPROVAL, r.approval_requested_at ?? now, onCase(r)));
      }
      if (r.status === RfqStatus.PUBLISHED && r.closes_at <= soon && r.closes_at > now && teamMay(r.case_id, Permission.RFQ_MANAGE)) {
        tasks.push(task(TaskKind.RFQ_CLOSING, r.published_at ?? now, { ...onCase(r), dueAt: r.closes_at, count: r.outstanding }));
      }
    }

    const published = rfqs.filter((r) => r.status === RfqStatus.PUBLISHED && teamMay(r.case_id, Permission.RFQ_MANAGE));
    if (published.length > 0) {
      const open: Array<{ rfq_id: string; n: number; since: Date }> = await em.query(
        `SELECT rfq_id, count(*)::int AS n, min(asked_at) AS since FROM rfq_question WHERE rfq_id = ANY($1::uuid[]) AND answered_at IS NULL GROUP BY rfq_id`,
        [published.map((r) => r.id)],
      );
      for (const q of open) {
        const r = published.find((x) => x.id === q.rfq_id)!;
        tasks.push(task(TaskKind.SUPPLIER_QUESTIONS, q.since, { ...onCase(r), dueAt: r.closes_at, count: q.n }));
      }
    }

    tasks.push(...(await this.scoresOwed(ctx, rfqs.filter((r) => r.status === RfqStatus.CLOSED && SCORING_STAGES.includes(r.stage) && teamMay(r.case_id, Permission.QUOTE_SCORE)), rolesOn, onCase)));

    if (can(orgRoles, Permission.NEGOTIATION_MANAGE)) {
      const rounds: Array<{ id: string; rfq_id: string; case_id: string; number: number; closes_at: Date; opened_at: Date; rfq_reference: string; case_reference: string; case_title: string; waiting: number }> = await em.query(
        `SELECT n.id, n.rfq_id, n.case_id, n.number, n.closes_at, n.opened_at, r.reference AS rfq_reference, c.reference AS case_reference, c.title AS case_title,
                (SELECT count(*) FROM negotiation_round_invitation ri
                  WHERE ri.round_id = n.id
                    AND NOT EXISTS (SELECT 1 FROM quote_revision qr JOIN quote q ON q.id = qr.quote_id WHERE qr.round_id = n.id AND q.invitation_id = ri.invitation_id))::int AS waiting
           FROM negotiation_round n JOIN rfq r ON r.id = n.rfq_id JOIN purchase_case c ON c.id = n.case_id
          WHERE n.organization_id = $1 AND ${roundOpenSql('n', '$2')}`,
        [org, now],
      );
      for (const n of rounds) {
        if (!teamMay(n.case_id, Permission.NEGOTIATION_MANAGE)) continue;
        tasks.push(
          task(TaskKind.ROUND_OPEN, n.opened_at, {
            caseId: n.case_id,
            caseReference: n.case_reference,
            title: n.case_title,
            rfqId: n.rfq_id,
            rfqReference: n.rfq_reference,
            round: n.number,
            dueAt: n.closes_at,
            count: n.waiting,
          }),
        );
      }
    }

    if (can(orgRoles, Permission.NEED_TRIAGE)) {
      const needs: Array<{ id: string; title: string; created_at: Date; needed_by: string | null }> = await em.query(
        `SELECT id, title, created_at, needed_by FROM need WHERE organization_id = $1 AND status = $2 ORDER BY created_at, id`,
        [org, NeedStatus.SUBMITTED],
      );
      for (const n of needs) tasks.push(task(TaskKind.NEED_WAITING, n.created_at, { needId: n.id, title: n.title }));
    }
    return tasks;
  }

  /**
   * The scores the user owes on closed RFQs of their cases: every criterion they score as a counted
   * evaluator (the scoring rule: not price, not a locked technical criterion, reliability only where
   * the supplier has no recorded performance) for every submitted quote, except suppliers they declared a conflict of interest with, less the scores they gave.
   */
  private async scoresOwed<R extends { id: string; case_id: string; criteria: RfqCriterion[]; technical_locked_at: Date | null; closed_at: Date | null }>(
    ctx: RequestContext,
    rfqs: readonly R[],
    rolesOn: (caseId: string) => Role[],
    onCase: (r: R) => Partial<Task>,
  ): Promise<Task[]> {
    if (rfqs.length === 0) return [];
    const em = this.connection.manager(ctx);
    const ids = rfqs.map((r) => r.id);
    const quoted: Array<{ rfq_id: string; invitation_id: string; supplier_id: string; performance_recorded: boolean }> = await em.query(
      `SELECT q.rfq_id, q.invitation_id, i.supplier_id, (s.reliability_score IS NOT NULL) AS performance_recorded
         FROM quote q JOIN rfq_invitation i ON i.id = q.invitation_id LEFT JOIN supplier s ON s.id = i.supplier_id
        WHERE q.rfq_id = ANY($1::uuid[]) AND q.status = $2`,
      [ids, QuoteStatus.SUBMITTED],
    );
    const conflicts: Array<{ case_id: string; supplier_id: string }> = await em.query(
      `SELECT case_id, supplier_id FROM case_conflict WHERE user_id = $1 AND case_id = ANY($2::uuid[])`,
      [ctx.userId, rfqs.map((r) => r.case_id)],
    );
    const given: Array<{ rfq_id: string; invitation_id: string; criterion_key: string }> = await em.query(
      `SELECT rfq_id, invitation_id, criterion_key FROM evaluation_score WHERE evaluator_id = $1 AND superseded_at IS NULL AND rfq_id = ANY($2::uuid[])`,
      [ctx.userId, ids],
    );
    const done = new Set(given.map((g) => `${g.rfq_id}/${g.invitation_id}/${g.criterion_key}`));
    const tasks: Task[] = [];
    for (const r of rfqs) {
      const roles = rolesOn(r.case_id);
      const mine = r.criteria.filter((c) => scoringRole(roles, c.kind)?.counted && !(c.kind === CriterionKind.TECHNICAL && r.technical_locked_at));
      const conflicted = new Set(conflicts.filter((c) => c.case_id === r.case_id).map((c) => c.supplier_id));
      let owed = 0;
      for (const q of quoted.filter((x) => x.rfq_id === r.id && !conflicted.has(x.supplier_id))) {
        // Reliability is scored by evaluators only where the supplier has no recorded performance.
        const needed = mine.filter((c) => !(c.kind === CriterionKind.RELIABILITY && q.performance_recorded));
        owed += needed.filter((c) => !done.has(`${r.id}/${q.invitation_id}/${c.key}`)).length;
      }
      if (owed > 0) tasks.push(task(TaskKind.SCORES_OWED, r.closed_at ?? new Date(), { ...onCase(r), count: owed }));
    }
    return tasks;
  }

  /** A supplier's open invitations it has not answered, and open rounds it is asked into and has not answered. */
  private async supplierTasks(ctx: RequestContext, now: Date): Promise<Task[]> {
    const em = this.connection.manager(ctx);
    const invitations: Array<{ id: string; status: InvitationStatus; rfq_reference: string; title: string; closes_at: Date; published_at: Date | null }> = await em.query(
      `SELECT i.id, i.status, r.reference AS rfq_reference, r.title, r.closes_at, r.published_at
         FROM rfq_invitation i JOIN rfq r ON r.id = i.rfq_id
        WHERE i.supplier_organization_id = $1 AND ${rfqOpenSql('r', '$2')} AND i.status = ANY($3::text[])`,
      [ctx.organizationId, now, [InvitationStatus.SENT, InvitationStatus.VIEWED]],
    );
    const tasks = invitations.map((i) =>
      task(TaskKind.QUOTE_DUE, i.published_at ?? now, { invitationId: i.id, rfqReference: i.rfq_reference, title: i.title, dueAt: i.closes_at }),
    );
    const rounds: Array<{ invitation_id: string; number: number; closes_at: Date; opened_at: Date; rfq_reference: string; title: string }> = await em.query(
      `SELECT ri.invitation_id, n.number, n.closes_at, n.opened_at, r.reference AS rfq_reference, r.title
         FROM negotiation_round n
         JOIN negotiation_round_invitation ri ON ri.round_id = n.id
         JOIN rfq_invitation i ON i.id = ri.invitation_id
         JOIN rfq r ON r.id = n.rfq_id
        WHERE i.supplier_organization_id = $1 AND ${roundOpenSql('n', '$2')}
          AND NOT EXISTS (SELECT 1 FROM quote_revision qr JOIN quote q ON q.id = qr.quote_id WHERE qr.round_id = n.id AND q.invitation_id = i.id)`,
      [ctx.organizationId, now],
    );
    for (const n of rounds) {
      tasks.push(task(TaskKind.ROUND_OPEN, n.opened_at, { invitationId: n.invitation_id, rfqReference: n.rfq_reference, title: n.title, round: n.number, dueAt: n.closes_at }));
    }
    return tasks;
  }
}
