import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { DecisionRecordAuction } from './decision-record-auction-content';
import type { DecisionRecordScenario } from './decision-record-scenario-content';

/**
 * The decision record's content: everything needed to defend an award years later, as plain data.
 * Its SHA-256 is taken over a canonical JSON form (keys sorted, no insignificant whitespace), so
 * anyone holding the JSON (GET /api/cases/:id/decision-record.json) can recompute the hash printed
 * in the PDF. Nothing in it depends on when or by whom the record is generated: it shows the case
 * as it stood when the award was granted (scores current at that moment, the audit trail up to it).
 */
export const DECISION_RECORD_FORMAT = 'buying-center/decision-record@1';

export interface DecisionRecordContent {
  format: typeof DECISION_RECORD_FORMAT;
  organization: string;
  case: {
    reference: string;
    title: string;
    purchaseType: string;
    importance: string;
    categoryCode: string | null;
    currency: string;
    openedAt: string;
    openedBy: string | null;
  };
  specification: { version: number; approvedAt: string | null; approvedBy: string | null; lines: number; requirements: number } | null;
  rfq: {
    reference: string;
    title: string;
    publishedAt: string | null;
    closesAt: string;
    closedAt: string | null;
    twoEnvelope: boolean;
    technicalLockedAt: string | null;
    criteria: Array<{ key: string; name: string; kind: string; weight: number }>;
    exchangeRates: Array<{ currency: string; rate: string }>;
  };
  invitations: Array<{ supplier: string; status: string; invitedAt: string; declineReason: string | null }>;
  quotes: Array<{ supplier: string; revisions: Array<{ revision: number; submittedAt: string; sha256: string; round: number | null }> }>;
  scores: Array<{
    supplier: string;
    criterion: string;
    consensus: number | null;
    wideSpread: boolean;
    evaluators: Array<{ name: string; role: string; score: number; comment: string; counted: boolean; scoredAt: string }>;
  }>;
  /** The ranking the proposal was made on (rank 1 first), when the proposal recorded one. */
  ranking: Array<{ rank: number; supplier: string; total: number | null }>;
  negotiation: {
    skippedReason: string | null;
    rounds: Array<{
      number: number;
      message: string;
      openedAt: string;
      openedBy: string | null;
      closesAt: string;
      endedAt: string | null;
      /** Target unit prices, with the line's position and description as the specification gives them. */
      targets: Array<{ lineKey: string; position: number | null; description: string | null; unitPrice: number }>;
      suppliers: Array<{ supplier: string; responded: boolean }>;
    }>;
  };
  /**
   * The awarded RFQ's live reverse auctions, oldest first. Present only when it had one, so the
   * content (and the hash) of a record without an auction is what it always was.
   */
  auctions?: DecisionRecordAuction[];
  /**
   * The award scenario the granted proposal was made from (issue 16): its objective, rules, result
   * and each rule's price. Present only then, so a record of an award without one hashes as before.
   */
  scenario?: DecisionRecordScenario;
  award: {
    version: number;
    proposedBy: string | null;
    proposedAt: string;
    decidedAt: string | null;
    justification: string | null;
    followsRanking: boolean;
    approvalMode: string;
    approvalSteps: string[];
    currency: string;
    totalValue: string;
    lines: Array<{ lineKey: string; position: number | null; description: string | null; supplier: string; quantity: string; unitPrice: string; total: string }>;
  };
  approvals: Array<{ approver: string | null; role: string; decision: string; comment: string | null; decidedAt: string; /** The away approver a deputy decided for. */ onBehalfOf?: string | null }>;
  earlierProposals: Array<{ version: number; status: string; proposedAt: string; decidedAt: string | null; reason: string | null; totalValue: string }>;
  audit: {
    events: number;
    firstAt: string | null;
    lastAt: string | null;
    /** The hash of the last audit entry up to the award: it ties this record to the tamper-evident chain. */
    lastHash: string | null;
    byAction: Array<{ action: string; count: number }>;
    entries: Array<{ sequence: number; occurredAt: string; action: string; actor: string | null }>;
  };
}

/**
 * RFC 8785 canonical JSON (the `canonicalize` package, as the audit chain and quote receipts use):
 * the same content always gives the same text, and anyone can re-check a record's hash with a JCS
 * tool. Undefined fields are left out, as before.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('A decision record cannot be canonicalized');
  return text;
}

export function decisionRecordHash(content: DecisionRecordContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
