import { Injectable } from '@nestjs/common';
import { AppError, assertId, CombinedReads, Keyset, KeysetPage, KeysetSort, PageRequest, RequestContext, TransactionalConnection } from '@bc/api/core';
import { UserDirectory } from '@bc/api/identity';
import { CpvService } from '@bc/api/suppliers';
import { CaseAccessService, CaseConflict, CaseVisibility, PurchaseCase } from '@bc/api/purchasing';
import { ApproverRole, AwardStatus, can, CaseStage, ErrorCode, ImportanceClass, openSteps, Permission, Role, savings, sumMoney } from '@bc/shared/domain';
import { In } from 'typeorm';
import { AwardApprovalType, AwardLineType, AwardProposalType, AwardSupplierTotalType } from '../dto/award.types';
import { AwardApproval, AwardLine, AwardProposal } from '../entities/award.entities';
import { approvedRoles, decisionVerdict, fact, reservedSteps, stepAssignments } from './award-rules';
import { EvaluationSnapshot } from './award-proposal-parts';
import { DeputyService } from './deputy.service';
import { StepReservationsService } from './step-reservations.service';

/** A proposal waiting for the viewer, as My tasks lists it. */
export interface WaitingProposal {
  id: string;
  caseId: string;
  caseReference: string;
  caseTitle: string;
  proposedAt: Date;
}

/** The inbox's order: the proposal waiting longest first (`award_proposal_inbox_idx`). */
const INBOX_SORT: KeysetSort = {
  name: 'proposed',
  keys: [
    { expression: 'p.proposed_at', type: 'timestamptz' },
    { expression: 'p.id', type: 'uuid' },
  ],
};

/**
 * The pending proposals of organization $1 that user $2 with roles $3 may decide now, as SQL over
 * `award_proposal p`: `decisionVerdict`'s checks in its order (the viewer holds an approving role:
 * checked by the caller), the case in DECISION, not the proposer, not decided yet, no declared
 * conflict with an awarded supplier, and their turn: `turnRole` asked of the turn stored by
 * `StepReservationsService.storeTurn` (a reserved approver whose step is open, or one without a
 * reservation holding a role with a free open step).
 */
const WAITING_FOR_ME = `p.organization_id = $1 AND p.status = 'PENDING'
  AND EXISTS (SELECT 1 FROM purchase_case pc WHERE pc.id = p.case_id AND pc.organization_id = $1 AND pc.stage = 'DECISION')
  AND p.proposed_by <> $2
  AND NOT EXISTS (SELECT 1 FROM award_approval a WHERE a.proposal_id = p.id AND a.approver_id = $2)
  AND NOT EXISTS (SELECT 1 FROM award_line l JOIN case_conflict x ON x.supplier_id = l.supplier_id AND x.case_id = p.case_id AND x.user_id = $2 WHERE l.proposal_id = p.id)
  AND ($2 = ANY (p.turn_assignees) OR (NOT $2 = ANY (p.turn_held) AND p.turn_roles && $3::text[]))`;

/**
 * Award proposals as shown: to the buying side on the case (AWARD_READ with case access; deciders
 * of the organization on every case, since the route draws them from the whole organization), and
 * to approvers in their inbox. Every list is built with a fixed number of statements.
 */
@Injectable()
export class AwardViewService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
    private readonly access: CaseAccessService,
    private readonly deputies: DeputyService,
    private readonly reservations: StepReservationsService,
    private readonly visibility: CaseVisibility,
    private readonly directory: UserDirectory,
    private readonly cpv: CpvService,
  ) {}

  /** Every version of a case's proposals, newest first. */
  async ofCase(ctx: RequestContext, caseId: string): Promise<AwardProposalType[]> {
    await this.openCase(ctx, caseId);
    const proposals = await this.connection.getRepository(ctx, AwardProposal).find({ where: { caseId, organizationId: ctx.organizationId }, order: { version: 'DESC' } });
    return this.views(ctx, proposals);
  }

  /** The case's pending or approved proposal (null when there is none, or the viewer may not read awards on the case). */
  async current(ctx: RequestContext, caseIds: readonly string[]): Promise<Map<string, AwardProposalType>> {
    if (caseIds.length === 0) return new Map();
    const proposals = await this.reads.entities(ctx, AwardProposal, 't.case_id = ANY ($1::uuid[]) AND t.organization_id = $2 AND t.status = ANY ($3::text[])', [
      [...caseIds],
      ctx.organizationId,
      [AwardStatus.PENDING, AwardStatus.APPROVED],
    ]);
    const views = await this.views(ctx, proposals);
    return new Map(views.map((v) => [v.caseId, v]));
  }

  /** PurchaseCase.currentAward: the same rule as awardProposals, AWARD_READ in the viewer's roles on the case or DECIDER in the organization. */
  async currentReadable(ctx: RequestContext, caseIds: readonly string[]): Promise<Map<string, AwardProposalType>> {
    const decider = ctx.signedIn.roles.includes(Role.DECIDER);
    const roles = decider ? new Map<string, Role[]>() : await this.visibility.rolesOn(ctx, caseIds);
    return this.current(ctx, caseIds.filter((id) => decider || can(roles.get(id) ?? [], Permission.AWARD_READ)));
  }

  /**
   * Pending proposals of the organization the viewer may decide now, oldest first: the page's rows
   * and their count are read in SQL (`WAITING_FOR_ME` on the stored turn, by `award_proposal_inbox_idx`),
   * then only the page's proposals are shown. The resolver admits approvers only (AWARD_APPROVE).
   */
  async inbox(ctx: RequestContext, request: PageRequest): Promise<KeysetPage<AwardProposalType> & { total: number }> {
    const keyset = new Keyset(INBOX_SORT, request);
    const params: unknown[] = [ctx.organizationId, ctx.userId, ctx.signedIn.roles];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const em = this.connection.manager(ctx);
    const rows: Array<{ id: string }> = await em.query(
      `SELECT p.id, ${keyset.select()} FROM award_proposal p WHERE ${WAITING_FOR_ME} AND ${keyset.where(bind)} ${keyset.orderAndLimit()}`,
      params,
    );
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM award_proposal p WHERE ${WAITING_FOR_ME}`, params.slice(0, 3));
    const page = keyset.page(rows, (r) => r.id);
    const full = page.items.length ? await this.connection.getRepository(ctx, AwardProposal).find({ where: { id: In(page.items), organizationId: ctx.organizationId } }) : [];
    const views = await this.views(ctx, full);
    return { ...page, items: page.items.map((id) => views.find((v) => v.id === id)).filter((v): v is AwardProposalType => !!v), total: n };
  }

  /** Every pending proposal the viewer may decide now, oldest first, without its view (My tasks): the inbox's rule, unpaged. */
  async waiting(ctx: RequestContext): Promise<WaitingProposal[]> {
    if (!can(ctx.signedIn.roles, Permission.AWARD_APPROVE)) return [];
    const rows: Array<{ id: string; case_id: string; reference: string; title: string; proposed_at: Date }> = await this.connection.manager(ctx).query(
      `SELECT p.id, p.case_id, c.reference, c.title, p.proposed_at FROM award_proposal p JOIN purchase_case c ON c.id = p.case_id
        WHERE ${WAITING_FOR_ME} ORDER BY p.proposed_at, p.id`,
      [ctx.organizationId, ctx.userId, ctx.signedIn.roles],
    );
    return rows.map((r) => ({ id: r.id, caseId: r.case_id, caseReference: r.reference, caseTitle: r.title, proposedAt: r.proposed_at }));
  }

  /** One proposal of the inbox, if it waits for the viewer now (null otherwise): the inbox's page of one proposal. */
  async inboxProposal(ctx: RequestContext, id: string): Promise<AwardProposalType | null> {
    assertId(id, 'Award proposal');
    const proposal = await this.connection.getRepository(ctx, AwardProposal).findOne({ where: { id, organizationId: ctx.organizationId, status: AwardStatus.PENDING } });
    const view = proposal ? await this.one(ctx, proposal) : null;
    return view?.canDecide ? view : null;
  }

  /** The case if the viewer may read its awards: AWARD_READ in their roles on it, or DECIDER in the organization. */
  async openCase(ctx: RequestContext, caseId: string): Promise<void> {
    assertId(caseId, 'Purchase case');
    try {
      await this.access.openFor(ctx, caseId, Permission.AWARD_READ);
    } catch (e) {
      const decider = ctx.signedIn.roles.includes(Role.DECIDER);
      if (!(e instanceof AppError) || !decider || (e.code !== ErrorCode.NOT_FOUND && e.code !== ErrorCode.FORBIDDEN)) throw e;
      const exists = await this.connection.getRepository(ctx, PurchaseCase).exists({ where: { id: caseId, organizationId: ctx.organizationId } });
      if (!exists) throw e;
    }
  }

  async one(ctx: RequestContext, proposal: AwardProposal): Promise<AwardProposalType> {
    return (await this.views(ctx, [proposal]))[0];
  }

  /** The proposals the viewer approved or rejected, their latest decision first: the inbox's read-only history. */
  async decidedBy(ctx: RequestContext, limit = 100): Promise<AwardProposalType[]> {
    const rows: Array<{ proposal_id: string }> = await this.connection.manager(ctx).query(
      `SELECT proposal_id FROM award_approval WHERE organization_id = $1 AND approver_id = $2
        GROUP BY proposal_id ORDER BY max(decided_at) DESC, proposal_id LIMIT $3`,
      [ctx.organizationId, ctx.userId, limit],
    );
    if (rows.length === 0) return [];
    const order = rows.map((r) => r.proposal_id);
    const proposals = await this.connection.getRepository(ctx, AwardProposal).find({ where: { id: In(order), organizationId: ctx.organizationId } });
    const views = await this.views(ctx, proposals);
    return views.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  }

  /** What the views of these proposals need, read once for all of them. */
  private async lookups(ctx: RequestContext, proposals: readonly AwardProposal[]) {
    const em = this.connection.manager(ctx);
    const ids = proposals.map((p) => p.id);
    const caseIds = [...new Set(proposals.map((p) => p.caseId))];
    const lines = await em.getRepository(AwardLine).find({ where: { proposalId: In(ids) } });
    const approvals = await em.getRepository(AwardApproval).find({ where: { proposalId: In(ids) }, order: { decidedAt: 'ASC', id: 'ASC' } });
    const cases = await em.getRepository(PurchaseCase).find({ where: { id: In(caseIds) }, select: { id: true, reference: true, title: true, stage: true, categoryCode: true } });
    const codes = [...new Set(cases.map((c) => c.categoryCode?.trim()).filter((c): c is string => !!c))];
    const labelOf = new Map([...(await this.cpv.getMany(ctx, codes)).values()].map((l) => [l.code.trim(), l.label]));
    // Approvers away now who named the viewer their deputy: whom each waiting proposal is also for.
    const principalIds = await this.deputies.principalsOf(ctx, ctx.userId);
    const principals = await this.directory.byIds(ctx, null, principalIds);
    const principalConflicts = principals.length
      ? await em.getRepository(CaseConflict).find({ where: { caseId: In(caseIds), userId: In(principals.map((p) => p.id)) }, select: { caseId: true, userId: true, supplierId: true } })
      : [];
    const reserved = await this.reservations.liveOf(ctx, proposals, approvals);
    const userIds = [
      ...new Set([
        ...proposals.map((p) => p.proposedBy),
        ...approvals.flatMap((a) => (a.onBehalfOf ? [a.approverId, a.onBehalfOf] : [a.approverId])),
        ...principals.map((p) => p.id),
        ...[...reserved.values()].flat().map((r) => r.assigneeId),
      ]),
    ];
    const nameOf = await this.directory.names(ctx, userIds);
    // The viewer's team roles on these cases: whether the case page will open for them (the case access rule).
    const rolesOnCase = await this.visibility.rolesOn(ctx, caseIds);
    const canOpen = (caseId: string) => (rolesOnCase.get(caseId) ?? []).length > 0;
    const myConflicts = await em.getRepository(CaseConflict).find({ where: { caseId: In(caseIds), userId: ctx.userId }, select: { caseId: true, supplierId: true } });
    const caseOf = new Map(cases.map((c) => [c.id, c]));
    return { lines, approvals, labelOf, principals, principalConflicts, reserved, nameOf, canOpen, myConflicts, caseOf };
  }

  async views(ctx: RequestContext, proposals: readonly AwardProposal[]): Promise<AwardProposalType[]> {
    if (proposals.length === 0) return [];
    const v = await this.lookups(ctx, proposals);
    return proposals.map((p) => proposalView(ctx, p, v));
  }

}

/** numeric(18,4) quantities as quoted: "4.0000" → "4", "2.5000" → "2.5". */
function trimZeros(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

type ViewLookups = Awaited<ReturnType<AwardViewService['lookups']>>;

/** One proposal as the viewer sees it: its lines and totals, its route with who decided each step, and whether the viewer may decide it now. */
function proposalView(ctx: RequestContext, p: AwardProposal, v: ViewLookups): AwardProposalType {
  const { approvals, labelOf, nameOf, canOpen, caseOf } = v;
  const snap = p.evaluationSnapshot as unknown as Partial<EvaluationSnapshot>;
  const inputs = decisionInputsOf(p, v);
  const { mine, steps, facts, reservations } = inputs;
  const decided = approvals.filter((a) => a.proposalId === p.id);
  const c = caseOf.get(p.caseId)!;
  const supplierName = new Map((snap.ranking ?? []).map((r) => [r.invitationId, r.supplierName]));
  const lineViews = lineViewsOf(mine, snap, supplierName);
  const supplierTotals = supplierTotalsOf(lineViews);
  const approvalViews = approvalViewsOf(decided, nameOf);
  const assigned = stepAssignments(steps, facts);
  const heldFor = reservedSteps(steps, facts, reservations);
  const open = p.status === AwardStatus.PENDING ? openSteps(steps, approvedRoles(facts), p.approvalMode) : [];
  const { verdict, deputyFor } = decisionOf(ctx, p, inputs);
  const firstBest = snap.firstBestTotal ?? null;
  const saved = savings(firstBest, p.totalValue);
  return {
    id: p.id,
    caseId: p.caseId,
    caseReference: c.reference,
    caseTitle: c.title,
    caseCategoryCode: c.categoryCode?.trim() || null,
    caseCategoryLabel: (c.categoryCode && labelOf.get(c.categoryCode.trim())) ?? null,
    rfqId: p.rfqId,
    rfqReference: snap.rfqReference ?? '',
    version: p.version,
    status: p.status,
    currency: p.currency,
    totalValue: p.totalValue,
    justification: p.justification,
    followsRanking: p.followsRanking,
    topRankedSupplierName: p.topRankedInvitationId ? (supplierName.get(p.topRankedInvitationId) ?? null) : null,
    importance: p.importance as ImportanceClass,
    approvalMode: p.approvalMode,
    lines: lineViews,
    supplierTotals,
    steps: steps.map((role, index) => ({
      index,
      role: role as Role,
      approval: assigned[index] === null ? null : approvalViews[assigned[index]!],
      open: open.includes(index),
      assigneeId: heldFor[index],
      assigneeName: heldFor[index] === null ? null : (nameOf.get(heldFor[index]!) ?? ''),
    })),
    approvals: approvalViews,
    proposedById: p.proposedBy,
    proposedByName: nameOf.get(p.proposedBy) ?? '',
    proposedAt: p.proposedAt,
    decidedAt: p.decidedAt,
    decisionReason: p.decisionReason,
    ranking: (snap.ranking ?? []).map((r) => ({ rank: r.rank, invitationId: r.invitationId, supplierName: r.supplierName, total: r.total, comparableTotal: r.comparableTotal })),
    firstBestTotal: firstBest,
    savings: saved === null ? null : saved.amount,
    savingsPercent: saved === null ? null : saved.percent,
    canDecide: verdict.ok,
    canOpenCase: canOpen(p.caseId),
    cannotDecideReason: verdict.ok ? null : verdict.code,
    deputyFor,
    scenarioId: p.scenarioId ?? null,
    scenarioName: p.scenario?.name ?? null,
  };
}

/** The proposal's lines in the specification's order, with the supplier named as it was ranked. */
function lineViewsOf(mine: AwardLine[], snap: Partial<EvaluationSnapshot>, supplierName: Map<string, string>): AwardLineType[] {
  const specLines = new Map((snap.lines ?? []).map((l) => [l.key, l]));
  return mine
  .map((l) => ({
    lineKey: l.lineKey,
    position: specLines.get(l.lineKey)?.position ?? 0,
    description: specLines.get(l.lineKey)?.description ?? l.lineKey,
    invitationId: l.invitationId,
    supplierId: l.supplierId,
    supplierName: supplierName.get(l.invitationId) ?? '',
    quantity: trimZeros(l.quantity),
    unitPrice: l.unitPrice,
    total: l.total,
  }))
  .sort((a, b) => a.position - b.position || a.supplierName.localeCompare(b.supplierName));
}

/** Each awarded supplier's total and count of lines, in the order its first line comes. */
function supplierTotalsOf(lineViews: AwardLineType[]): AwardSupplierTotalType[] {
  const supplierTotals: AwardSupplierTotalType[] = [];
  for (const l of lineViews) {
    if (supplierTotals.some((s) => s.invitationId === l.invitationId)) continue;
    const of = lineViews.filter((x) => x.invitationId === l.invitationId);
    supplierTotals.push({ invitationId: l.invitationId, supplierId: l.supplierId, supplierName: l.supplierName, total: sumMoney(of.map((x) => x.total)), lines: of.length });
  }
  return supplierTotals;
}

function approvalViewsOf(decided: AwardApproval[], nameOf: Map<string, string>): AwardApprovalType[] {
  return decided.map((a) => ({
  id: a.id,
  approverId: a.approverId,
  approverName: nameOf.get(a.approverId) ?? '',
  role: a.role as Role,
  decision: a.decision,
  onBehalfOfName: a.onBehalfOf ? (nameOf.get(a.onBehalfOf) ?? '') : null,
  comment: a.comment,
  decidedAt: a.decidedAt,
}));
}

/** What deciding on a proposal depends on, from the lookups of its list. */
function decisionInputsOf(p: AwardProposal, v: ViewLookups) {
  const facts = v.approvals.filter((a) => a.proposalId === p.id).map(fact);
  return {
    caseStage: v.caseOf.get(p.caseId)!.stage as CaseStage,
    steps: p.approvalSteps as ApproverRole[],
    facts,
    mine: v.lines.filter((l) => l.proposalId === p.id),
    reservations: p.status === AwardStatus.PENDING ? (v.reserved.get(p.id) ?? []) : [],
    myConflicts: v.myConflicts,
    principals: v.principals,
    principalConflicts: v.principalConflicts,
    nameOf: v.nameOf,
  };
}

/** Whether the viewer may decide the proposal now, and for which absent approvers (whose deputy they are) too. */
function decisionOf(
  ctx: RequestContext,
  p: AwardProposal,
  d: {
    caseStage: CaseStage;
    steps: ApproverRole[];
    facts: ReturnType<typeof fact>[];
    mine: AwardLine[];
    reservations: ViewLookups['reserved'] extends Map<string, infer R> ? R : never;
    myConflicts: ViewLookups['myConflicts'];
    principals: ViewLookups['principals'];
    principalConflicts: ViewLookups['principalConflicts'];
    nameOf: Map<string, string>;
  },
) {
  const { caseStage, steps, facts, mine, reservations, myConflicts, principals, principalConflicts, nameOf } = d;
  const decisionFacts = {
    status: p.status,
    caseStage,
    proposedBy: p.proposedBy,
    steps,
    mode: p.approvalMode,
    approvals: facts,
    awardedSupplierIds: [...new Set(mine.map((l) => l.supplierId))],
    reservations,
  };
  const verdict = decisionVerdict(decisionFacts, {
    userId: ctx.userId,
    roles: ctx.signedIn.roles,
    conflictedSupplierIds: myConflicts.filter((x) => x.caseId === p.caseId).map((x) => x.supplierId),
  });
  const deputyFor = verdict.ok
    ? principals
        .filter(
          (u) =>
            decisionVerdict(decisionFacts, {
              userId: u.id,
              roles: u.roles,
              conflictedSupplierIds: principalConflicts.filter((x) => x.caseId === p.caseId && x.userId === u.id).map((x) => x.supplierId),
            }).ok,
        )
        .map((u) => nameOf.get(u.id) ?? '')
    : [];
  return { verdict, deputyFor };
}
