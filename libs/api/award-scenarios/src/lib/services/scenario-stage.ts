import { AppError, conflict } from '@bc/api/core';
import type { RfqEvaluationType } from '@bc/api/evaluation';
import type { PurchaseCase } from '@bc/api/purchasing';
import type { Rfq } from '@bc/api/rfq';
import { CaseStage, ErrorCode, RfqStatus } from '@bc/shared/domain';

/**
 * The stages in which a buyer builds, changes and solves scenarios: once the RFQ has closed and
 * its evaluation is complete (EVALUATION), while negotiating or during an auction (NEGOTIATION: a
 * result solved before a quote changes is then marked stale by its fingerprint, not refused), and
 * in DECISION, where an award is proposed from one. Once AWARDED or CANCELLED they are read only.
 */
export const SCENARIO_STAGES: readonly CaseStage[] = [CaseStage.EVALUATION, CaseStage.NEGOTIATION, CaseStage.DECISION];

/** Why scenarios cannot be changed now (null: they can): STAGE_LOCKED, or CONFLICT while the RFQ is not closed or not fully evaluated. */
export function scenarioLock(purchaseCase: PurchaseCase, rfq: Rfq, evaluation: RfqEvaluationType | null, field: string): AppError | null {
  if (!SCENARIO_STAGES.includes(purchaseCase.stage)) {
    return new AppError(ErrorCode.STAGE_LOCKED, `Award scenarios are built while the case is in evaluation, negotiation or decision; ${purchaseCase.reference} is in ${purchaseCase.stage}`, {
      field,
      details: { stage: purchaseCase.stage },
    });
  }
  if (rfq.status !== RfqStatus.CLOSED || !rfq.closedAt) return conflict(`Award scenarios are built once ${rfq.reference} has closed`, field);
  if (evaluation && !evaluation.rankingComplete) {
    return conflict(`The evaluation of ${rfq.reference} is not complete: every quote needs a score on every criterion (and every currency a rate) before scenarios are built`, field);
  }
  return null;
}
