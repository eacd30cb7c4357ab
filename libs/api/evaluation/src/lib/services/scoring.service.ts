import { Injectable } from '@nestjs/common';
import { AppError, assertId, Clock, conflict, forbidden, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { UserDirectory } from '@bc/api/identity';
import { CaseAccessService, CaseConflict, CaseVisibility, PurchaseCase } from '@bc/api/purchasing';
import { Supplier } from '@bc/api/suppliers';
import {
  caseRoles,
  compareDecimals,
  CriterionKind,
  ErrorCode,
  EvaluatorScore,
  evaluatorScoreProblems,
  outstandingTechnicalScores,
  Permission,
  QuoteStatus,
  rankSuppliers,
  Role,
  RfqCriterion,
  RfqStatus,
  sensitivity,
  scoreSuppliers,
  SupplierResult,
} from '@bc/shared/domain';
import { In } from 'typeorm';
import { pricesHidden, Rfq, RfqInvitation, RfqService } from '@bc/api/rfq';
import { EvaluatorScoreType, OutstandingTechnicalScoreType, RfqEvaluationType, SensitivityChangeType, SupplierEvaluationType } from '../dto/scoring.types';
import { EvaluationScore } from '../entities/evaluation-score.entity';
import { PortalService, Quote, QuoteRecords, QuoteService } from '@bc/api/quotes';
import { ComparisonService } from './comparison.service';

/**
 * The buying center's rule for who scores what, in the order a role is picked: specifiers score
 * TECHNICAL, buyers COMMERCIAL, both RELIABILITY (used only where the supplier has no recorded
 * performance). PRICE is scored by the server. An advisor may score any non-price criterion, but
 * apart (not counted).
 */
export const COUNTED_SCORERS: Readonly<Record<CriterionKind, readonly Role[]>> = {
  [CriterionKind.PRICE]: [],
  [CriterionKind.TECHNICAL]: [Role.SPECIFIER],
  [CriterionKind.COMMERCIAL]: [Role.BUYER],
  [CriterionKind.RELIABILITY]: [Role.SPECIFIER, Role.BUYER],
};

/**
 * The role a user with `roles` on the case scores a criterion of `kind` in, and whether the score
 * counts; null when none of the roles may score it. A user in two roles counts in the role that
 * fits the kind; the advisory role is used only when no counted one fits.
 */
export function scoringRole(roles: readonly Role[], kind: CriterionKind): { role: Role; counted: boolean } | null {
  if (kind === CriterionKind.PRICE) return null;
  const fitting = COUNTED_SCORERS[kind].find((r) => roles.includes(r));
  if (fitting) return { role: fitting, counted: true };
  if (roles.includes(Role.ADVISOR)) return { role: Role.ADVISOR, counted: false };
  return null;
}

export { pricesHidden };

/** The converted total price is scored on; a non-positive one cannot be (`priceScores` refuses it), so it counts as not comparable. */
const comparableTotal = (total: string | null): string | null => (total !== null && !total.startsWith('-') && compareDecimals(total, '0') > 0 ? total : null);

interface ScoreRow {
  id: string;
  invitation_id: string;
  criterion_key: string;
  evaluator_id: string;
  evaluator_role: Role;
  score: number;
  comment: string;
  counted: boolean;
  created_at: Date;
}

/**
 * Evaluators' scores of a closed RFQ's quotes, and the evaluation built from them with the pure
 * scoring rules of `@bc/shared/domain` (price from the comparable totals, reliability from recorded
 * performance or the evaluators, the other criteria from the counted evaluators' consensus; the
 * weighted total, ranking and sensitivity check).
 */
@Injectable()
export class ScoringService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly rfqs: RfqService,
    private readonly quotes: QuoteService,
    private readonly quoteRecords: QuoteRecords,
    private readonly portal: PortalService,
    private readonly comparisons: ComparisonService,
    private readonly visibility: CaseVisibility,
    private readonly directory: UserDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * Scores one supplier's quote on one criterion. Only on a closed RFQ; never PRICE; in the role
   * that fits the criterion (see {@link scoringRole}); refused to a member who declared a conflict
   * of interest with the supplier. A score given before by the same evaluator is superseded, kept.
   */
  /** The invitation scored and the role the caller scores it in: a quote to score, a role that scores the kind, no declared conflict. */
  private async scorer(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase, invitationId: string, criterion: RfqCriterion): Promise<{ invitation: RfqInvitation; as: { role: Role; counted: boolean } }> {
    assertId(invitationId, 'Invitation');
    const invitation = await this.connection.getRepository(ctx, RfqInvitation).findOne({ where: { id: invitationId, rfqId: rfq.id, organizationId: ctx.organizationId } });
    if (!invitation) throw notFound('Invitation');
    const quoted = await this.connection.getRepository(ctx, Quote).exists({ where: { invitationId: invitation.id, status: QuoteStatus.SUBMITTED } });
    if (!quoted) throw validationFailed('invitationId', `${invitation.supplierName} has no submitted quote to score`);

    const roles = caseRoles(ctx.signedIn.roles, await this.access.teamRoles(ctx, rfq.caseId));
    const as = scoringRole(roles, criterion.kind);
    if (!as) {
      throw forbidden(`Your roles on ${purchaseCase.reference} (${roles.join(', ')}) do not score ${criterion.kind.toLowerCase()} criteria such as ${criterion.name}`);
    }
    const conflicts = await this.connection.getRepository(ctx, CaseConflict).count({ where: { caseId: rfq.caseId, userId: ctx.userId, supplierId: invitation.supplierId } });
    if (conflicts > 0) {
      throw new AppError(ErrorCode.CONFLICT_OF_INTEREST, `You declared a conflict of interest with ${invitation.supplierName}: you take no part in scoring it`, {
        details: { supplierId: invitation.supplierId },
      });
    }
    return { invitation, as };
  }

  async score(ctx: RequestContext, rfqId: string, invitationId: string, criterionKey: string, score: number, comment: string): Promise<EvaluatorScoreType> {
    // The RFQ row is held for the transaction: one scorer at a time supersedes and inserts.
    const { rfq, purchaseCase } = await this.rfqs.open(ctx, rfqId, Permission.QUOTE_SCORE, true);
    const criterion = scorableCriterion(rfq, criterionKey);
    const { invitation, as } = await this.scorer(ctx, rfq, purchaseCase, invitationId, criterion);
    const problems = evaluatorScoreProblems({ score, comment });
    if (problems.length > 0) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, problems[0].message, { field: problems[0].field, details: { problems } });
    }

    const repo = this.connection.getRepository(ctx, EvaluationScore);
    const superseded: Array<{ id: string; score: number }> = (
      await repo
        .createQueryBuilder()
        .update()
        .set({ supersededAt: this.clock.now() })
        .where('rfq_id = :rfqId AND invitation_id = :invitationId AND criterion_key = :criterionKey AND evaluator_id = :evaluatorId AND superseded_at IS NULL', {
          rfqId: rfq.id,
          invitationId: invitation.id,
          criterionKey: criterion.key,
          evaluatorId: ctx.userId,
        })
        .returning(['id', 'score'])
        .execute()
    ).raw;
    const saved = await repo.save(
      repo.create({
        organizationId: ctx.organizationId,
        rfqId: rfq.id,
        invitationId: invitation.id,
        criterionKey: criterion.key,
        evaluatorId: ctx.userId,
        evaluatorRole: as.role,
        score,
        comment: comment.trim(),
        counted: as.counted,
        createdAt: this.clock.now(),
      }),
    );
    // Scores are not sealed content: the RFQ is closed and its quotes are open.
    await this.audit.record(ctx, {
      action: 'evaluation.scored',
      entityType: 'Rfq',
      entityId: rfq.id,
      organizationId: rfq.organizationId,
      summary: {
        reference: rfq.reference,
        scoreId: saved.id,
        supplier: invitation.supplierName,
        criterion: criterion.key,
        score,
        counted: as.counted,
        role: as.role,
        ...(superseded.length > 0 ? { supersedes: superseded[0].id, previousScore: Number(superseded[0].score) } : {}),
      },
    });
    return {
      id: saved.id,
      invitationId: invitation.id,
      supplierName: invitation.supplierName,
      criterionKey: criterion.key,
      evaluatorId: ctx.userId,
      evaluatorName: ctx.signedIn.userName,
      role: as.role,
      score,
      comment: saved.comment,
      counted: as.counted,
      conflictOfInterest: false,
      scoredAt: saved.createdAt,
    };
  }

  /**
   * Two envelopes: locks the technical scores of a closed two-envelope RFQ for good, which shows
   * the prices to the evaluators. Only when every specifier on the team has given a counted score
   * on every TECHNICAL criterion to every submitted quote (CONFLICT with what is missing otherwise).
   */
  async lockTechnical(ctx: RequestContext, rfqId: string): Promise<Rfq> {
    // The RFQ row is held: a technical score given at the same moment waits, and then sees the lock.
    const { rfq } = await this.rfqs.open(ctx, rfqId, Permission.RFQ_MANAGE, true);
    if (!rfq.twoEnvelope) {
      throw conflict(`${rfq.reference} is evaluated in one envelope: its prices are not hidden, there is nothing to lock`, 'rfqId');
    }
    if (rfq.status !== RfqStatus.CLOSED || !rfq.closedAt) {
      throw new AppError(ErrorCode.CONFLICT, `The technical scores are locked once ${rfq.reference} has closed and they are complete`, {
        field: 'rfqId',
        details: { status: rfq.status },
      });
    }
    if (rfq.technicalLockedAt) {
      throw new AppError(ErrorCode.CONFLICT, `The technical scores of ${rfq.reference} are locked already`, {
        field: 'rfqId',
        details: { technicalLockedAt: rfq.technicalLockedAt.toISOString() },
      });
    }
    const evaluation = await this.evaluate(ctx, rfq.id);
    const outstanding = evaluation.technicalOutstanding;
    if (outstanding.length > 0) {
      const shown = outstanding
        .slice(0, 5)
        .map((o) => `${o.criterionKey} for ${o.supplierName}${o.evaluatorName ? ` by ${o.evaluatorName}` : ' (no specifier on the team can score it)'}`);
      throw new AppError(
        ErrorCode.CONFLICT,
        `The technical scoring is not complete: ${outstanding.length} counted score${outstanding.length === 1 ? ' is' : 's are'} missing (${shown.join('; ')}${outstanding.length > shown.length ? '; …' : ''})`,
        { field: 'rfqId', details: { outstanding } },
      );
    }
    const now = this.clock.now();
    Object.assign(rfq, { technicalLockedAt: now, technicalLockedBy: ctx.userId, updatedAt: now });
    await this.connection.getRepository(ctx, Rfq).save(rfq);
    await this.audit.record(ctx, {
      action: 'evaluation.technical-locked',
      entityType: 'Rfq',
      entityId: rfq.id,
      organizationId: rfq.organizationId,
      summary: {
        reference: rfq.reference,
        technicalCriteria: rfq.criteria.filter((c) => c.kind === CriterionKind.TECHNICAL).map((c) => c.key),
        suppliers: evaluation.suppliers.map((s) => s.supplierName),
        // The prices are open from now on, and with them the receipts that cover them.
        receipts: await this.quoteRecords.receiptsOnRecord(ctx, rfq.id),
      },
    });
    return rfq;
  }

  /**
   * The evaluation of a closed RFQ from the latest submitted revision of every quote (refused with
   * SEALED before closing, like every read of quote content). Scores of a member who has declared a
   * conflict of interest with the supplier are shown but do not count.
   */
  /** The live scores of the compared quotes as evaluators gave them, a conflicted evaluator's not counted. */
  private async scoreViews(
    ctx: RequestContext,
    rfq: Rfq,
    compared: Array<{ invitationId: string; supplierId: string; supplierName: string; totalConverted: string | null }>,
    criteria: Map<string, RfqCriterion>,
    conflicted: Set<string>,
  ) {
    const invitations = new Set(compared.map((s) => s.invitationId));
    const rows: ScoreRow[] = (
      await this.connection.manager(ctx).query(
        `SELECT s.id, s.invitation_id, s.criterion_key, s.evaluator_id, s.evaluator_role, s.score, s.comment, s.counted, s.created_at
           FROM evaluation_score s
          WHERE s.rfq_id = $1 AND s.organization_id = $2 AND s.superseded_at IS NULL
          ORDER BY s.created_at, s.id`,
        [rfq.id, ctx.organizationId],
      )
    ).filter((r: ScoreRow) => invitations.has(r.invitation_id) && criteria.has(r.criterion_key) && criteria.get(r.criterion_key)?.kind !== CriterionKind.PRICE);

    const evaluators = await this.directory.peopleByIds(ctx, rows.map((r) => r.evaluator_id));
    const bySupplier = new Map(compared.map((s) => [s.invitationId, s]));
    const supplierOf = (invitationId: string) => {
      const found = bySupplier.get(invitationId);
      if (!found) throw new Error(`Invitation ${invitationId} is not among the compared quotes`);
      return found;
    };
    const views = rows.map((r): EvaluatorScoreType => {
      const conflictOfInterest = conflicted.has(`${r.evaluator_id}\u0000${supplierOf(r.invitation_id).supplierId}`);
      return {
        id: r.id,
        invitationId: r.invitation_id,
        supplierName: supplierOf(r.invitation_id).supplierName,
        criterionKey: r.criterion_key,
        evaluatorId: r.evaluator_id,
        evaluatorName: evaluators.get(r.evaluator_id)?.name ?? '',
        role: r.evaluator_role,
        score: Number(r.score),
        comment: r.comment,
        counted: r.counted && !conflictOfInterest,
        conflictOfInterest,
        scoredAt: new Date(r.created_at),
      };
    });
    return { views, supplierOf };
  }

  async evaluate(ctx: RequestContext, rfqId: string): Promise<RfqEvaluationType> {
    const { rfq, ...comparison } = await this.comparisons.supplierRows(ctx, rfqId);
    const em = this.connection.manager(ctx);

    const supplierIds = [...new Set(comparison.suppliers.map((s) => s.supplierId))];
    const performance = new Map(
      supplierIds.length === 0
        ? []
        : (await em.getRepository(Supplier).find({ where: { id: In(supplierIds), organizationId: ctx.organizationId }, select: { id: true, reliabilityScore: true } })).map(
            (s) => [s.id, s.reliabilityScore] as const,
          ),
    );
    const conflicted = new Set(
      (await em.getRepository(CaseConflict).find({ where: { caseId: rfq.caseId }, select: { userId: true, supplierId: true } })).map((c) => `${c.userId}\u0000${c.supplierId}`),
    );
    const criteria = new Map(rfq.criteria.map((c) => [c.key, c]));
    const { views, supplierOf } = await this.scoreViews(ctx, rfq, comparison.suppliers, criteria, conflicted);
    // The pure rules know suppliers by id: here, the invitation (a quote per invitation).
    const scores: EvaluatorScore[] = views.map((v) => ({
      criterionKey: v.criterionKey,
      supplierId: v.invitationId,
      evaluatorId: v.evaluatorId,
      score: v.score,
      comment: v.comment,
      counted: v.counted,
    }));
    // Two envelopes: until the technical lock no price reaches the evaluators (nor a ranking that would follow from one).
    const hidden = pricesHidden(rfq);
    const priceOf = (s: { totalConverted: string | null }) => (hidden ? null : comparableTotal(s.totalConverted));
    const inputs = comparison.suppliers.map((s) => ({
      id: s.invitationId,
      name: s.supplierName,
      comparableTotal: priceOf(s),
      performanceScore: performance.get(s.supplierId) ?? null,
    }));
    const results: SupplierResult[] = scoreSuppliers({ criteria: rfq.criteria, suppliers: inputs, scores });
    const ranking = rankSuppliers(results);
    if (hidden) {
      ranking.entries.sort((a, b) => a.supplierName.localeCompare(b.supplierName));
      for (const entry of ranking.entries) {
        entry.rank = 0;
        entry.missing = entry.missing.filter((key) => criteria.get(key)?.kind !== CriterionKind.PRICE);
      }
    }
    const nameOf = (invitationId: string) => supplierOf(invitationId).supplierName;
    const sens = results.length > 0 && !hidden ? sensitivity(rfq.criteria, results) : null;

    const suppliers = supplierViews(ranking.entries, { supplierOf, priceOf, performance, criteria, views });

    return {
      rfqId: rfq.id,
      reference: rfq.reference,
      twoEnvelope: rfq.twoEnvelope,
      pricesHidden: hidden,
      technicalLockedAt: rfq.technicalLockedAt,
      technicalOutstanding:
        rfq.twoEnvelope && !rfq.technicalLockedAt
          ? await this.technicalOutstanding(ctx, rfq, comparison.suppliers, scores, conflicted)
          : [],
      currency: rfq.currency,
      criteria: rfq.criteria.map((c) => ({ ...c })),
      missingRates: comparison.missingRates,
      suppliers,
      rankingComplete: ranking.complete && !hidden,
      sensitivity: sens ? sensitivityView(rfq.criteria, sens, nameOf) : null,
    };
  }

  /**
   * The counted technical scores still missing before the lock: every specifier on the team (who
   * holds the role and is not disabled) scores every TECHNICAL criterion of every submitted quote,
   * except a supplier they declared a conflict of interest with; and every such criterion and quote
   * needs at least one counted score (an entry without evaluator when no specifier can give it).
   */
  private async technicalOutstanding(
    ctx: RequestContext,
    rfq: Rfq,
    suppliers: ReadonlyArray<{ invitationId: string; supplierId: string; supplierName: string }>,
    scores: readonly EvaluatorScore[],
    conflicted: ReadonlySet<string>,
  ): Promise<OutstandingTechnicalScoreType[]> {
    const technical = rfq.criteria.filter((c) => c.kind === CriterionKind.TECHNICAL);
    if (technical.length === 0 || suppliers.length === 0) return [];
    const specifiers = await this.visibility.activeTeamUsers(ctx, ctx.organizationId, rfq.caseId, null, [Role.SPECIFIER], 'name');
    const names = new Map(specifiers.map((s) => [s.id, s.name]));
    const outstanding: OutstandingTechnicalScoreType[] = [];
    for (const s of suppliers) {
      const expected = specifiers.filter((u) => !conflicted.has(`${u.id}\u0000${s.supplierId}`)).map((u) => u.id);
      const own = scores.filter((x) => x.supplierId === s.invitationId);
      for (const o of outstandingTechnicalScores(technical, own, [s.invitationId], expected)) {
        outstanding.push({ criterionKey: o.criterionKey, invitationId: s.invitationId, supplierName: s.supplierName, evaluatorId: o.evaluatorId, evaluatorName: names.get(o.evaluatorId) ?? null });
      }
      for (const c of technical) {
        const consensus = own.some((x) => x.counted && x.criterionKey === c.key);
        if (!consensus && !outstanding.some((o) => o.invitationId === s.invitationId && o.criterionKey === c.key)) {
          outstanding.push({ criterionKey: c.key, invitationId: s.invitationId, supplierName: s.supplierName, evaluatorId: null, evaluatorName: null });
        }
      }
    }
    return outstanding;
  }

  /** The evaluator's live (not superseded) scores on these RFQs. */
  async liveScoresBy(ctx: RequestContext, evaluatorId: string, rfqIds: readonly string[]): Promise<Array<{ rfqId: string; invitationId: string; criterionKey: string }>> {
    if (rfqIds.length === 0) return [];
    return this.connection.manager(ctx).query(
      `SELECT rfq_id AS "rfqId", invitation_id AS "invitationId", criterion_key AS "criterionKey"
         FROM evaluation_score WHERE evaluator_id = $1 AND superseded_at IS NULL AND rfq_id = ANY($2::uuid[])`,
      [evaluatorId, [...rfqIds]],
    );
  }
}

/** The criterion an evaluator may score on this RFQ now: closed, not priced by the server, not locked. */
function scorableCriterion(rfq: Rfq, criterionKey: string): RfqCriterion {
  if (rfq.status !== RfqStatus.CLOSED || !rfq.closedAt) {
    throw conflict(`Quotes are scored once ${rfq.reference} has closed and its quotes are open`, 'rfqId');
  }
  const criterion = rfq.criteria.find((c) => c.key === criterionKey);
  if (!criterion) throw validationFailed('criterionKey', `${rfq.reference} has no criterion ${criterionKey}`);
  if (criterion.kind === CriterionKind.PRICE) {
    throw validationFailed('criterionKey', `${criterion.name} is scored by the server from the comparable totals, not by evaluators`);
  }
  if (criterion.kind === CriterionKind.TECHNICAL && rfq.technicalLockedAt) {
    throw new AppError(ErrorCode.SCORES_LOCKED, `The technical scores of ${rfq.reference} were locked before prices were shown: ${criterion.name} can no longer be scored`, {
      field: 'criterionKey',
      details: { technicalLockedAt: rfq.technicalLockedAt.toISOString() },
    });
  }
  return criterion;
}

/** What the ranking shows of each supplier: its place, total, price as compared, reliability and every criterion with its scores. */
function supplierViews(
  entries: ReturnType<typeof rankSuppliers>['entries'],
  { supplierOf, priceOf, performance, criteria, views }: {
    supplierOf: (invitationId: string) => { supplierId: string; supplierName: string; totalConverted: string | null };
    priceOf: (s: { totalConverted: string | null }) => string | null;
    performance: Map<string, number | null>;
    criteria: Map<string, RfqCriterion>;
    views: EvaluatorScoreType[];
  },
): SupplierEvaluationType[] {
  // Each cell's scores, counted first: looked up per supplier and criterion, not searched.
  const byCell = new Map<string, EvaluatorScoreType[]>();
  for (const v of views) {
    const cell = `${v.invitationId}\u0000${v.criterionKey}`;
    byCell.set(cell, [...(byCell.get(cell) ?? []), v]);
  }
  return entries.map((entry) => {
    const compared = supplierOf(entry.supplierId);
    return {
      invitationId: entry.supplierId,
      supplierId: compared.supplierId,
      supplierName: entry.supplierName,
      rank: entry.rank,
      total: entry.total,
      missing: entry.missing,
      comparableTotal: priceOf(compared),
      performanceScore: performance.get(compared.supplierId) ?? null,
      criteria: entry.criteria.map((c) => ({
        criterionKey: c.criterionKey,
        name: criteria.get(c.criterionKey)?.name ?? c.criterionKey,
        kind: c.kind,
        weight: c.weight,
        score: c.score,
        source: c.source,
        mean: c.consensus?.mean ?? null,
        spread: c.consensus?.spread ?? null,
        wideSpread: c.consensus?.wideSpread ?? false,
        scores: [...(byCell.get(`${entry.supplierId}\u0000${c.criterionKey}`) ?? [])].sort((a, b) => Number(b.counted) - Number(a.counted)),
      })),
    };
  });
}

/** How stable the ranking is: how much each criterion's weight would have to shift to change the leader. */
function sensitivityView(criteria: RfqCriterion[], sens: NonNullable<ReturnType<typeof sensitivity>>, nameOf: (invitationId: string) => string) {
  const change = (c: { criterionKey: string; shift: number; newLeader: string }): SensitivityChangeType => ({
    criterionKey: c.criterionKey,
    shift: c.shift,
    newLeaderInvitationId: c.newLeader,
    newLeaderName: nameOf(c.newLeader),
  });
  return {
    stable: sens.stable,
    leaderInvitationId: sens.leader,
    leaderName: nameOf(sens.leader),
    changes: sens.changes.map(change),
    byCriterion: criteria.map((c) => {
      const smallest = sens.byCriterion[c.key];
      return { criterionKey: c.key, smallestChange: smallest ? change(smallest) : null };
    }),
  };
}
