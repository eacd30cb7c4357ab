import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { CaseAccessService, MAX_REASON_LENGTH, PurchaseCase, TransitionService } from '@bc/api/purchasing';
import { CaseStage, Permission, RfqStatus, TransitionBlocker, TransitionVia } from '@bc/shared/domain';
import { Rfq } from '../entities/rfq.entity';
import { ScoringService } from './scoring.service';

/**
 * Negotiation after an RFQ has closed: skipping it (with a reason) or finishing it moves the case
 * on to DECISION. Every move holds the case row (`FOR UPDATE`) and goes through the stage machine
 * (`TransitionService.moveVia`) with what this service finds in the way.
 */
@Injectable()
export class NegotiationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly transitions: TransitionService,
    private readonly scoring: ScoringService,
  ) {}

  /** EVALUATION → DECISION without negotiating, with a reason; only once the evaluation is complete. */
  async skip(ctx: RequestContext, caseId: string, reason: string): Promise<PurchaseCase> {
    const text = reason.trim();
    if (text.length > MAX_REASON_LENGTH) throw validationFailed('reason', `A reason is at most ${MAX_REASON_LENGTH} characters`);
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.NEGOTIATION_MANAGE, true);
    const rfq = await this.closedRfqOf(ctx, purchaseCase.id);
    const blockers = purchaseCase.stage === CaseStage.EVALUATION ? await this.evaluationBlockers(ctx, rfq) : [];
    const moved = await this.transitions.moveVia(ctx, purchaseCase, CaseStage.DECISION, TransitionVia.NEGOTIATION_SKIP, text, ctx.userId, blockers);
    await this.audit.record(ctx, {
      action: 'negotiation.skipped',
      entityType: 'PurchaseCase',
      entityId: purchaseCase.id,
      organizationId: purchaseCase.organizationId,
      summary: { reference: purchaseCase.reference, rfq: rfq?.reference ?? null, reason: text },
    });
    return moved;
  }

  /** NEGOTIATION → DECISION; not while a round is open. */
  async finish(ctx: RequestContext, caseId: string): Promise<PurchaseCase> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.NEGOTIATION_MANAGE, true);
    const rfq = await this.closedRfqOf(ctx, purchaseCase.id);
    const open = rfq ? await this.openRoundNumber(ctx, rfq.id) : null;
    const blockers = open !== null ? [TransitionBlocker.NEGOTIATION_ROUND_OPEN] : [];
    const moved = await this.transitions.moveVia(ctx, purchaseCase, CaseStage.DECISION, TransitionVia.NEGOTIATION_FINISH, null, ctx.userId, blockers);
    const [rounds] = rfq ? await this.connection.manager(ctx).query(`SELECT count(*)::int AS n FROM negotiation_round WHERE rfq_id = $1`, [rfq.id]) : [{ n: 0 }];
    await this.audit.record(ctx, {
      action: 'negotiation.finished',
      entityType: 'PurchaseCase',
      entityId: purchaseCase.id,
      organizationId: purchaseCase.organizationId,
      summary: { reference: purchaseCase.reference, rfq: rfq?.reference ?? null, rounds: rounds.n },
    });
    return moved;
  }

  // ---- shared rules --------------------------------------------------------------------------

  /** The case's closed RFQ (the one negotiated on), or null. */
  async closedRfqOf(ctx: RequestContext, caseId: string): Promise<Rfq | null> {
    return this.connection.getRepository(ctx, Rfq).findOne({
      where: { caseId, organizationId: ctx.organizationId, status: RfqStatus.CLOSED },
      order: { createdAt: 'DESC' },
    });
  }

  /**
   * What keeps the evaluation from being complete: a supplier without a score on some criterion
   * (or a price not yet converted), no quote at all, or, under two envelopes, no technical lock.
   */
  async evaluationBlockers(ctx: RequestContext, rfq: Rfq | null): Promise<TransitionBlocker[]> {
    if (!rfq || !rfq.closedAt) return [TransitionBlocker.EVALUATION_INCOMPLETE];
    if (rfq.twoEnvelope && !rfq.technicalLockedAt) return [TransitionBlocker.EVALUATION_INCOMPLETE];
    const evaluation = await this.scoring.evaluate(ctx, rfq.id);
    return evaluation.suppliers.length > 0 && evaluation.rankingComplete ? [] : [TransitionBlocker.EVALUATION_INCOMPLETE];
  }

  /** The number of the RFQ's round open now by the database clock, or null. */
  async openRoundNumber(ctx: RequestContext, rfqId: string): Promise<number | null> {
    const [row] = await this.connection
      .manager(ctx)
      .query(`SELECT number FROM negotiation_round WHERE rfq_id = $1 AND ended_at IS NULL AND now() < closes_at ORDER BY number DESC LIMIT 1`, [rfqId]);
    return row ? Number(row.number) : null;
  }
}
