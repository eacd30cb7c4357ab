import { Injectable } from '@nestjs/common';
import { AppError, Clock, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import {
  CaseFacts,
  CaseStage,
  CLOSED_STAGES,
  ErrorCode,
  Permission,
  TransitionBlocker,
  transitionBlockers,
  transitionsFrom,
  TransitionVia,
} from '@bc/shared/domain';
import { findTransition } from '@bc/shared/domain';
import { CaseStageChange } from '../entities/case-stage-change.entity';
import { PurchaseCase } from '../entities/purchase-case.entity';
import { CaseAccessService } from './case-access.service';
import { CaseCancellationService, Withdrawn } from './case-cancellation.service';
import { CaseFactsService } from './case-facts.service';

export interface NextStep {
  to: CaseStage;
  blockers: TransitionBlocker[];
  needsReason: boolean;
  /** The action that makes this step (publishing, closing or cancelling the RFQ); null for a plain move. */
  via: TransitionVia | null;
}

export const MAX_REASON_LENGTH = 2000;

const VIA_TEXT: Record<TransitionVia, string> = {
  [TransitionVia.RFQ_PUBLISH]: 'publishing its approved RFQ',
  [TransitionVia.RFQ_CLOSE]: 'the closing of its RFQ',
  [TransitionVia.RFQ_CANCEL]: 'cancelling its RFQ',
  [TransitionVia.NEGOTIATION_OPEN]: 'opening a negotiation round',
  [TransitionVia.NEGOTIATION_SKIP]: 'skipping the negotiation',
  [TransitionVia.NEGOTIATION_FINISH]: 'ending the negotiation',
  [TransitionVia.AWARD_APPROVAL]: 'the last approval of its award',
};

/** The steps out of a stage with what blocks each now (a missing reason is not a blocker yet). */
export function nextSteps(stage: CaseStage, facts: CaseFacts): NextStep[] {
  if (CLOSED_STAGES.includes(stage)) return [];
  return transitionsFrom(stage).map((t) => ({
    to: t.to,
    blockers: t.preconditions(facts),
    needsReason: t.needsReason,
    via: t.via ?? null,
  }));
}

/**
 * Moves cases between stages through the declared machine (CASE_TRANSITIONS) and nothing else:
 * every move is checked, kept in case_stage_change and written to the audit trail.
 */
@Injectable()
export class TransitionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly facts: CaseFactsService,
    private readonly cancellation: CaseCancellationService,
    private readonly clock: Clock,
  ) {}

  async move(ctx: RequestContext, caseId: string, to: CaseStage, reason?: string | null): Promise<PurchaseCase> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.CASE_MANAGE, true);
    const text = reason?.trim() || null;
    if (text && text.length > MAX_REASON_LENGTH) throw validationFailed('reason', `reason must be at most ${MAX_REASON_LENGTH} characters`);
    const from = purchaseCase.stage;
    const via = findTransition(from, to)?.via;
    if (via) {
      throw new AppError(ErrorCode.TRANSITION_REFUSED, `${purchaseCase.reference} goes from ${from} to ${to} by ${VIA_TEXT[via]}, not by a plain move`, {
        details: { from, to, blockers: [], via },
      });
    }
    const blockers = transitionBlockers(from, to, await this.facts.factsOfOne(ctx, caseId), text);
    if (blockers === undefined) {
      throw new AppError(ErrorCode.TRANSITION_REFUSED, `A case cannot go from ${from} to ${to}`, {
        details: { from, to, blockers: [] },
      });
    }
    if (blockers.length > 0) {
      throw new AppError(ErrorCode.TRANSITION_REFUSED, `${purchaseCase.reference} cannot go from ${from} to ${to}: ${blockers.join(', ')}`, {
        details: { from, to, blockers },
      });
    }
    return this.record(ctx, purchaseCase, to, text, ctx.userId);
  }

  /**
   * The move an action makes (publishing, closing or cancelling an RFQ, negotiating, the award's
   * last approval), checked against the declared transition with that `via` and its preconditions
   * over the case's facts, the later ones as the acting library contributes them. The caller
   * holds the case row locked.
   */
  async moveVia(
    ctx: RequestContext,
    purchaseCase: PurchaseCase,
    to: CaseStage,
    via: TransitionVia,
    reason?: string | null,
    /** Who acts: the signed-in user, or null for the server itself (the closing job). */
    actorUserId: string | null = ctx.userId,
  ): Promise<PurchaseCase> {
    const from = purchaseCase.stage;
    const transition = findTransition(from, to);
    if (!transition || transition.via !== via) {
      throw new AppError(ErrorCode.TRANSITION_REFUSED, `${purchaseCase.reference} is in ${from}: ${VIA_TEXT[via]} cannot move it to ${to}`, {
        details: { from, to, blockers: [] },
      });
    }
    const text = reason?.trim() || null;
    const blockers = (await this.blockersOf(ctx, purchaseCase, to, text)) ?? [];
    if (blockers.length > 0) {
      throw new AppError(ErrorCode.TRANSITION_REFUSED, `${purchaseCase.reference} cannot go from ${from} to ${to}: ${blockers.join(', ')}`, {
        details: { from, to, blockers },
      });
    }
    return this.record(ctx, purchaseCase, to, text, actorUserId);
  }

  /**
   * What stands in the way of moving the case to `to` now (CASE_TRANSITIONS over its facts), for
   * an action that must know before it changes anything (cancelling a published RFQ).
   */
  async blockersOf(ctx: RequestContext, purchaseCase: PurchaseCase, to: CaseStage, reason?: string | null): Promise<TransitionBlocker[] | undefined> {
    return transitionBlockers(purchaseCase.stage, to, await this.facts.factsOfOne(ctx, purchaseCase.id), reason);
  }

  private async record(ctx: RequestContext, purchaseCase: PurchaseCase, to: CaseStage, text: string | null, actorUserId: string | null): Promise<PurchaseCase> {
    const caseId = purchaseCase.id;
    const from = purchaseCase.stage;
    // A cancelled case leaves nothing waiting for an approver: its pending approvals are withdrawn with it.
    const withdrawn: Withdrawn[] = to === CaseStage.CANCELLED ? await this.cancellation.withdrawOpenApprovals(ctx, purchaseCase, text ?? 'Case cancelled') : [];
    const now = this.clock.now();
    await this.connection.getRepository(ctx, PurchaseCase).update(caseId, {
      stage: to,
      stageChangedAt: now,
      ...(to === CaseStage.CANCELLED ? { cancelReason: text } : {}),
    });
    await this.connection
      .getRepository(ctx, CaseStageChange)
      .insert({ caseId, fromStage: from, toStage: to, reason: text, actorUserId, occurredAt: now });
    await this.audit.record(ctx, {
      action: to === CaseStage.CANCELLED ? 'case.cancelled' : 'case.stage-changed',
      entityType: 'PurchaseCase',
      entityId: caseId,
      organizationId: purchaseCase.organizationId,
      actorUserId,
      ...(actorUserId === null ? { actorName: null } : {}),
      summary: { reference: purchaseCase.reference, from, to, ...(text ? { reason: text } : {}), ...(withdrawn.length > 0 ? { withdrawn } : {}) },
    });
    return { ...purchaseCase, stage: to, stageChangedAt: now, cancelReason: to === CaseStage.CANCELLED ? text : purchaseCase.cancelReason };
  }
}
