import { Injectable } from '@nestjs/common';
import { Clock, RequestContext } from '@bc/api/core';
import { AwardViewService, StepReassignmentService } from '@bc/api/award';
import { CaseService, CaseSummary, CaseVisibility, NeedService, ShortlistService } from '@bc/api/purchasing';
import { ActiveRfqRow, QuestionService, RfqService } from '@bc/api/rfq';
import { PortalService, QuoteService } from '@bc/api/quotes';
import { scoringRole, ScoringService } from '@bc/api/evaluation';
import { NegotiationService } from '@bc/api/negotiation';
import { SupplierService } from '@bc/api/suppliers';
import {
  can,
  CaseStage,
  caseRoles,
  compareTasks,
  CriterionKind,
  Permission,
  RfqStatus,
  Role,
  TASK_CLOSING_SOON_HOURS,
  TaskKind,
} from '@bc/shared/domain';
import { MyTasksType } from './task.types';
import { AuctionApprovalTasks } from './auction-approval-tasks';
import { Task, task } from './task';

/** How the user acts on the organization's cases (the case access rule, from CaseVisibility). */
interface CaseRoles {
  rolesOn: (caseId: string) => Role[];
  teamMay: (caseId: string, permission: Permission) => boolean;
}

/** An RFQ of an open case, with its case. */
type TaskRfq = ActiveRfqRow & { purchaseCase: CaseSummary };

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
    private readonly awards: AwardViewService,
    private readonly reassignment: StepReassignmentService,
    private readonly visibility: CaseVisibility,
    private readonly cases: CaseService,
    private readonly shortlists: ShortlistService,
    private readonly needs: NeedService,
    private readonly rfqs: RfqService,
    private readonly questions: QuestionService,
    private readonly quotes: QuoteService,
    private readonly scoring: ScoringService,
    private readonly negotiations: NegotiationService,
    private readonly portal: PortalService,
    private readonly suppliers: SupplierService,
    private readonly auctionApprovals: AuctionApprovalTasks,
    private readonly clock: Clock,
  ) {}

  async mine(ctx: RequestContext, now = this.clock.now()): Promise<MyTasksType> {
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
    const orgRoles = ctx.signedIn.roles;
    const team = await this.visibility.teamRolesInOrganization(ctx);
    const on: CaseRoles = {
      /** The roles the user acts in on a case (the case access rule). */
      rolesOn: (caseId) => caseRoles(orgRoles, team.get(caseId) ?? []),
      /** Team work: only for users on the case's team, in a role that allows it. */
      teamMay: (caseId, permission) => team.has(caseId) && can(caseRoles(orgRoles, team.get(caseId) ?? []), permission),
    };
    const tasks: Task[] = [];
    if (can(orgRoles, Permission.AWARD_APPROVE)) {
      for (const p of await this.awards.waiting(ctx)) {
        tasks.push(task(TaskKind.AWARD_APPROVAL, p.proposedAt, { caseId: p.caseId, caseReference: p.caseReference, title: p.caseTitle, proposalId: p.id }));
      }
    }
    if (can(orgRoles, Permission.SHORTLIST_APPROVE)) {
      for (const r of await this.shortlists.awaitingApproval(ctx, SHORTLIST_STAGES)) {
        if (r.submittedBy === ctx.userId || !can(on.rolesOn(r.caseId), Permission.SHORTLIST_APPROVE)) continue;
        tasks.push(task(TaskKind.SHORTLIST_APPROVAL, r.submittedAt, { caseId: r.caseId, caseReference: r.reference, title: r.title }));
      }
    }
    tasks.push(...(await this.rfqTasks(ctx, now, on)));
    if (can(orgRoles, Permission.RFQ_APPROVE)) tasks.push(...(await this.auctionApprovals.of(ctx, now, on.rolesOn)));
    if (can(orgRoles, Permission.NEGOTIATION_MANAGE)) tasks.push(...(await this.roundTasks(ctx, now, on)));
    if (can(orgRoles, Permission.NEED_TRIAGE)) {
      for (const n of await this.needs.submitted(ctx)) tasks.push(task(TaskKind.NEED_WAITING, n.createdAt, { needId: n.id, title: n.title }));
    }
    return tasks;
  }

  /** RFQs of the open cases: approvals asked, closing soon, questions waiting, scores owed. */
  private async rfqTasks(ctx: RequestContext, now: Date, on: CaseRoles): Promise<Task[]> {
    const cases = await this.cases.summaries(ctx, { stages: OPEN_CASE_STAGES });
    const rfqs: TaskRfq[] = (await this.rfqs.activeOfCases(ctx, [...cases.keys()])).map((r) => ({ ...r, purchaseCase: cases.get(r.caseId) as CaseSummary }));
    const onCase = (r: TaskRfq) => ({ caseId: r.caseId, caseReference: r.purchaseCase.reference, title: r.purchaseCase.title, rfqId: r.id, rfqReference: r.reference });
    const soon = new Date(now.getTime() + TASK_CLOSING_SOON_HOURS * 3_600_000);
    const tasks: Task[] = [];
    for (const r of rfqs) {
      if (r.status === RfqStatus.DRAFT && r.approvalRequestedBy !== ctx.userId && can(on.rolesOn(r.caseId), Permission.RFQ_APPROVE)) {
        tasks.push(task(TaskKind.RFQ_APPROVAL, r.approvalRequestedAt ?? now, onCase(r)));
      }
      if (r.status === RfqStatus.PUBLISHED && r.closesAt <= soon && r.closesAt > now && on.teamMay(r.caseId, Permission.RFQ_MANAGE)) {
        tasks.push(task(TaskKind.RFQ_CLOSING, r.publishedAt ?? now, { ...onCase(r), dueAt: r.closesAt, count: r.outstanding }));
      }
    }
    const published = rfqs.filter((r) => r.status === RfqStatus.PUBLISHED && on.teamMay(r.caseId, Permission.RFQ_MANAGE));
    for (const q of await this.questions.unanswered(ctx, published.map((r) => r.id))) {
      const r = published.find((x) => x.id === q.rfqId);
      if (r) tasks.push(task(TaskKind.SUPPLIER_QUESTIONS, q.since, { ...onCase(r), dueAt: r.closesAt, count: q.n }));
    }
    const scoring = rfqs.filter((r) => r.status === RfqStatus.CLOSED && SCORING_STAGES.includes(r.purchaseCase.stage) && on.teamMay(r.caseId, Permission.QUOTE_SCORE));
    tasks.push(...(await this.scoresOwed(ctx, scoring, on.rolesOn, onCase)));
    return tasks;
  }

  /** Open rounds of the user's cases, with how many suppliers asked have not answered yet. */
  private async roundTasks(ctx: RequestContext, now: Date, on: CaseRoles): Promise<Task[]> {
    const rounds = (await this.negotiations.openRoundsOfOrganization(ctx, now)).filter((n) => on.teamMay(n.caseId, Permission.NEGOTIATION_MANAGE));
    const cases = await this.cases.summaries(ctx, { ids: [...new Set(rounds.map((n) => n.caseId))] });
    return rounds.map((n) =>
      task(TaskKind.ROUND_OPEN, n.openedAt, {
        caseId: n.caseId,
        caseReference: cases.get(n.caseId)?.reference ?? null,
        title: cases.get(n.caseId)?.title ?? null,
        rfqId: n.rfqId,
        rfqReference: n.rfqReference,
        round: n.number,
        dueAt: n.closesAt,
        count: n.waiting,
      }),
    );
  }

  /**
   * The scores the user owes on closed RFQs of their cases: every criterion they score as a counted
   * evaluator (the scoring rule: not price, not a locked technical criterion, reliability only where
   * the supplier has no recorded performance) for every submitted quote, except suppliers they declared a conflict of interest with, less the scores they gave.
   */
  private async scoresOwed(ctx: RequestContext, rfqs: readonly TaskRfq[], rolesOn: (caseId: string) => Role[], onCase: (r: TaskRfq) => Partial<Task>): Promise<Task[]> {
    if (rfqs.length === 0) return [];
    const ids = rfqs.map((r) => r.id);
    const quoted = await this.quotes.submittedOf(ctx, ids);
    const suppliers = await this.suppliers.getMany(ctx, quoted.map((q) => q.supplierId));
    const conflicts = await this.cases.conflictsOf(ctx, ctx.userId, rfqs.map((r) => r.caseId));
    const given = await this.scoring.liveScoresBy(ctx, ctx.userId, ids);
    const done = new Set(given.map((g) => `${g.rfqId}/${g.invitationId}/${g.criterionKey}`));
    const tasks: Task[] = [];
    for (const r of rfqs) {
      const roles = rolesOn(r.caseId);
      const mine = r.criteria.filter((c) => scoringRole(roles, c.kind)?.counted && !(c.kind === CriterionKind.TECHNICAL && r.technicalLockedAt));
      const conflicted = new Set(conflicts.filter((c) => c.caseId === r.caseId).map((c) => c.supplierId));
      let owed = 0;
      for (const q of quoted.filter((x) => x.rfqId === r.id && !conflicted.has(x.supplierId))) {
        // Reliability is scored by evaluators only where the supplier has no recorded performance.
        const performanceRecorded = (suppliers.get(q.supplierId)?.reliabilityScore ?? null) !== null;
        const needed = mine.filter((c) => !(c.kind === CriterionKind.RELIABILITY && performanceRecorded));
        owed += needed.filter((c) => !done.has(`${r.id}/${q.invitationId}/${c.key}`)).length;
      }
      if (owed > 0) tasks.push(task(TaskKind.SCORES_OWED, r.closedAt ?? this.clock.now(), { ...onCase(r), count: owed }));
    }
    return tasks;
  }

  /** A supplier's open invitations it has not answered, and open rounds it is asked into and has not answered. */
  private async supplierTasks(ctx: RequestContext, now: Date): Promise<Task[]> {
    const tasks = (await this.portal.unansweredInvitations(ctx, now)).map((i) =>
      task(TaskKind.QUOTE_DUE, i.publishedAt ?? now, { invitationId: i.id, rfqReference: i.rfqReference, title: i.title, dueAt: i.closesAt }),
    );
    for (const n of await this.portal.unansweredRounds(ctx, now)) {
      tasks.push(task(TaskKind.ROUND_OPEN, n.openedAt, { invitationId: n.invitationId, rfqReference: n.rfqReference, title: n.title, round: n.number, dueAt: n.closesAt }));
    }
    return tasks;
  }
}
