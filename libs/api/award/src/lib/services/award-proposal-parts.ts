import { AppError, validationFailed } from '@bc/api/core';
import type { RfqComparisonType, RfqEvaluationType } from '@bc/api/evaluation';
import type { PurchaseCase } from '@bc/api/purchasing';
import type { Rfq } from '@bc/api/rfq';
import { CaseStage, ErrorCode, lowerDecimal } from '@bc/shared/domain';
import type { ProposeAwardInput } from '../dto/award.inputs';

/** What a proposal was made on: kept in award_proposal.evaluation_snapshot for the inbox and the decision record. */
export interface EvaluationSnapshot {
  rfqReference: string;
  currency: string;
  criteria: Array<{ key: string; name: string; kind: string; weight: number }>;
  ranking: Array<{ rank: number; invitationId: string; supplierId: string; supplierName: string; total: number; comparableTotal: string | null; missing: string[] }>;
  topRankedInvitationId: string | null;
  /** The lowest comparable total of the quotes as they stood at the RFQ's closing (case currency). */
  firstBestTotal: string | null;
  /** The compared revisions (latest of each quote when proposed), with their receipts. */
  compared: Array<{ invitationId: string; supplierName: string; revision: number; sha256: string; total: string | null; totalConverted: string | null }>;
  lines: Array<{ key: string; position: number; description: string; quantity: string; unit: string }>;
  sensitivity: { stable: boolean; leaderInvitationId: string } | null;
}

/** The pure parts of proposing an award: the shape of the proposal asked for, and the evaluation frozen with it. */
/** A proposal is made in DECISION and names either one supplier for every line or a supplier per line. */
export function proposalShape(purchaseCase: PurchaseCase, input: ProposeAwardInput): { single: string | null; split: ProposeAwardInput['lines'] | null } {
  if (purchaseCase.stage !== CaseStage.DECISION) {
    throw new AppError(ErrorCode.STAGE_LOCKED, `An award is proposed while the case is in DECISION; ${purchaseCase.reference} is in ${purchaseCase.stage}`, {
      field: 'input.caseId',
      details: { stage: purchaseCase.stage },
    });
  }
  const single = input.invitationId ?? null;
  const split = input.lines ?? null;
  if ((single === null) === (split === null)) {
    throw validationFailed('input.invitationId', 'Give either invitationId (one supplier for every line) or lines (a split per line), not both');
  }
  if (split !== null && split.length === 0) throw validationFailed('input.lines', 'A split award names a supplier for every line');
  return { single, split };
}

/** What the approvers decide on, frozen with the proposal: the ranking, the compared quotes, the lines and the first-round best total. */
export function evaluationSnapshot(
  rfq: Rfq,
  evaluation: RfqEvaluationType,
  comparison: RfqComparisonType,
  atClosing: RfqComparisonType,
  topRankedInvitationId: string,
): EvaluationSnapshot {
  const closingTotals = atClosing.suppliers.flatMap((s) => (s.totalConverted === null ? [] : [s.totalConverted]));
  return {
    rfqReference: rfq.reference,
    currency: rfq.currency,
    criteria: evaluation.criteria.map((c) => ({ key: c.key, name: c.name, kind: c.kind, weight: c.weight })),
    ranking: evaluation.suppliers.map((s) => ({
      rank: s.rank,
      invitationId: s.invitationId,
      supplierId: s.supplierId,
      supplierName: s.supplierName,
      total: s.total,
      comparableTotal: s.comparableTotal,
      missing: s.missing,
    })),
    topRankedInvitationId,
    firstBestTotal: closingTotals.length === 0 ? null : closingTotals.reduce(lowerDecimal),
    compared: comparison.suppliers.map((s) => ({
      invitationId: s.invitationId,
      supplierName: s.supplierName,
      revision: s.revision,
      sha256: s.sha256,
      total: s.total,
      totalConverted: s.totalConverted,
    })),
    lines: comparison.lines.map((l) => ({ key: l.key, position: l.position, description: l.description, quantity: l.quantity, unit: l.unit })),
    sensitivity: evaluation.sensitivity ? { stable: evaluation.sensitivity.stable, leaderInvitationId: evaluation.sensitivity.leaderInvitationId } : null,
  };
}
