import { Injectable } from '@nestjs/common';
import { notFound, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditEvent, AuditService } from '@bc/api/audit';
import { AuctionHistory, AuctionRecords } from '@bc/api/auction';
import { ScoreRecord, ScoreRecords } from '@bc/api/evaluation';
import { UserDirectory } from '@bc/api/identity';
import { NegotiationRecords, RoundRow } from '@bc/api/negotiation';
import { CaseRecords, PurchaseCase, SpecificationRecord } from '@bc/api/purchasing';
import { QuoteRecords, RevisionRecord } from '@bc/api/quotes';
import { RfqInvitationRecord, RfqRecords, RfqRow } from '@bc/api/rfq';
import { AwardStatus, CaseStage, consensus, EvaluatorScore } from '@bc/shared/domain';
import { AwardViewService } from './award-view.service';
import { auctionPeople, recordOfAuction } from './decision-record-auctions';
import { DECISION_RECORD_FORMAT, DecisionRecordContent, decisionRecordHash } from '../documents/decision-record-content';
import type { DecisionRecordScenario } from '../documents/decision-record-scenario-content';

export interface DecisionRecord {
  content: DecisionRecordContent;
  sha256: string;
  caseReference: string;
}

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);
const isoOf = (d: Date | string): string => new Date(d).toISOString();
/** Numeric columns come back as strings; shown as they are stored (exact). */
const dec = (v: string | number | null): string => (v === null ? '' : String(v));

/** At most this many audit entries are listed one by one; the counts cover all of them. */
export const MAX_RECORD_AUDIT_ENTRIES = 400;

/**
 * Gathers the decision record of an awarded case: the case as it stood when the award was
 * granted. Scores are those current at that moment, the audit trail is read up to it, and nothing
 * depends on the reader, so the content (and its SHA-256) stays the same for as long as the case
 * is kept. Read by whoever reads the case's awards (AWARD_READ on the case, or a decider of the
 * organization: the approval route draws deciders from the whole organization).
 */
@Injectable()
export class DecisionRecordService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly views: AwardViewService,
    private readonly audit: AuditService,
    private readonly directory: UserDirectory,
    private readonly cases: CaseRecords,
    private readonly rfqs: RfqRecords,
    private readonly quotes: QuoteRecords,
    private readonly scores: ScoreRecords,
    private readonly rounds: NegotiationRecords,
    private readonly auctions: AuctionRecords,
  ) {}

  async record(ctx: RequestContext, caseId: string): Promise<DecisionRecord> {
    // Who reads a case's awards (AWARD_READ on the case, or a decider of the organization) reads its record.
    await this.views.openCase(ctx, caseId);
    const purchaseCase = await this.connection.getRepository(ctx, PurchaseCase).findOneOrFail({ where: { id: caseId, organizationId: ctx.organizationId } });
    const content = recordContent(await this.facts(ctx, purchaseCase));
    return { content, sha256: decisionRecordHash(content), caseReference: purchaseCase.reference };
  }

  /** Everything the record says, read as it stood when the award was granted: each library reads its own tables. */
  private async facts(ctx: RequestContext, purchaseCase: PurchaseCase): Promise<RecordFacts> {
    const q = <T = Row>(sql: string, params: unknown[]): Promise<T[]> => this.connection.manager(ctx).query(sql, params);
    const org = ctx.organizationId;
    const caseId = purchaseCase.id;
    const [proposal] = await q(`SELECT * FROM award_proposal WHERE case_id = $1 AND organization_id = $2 AND status = $3`, [caseId, org, AwardStatus.APPROVED]);
    if (!proposal) throw notFound('Decision record (the case has no granted award yet)');
    const decidedAt: Date = proposal.decided_at;
    const rfq = await this.rfqs.row(ctx, proposal.rfq_id);
    if (!rfq) throw notFound('Decision record (the awarded RFQ)');
    const spec = await this.cases.specification(ctx, rfq.specification_version_id);
    const rates = await this.rfqs.exchangeRates(ctx, rfq.id);
    const invitations = await this.rfqs.invitations(ctx, rfq.id);
    // Every submitted revision up to the award, with its receipt hash: content is not needed to prove what was received when.
    const revisions = await this.quotes.revisionsUpTo(ctx, rfq.id, decidedAt);
    // The scores current when the award was granted (later changes do not rewrite the record).
    const scores = await this.scores.currentAt(ctx, rfq.id, decidedAt);
    const rounds = await this.rounds.roundsUpTo(ctx, rfq.id, decidedAt);
    const roundIds = rounds.map((r) => r.id as string);
    const [invited, answered] = await Promise.all([this.rounds.invited(ctx, roundIds), this.quotes.roundAnswers(ctx, roundIds)]);
    const roundInvitations = invited.map((ri) => ({ ...ri, responded: answered.has(`${ri.round_id}|${ri.invitation_id}`) }));
    const auctions = await this.auctions.historiesUpTo(ctx, rfq.id, decidedAt);
    const skip = await this.cases.lastReason(ctx, caseId, CaseStage.EVALUATION, CaseStage.DECISION, decidedAt);
    const lines = await q(`SELECT * FROM award_line WHERE proposal_id = $1`, [proposal.id]);
    const approvals = await q(`SELECT * FROM award_approval WHERE proposal_id = $1 ORDER BY decided_at, id`, [proposal.id]);
    const earlier = await q(
      `SELECT version, status, proposed_at, decided_at, decision_reason, total_value::text AS total_value
         FROM award_proposal WHERE case_id = $1 AND organization_id = $2 AND id <> $3 AND proposed_at <= $4 ORDER BY version`,
      [caseId, org, proposal.id, decidedAt],
    );
    const events = await this.trail(ctx, caseId, proposal.id, decidedAt);
    const names = await this.directory.names(ctx, [
      purchaseCase.createdBy,
      proposal.proposed_by,
      spec?.approved_by,
      ...scores.map((s) => s.evaluator_id),
      ...rounds.map((r) => r.opened_by),
      ...approvals.flatMap((a) => [a.approver_id, a.on_behalf_of]),
      ...auctionPeople(auctions),
    ].filter((id): id is string => !!id));
    const organization = (await this.directory.organization(ctx, org))?.name ?? '';
    return {
      purchaseCase, proposal, organization, rfq, spec, rates, invitations, revisions, scores, rounds, roundInvitations, auctions, skip, lines, approvals, earlier, events,
      nameOf: (id) => (id ? (names.get(id) ?? null) : null),
    };
  }

  /** The audit trail of the case up to the award's own entry (award.granted), or up to the decision time if that is missing. */
  private async trail(ctx: RequestContext, caseId: string, proposalId: string, decidedAt: Date): Promise<AuditEvent[]> {
    const chain = ctx.organizationId;
    const granted = await this.audit.lastSequenceOf(ctx, chain, 'award.granted', 'AwardProposal', proposalId);
    const proposals: Array<{ id: string }> = await this.connection.manager(ctx).query(`SELECT id FROM award_proposal WHERE case_id = $1`, [caseId]);
    const selectors = [
      { entityType: null, entityIds: [caseId] },
      { entityType: 'SpecificationVersion', entityIds: await this.cases.specificationVersionIds(ctx, caseId) },
      { entityType: 'Rfq', entityIds: await this.rfqs.idsOfCase(ctx, caseId) },
      { entityType: 'AwardProposal', entityIds: proposals.map((p) => p.id) },
    ];
    return this.audit.trailOf(ctx, chain, selectors, null, { sequence: granted, at: decidedAt });
  }

  /** The organization's audit chain, checked now (shown in the PDF, outside the hashed content). */
  async chain(ctx: RequestContext): Promise<{ ok: boolean; checkedEvents: number }> {
    const result = await this.audit.verify(ctx);
    return { ok: result.ok, checkedEvents: result.checkedEvents };
  }
}

type Row = Record<string, any>;

/** What the record is made of: rows as the database returns them. */
interface RecordFacts {
  purchaseCase: PurchaseCase;
  proposal: Row;
  organization: string;
  rfq: RfqRow;
  spec: SpecificationRecord | undefined;
  rates: Array<{ currency: string; rate: string }>;
  invitations: RfqInvitationRecord[];
  revisions: RevisionRecord[];
  scores: ScoreRecord[];
  rounds: RoundRow[];
  roundInvitations: Array<{ round_id: string; invitation_id: string; responded: boolean }>;
  /** The RFQ's auctions scheduled up to the award, oldest first. */
  auctions: AuctionHistory[];
  /** The reason negotiation was skipped (undefined: it was not). */
  skip: string | null | undefined;
  lines: Row[];
  approvals: Row[];
  earlier: Row[];
  events: AuditEvent[];
  /** A user's name by id (null: no one, or unknown). */
  nameOf: (id: string | null | undefined) => string | null;
}

/** The snapshot's lines by key, the names of the invited suppliers, and the scores by supplier and criterion. */
function lookups(f: RecordFacts) {
  const { proposal, invitations, scores, rfq } = f;
  const snapshot = (proposal.evaluation_snapshot ?? {}) as {
    ranking?: Array<{ rank: number; supplierName: string; total: number | null }>;
    lines?: Array<{ key: string; position: number; description: string }>;
  };
  const specLines = new Map((snapshot.lines ?? []).map((l) => [l.key, l]));

  const byCell = new Map<string, Array<Record<string, any>>>();
  for (const s of scores) {
    const key = `${s.invitation_id}|${s.criterion_key}`;
    byCell.set(key, [...(byCell.get(key) ?? []), s]);
  }
  const criteria: Array<{ key: string; name: string; kind: string; weight: number }> = rfq.criteria ?? [];
  const order = new Map(criteria.map((c, i) => [c.key, i]));
  const nameOf = new Map<string, string>(invitations.map((i) => [i.id, i.supplier_name]));
  return { snapshot, specLines, byCell, criteria, order, nameOf };
}
type Lookups = ReturnType<typeof lookups>;

function recordContent(f: RecordFacts): DecisionRecordContent {
  const { purchaseCase, spec, invitations, revisions, approvals, earlier, nameOf } = f;
  const roundNumber = new Map(f.rounds.map((r) => [r.id as string, r.number as number]));
  const l = lookups(f);
  return {
    format: DECISION_RECORD_FORMAT,
    organization: f.organization,
    case: {
      reference: purchaseCase.reference,
      title: purchaseCase.title,
      purchaseType: purchaseCase.purchaseType,
      importance: purchaseCase.importance,
      categoryCode: purchaseCase.categoryCode?.trim() ?? null,
      currency: purchaseCase.currency,
      openedAt: isoOf(purchaseCase.createdAt),
      openedBy: nameOf(purchaseCase.createdBy),
    },
    specification: spec
      ? { version: spec.version, approvedAt: iso(spec.approved_at), approvedBy: nameOf(spec.approved_by), lines: spec.lines, requirements: spec.requirements }
      : null,
    rfq: rfqSection(f, l),
    invitations: invitations.map((i) => ({ supplier: i.supplier_name, status: i.status, invitedAt: isoOf(i.created_at), declineReason: i.decline_reason ?? null })),
    quotes: invitations
      .map((i) => ({
        supplier: i.supplier_name as string,
        revisions: revisions
          .filter((r) => r.invitation_id === i.id)
          .map((r) => ({ revision: r.revision, submittedAt: isoOf(r.submitted_at), sha256: r.content_sha256, round: (r.round_id ? roundNumber.get(r.round_id) : undefined) ?? null })),
      }))
      .filter((q) => q.revisions.length > 0),
    scores: scoresSection(f, l),
    ranking: (l.snapshot.ranking ?? []).map((r) => ({ rank: r.rank, supplier: r.supplierName, total: r.total ?? null })),
    negotiation: negotiationSection(f, l),
    // Only when there was an auction: a record without one keeps the content (and hash) it always had.
    ...(f.auctions.length ? { auctions: f.auctions.map((h) => recordOfAuction(h, nameOf)) } : {}),
    // Only when the award came from a scenario: the others keep their content (and hash).
    ...(f.proposal.scenario ? { scenario: f.proposal.scenario as DecisionRecordScenario } : {}),
    award: awardSection(f, l),
    approvals: approvals.map((a) => ({ approver: nameOf(a.approver_id), role: a.role, decision: a.decision, comment: a.comment ?? null, decidedAt: isoOf(a.decided_at), onBehalfOf: nameOf(a.on_behalf_of) ?? undefined })),
    earlierProposals: earlier.map((p) => ({
      version: p.version,
      status: p.status,
      proposedAt: isoOf(p.proposed_at),
      decidedAt: iso(p.decided_at),
      reason: p.decision_reason ?? null,
      totalValue: p.total_value,
    })),
    audit: auditSection(f.events),
  };
}

/** How many entries of each action the trail holds, and the last of them one by one. */
function auditSection(events: AuditEvent[]): DecisionRecordContent['audit'] {
  const byAction = new Map<string, number>();
  for (const e of events) byAction.set(e.action, (byAction.get(e.action) ?? 0) + 1);
  return {
    events: events.length,
    firstAt: iso(events[0]?.occurredAt),
    lastAt: iso(events[events.length - 1]?.occurredAt),
    lastHash: events[events.length - 1]?.hash ?? null,
    byAction: [...byAction.entries()].map(([action, count]) => ({ action, count })).sort((a, b) => a.action.localeCompare(b.action)),
    entries: events.slice(-MAX_RECORD_AUDIT_ENTRIES).map((e) => ({ sequence: e.sequence, occurredAt: isoOf(e.occurredAt), action: e.action, actor: e.actorName ?? null })),
  };
}

function rfqSection(f: RecordFacts, l: Lookups): DecisionRecordContent['rfq'] {
  const { rfq, rates } = f;
  const { criteria } = l;
  return {
    reference: rfq.reference,
    title: rfq.title,
    publishedAt: iso(rfq.published_at),
    closesAt: isoOf(rfq.closes_at),
    closedAt: iso(rfq.closed_at),
    twoEnvelope: !!rfq.two_envelope,
    technicalLockedAt: iso(rfq.technical_locked_at),
    criteria: criteria.map((c) => ({ key: c.key, name: c.name, kind: c.kind, weight: c.weight })),
    exchangeRates: rates.map((r) => ({ currency: r.currency, rate: r.rate })),
  };
}

function scoresSection(f: RecordFacts, l: Lookups): DecisionRecordContent['scores'] {
  const { byCell, nameOf, order } = l;
  return [...byCell.entries()]
    .map(([key, cell]) => {
      const [invitationId, criterionKey] = key.split('|');
      const verdict = consensus(
        cell.map<EvaluatorScore>((s) => ({ criterionKey, supplierId: invitationId, evaluatorId: s.evaluator_id, score: s.score, comment: s.comment, counted: s.counted })),
      );
      return {
        supplier: nameOf.get(invitationId) ?? '',
        criterion: criterionKey,
        consensus: verdict.score,
        wideSpread: verdict.wideSpread,
        evaluators: cell.map((s) => ({ name: f.nameOf(s.evaluator_id) ?? '', role: s.evaluator_role, score: s.score, comment: s.comment, counted: s.counted, scoredAt: isoOf(s.created_at) })),
      };
    })
    .sort((a, b) => a.supplier.localeCompare(b.supplier) || (order.get(a.criterion) ?? 99) - (order.get(b.criterion) ?? 99));
}

function negotiationSection(f: RecordFacts, l: Lookups): DecisionRecordContent['negotiation'] {
  const { skip, rounds, roundInvitations } = f;
  const { specLines, nameOf } = l;
  return {
    skippedReason: skip ?? null,
    rounds: rounds.map((r) => ({
      number: r.number,
      message: r.message,
      openedAt: isoOf(r.opened_at),
      openedBy: f.nameOf(r.opened_by),
      closesAt: isoOf(r.closes_at),
      endedAt: iso(r.ended_at),
      targets: (r.targets ?? []).map((t: { lineKey: string; unitPrice: number | string }) => ({
        lineKey: t.lineKey,
        position: specLines.get(t.lineKey)?.position ?? null,
        description: specLines.get(t.lineKey)?.description ?? null,
        unitPrice: Number(t.unitPrice),
      })),
      suppliers: roundInvitations
        .filter((x) => x.round_id === r.id)
        .map((x) => ({ supplier: nameOf.get(x.invitation_id) ?? '', responded: !!x.responded }))
        .sort((a, b) => a.supplier.localeCompare(b.supplier)),
    })),
  };
}

function awardSection(f: RecordFacts, l: Lookups): DecisionRecordContent['award'] {
  const { proposal, lines } = f;
  const { specLines, nameOf } = l;
  return {
    version: proposal.version,
    proposedBy: f.nameOf(proposal.proposed_by),
    proposedAt: isoOf(proposal.proposed_at),
    decidedAt: iso(proposal.decided_at),
    justification: proposal.justification ?? null,
    followsRanking: !!proposal.follows_ranking,
    approvalMode: proposal.approval_mode,
    approvalSteps: proposal.approval_steps ?? [],
    currency: proposal.currency,
    totalValue: dec(proposal.total_value),
    lines: lines
      .map((l) => ({
        lineKey: l.line_key,
        position: specLines.get(l.line_key)?.position ?? null,
        description: specLines.get(l.line_key)?.description ?? null,
        supplier: nameOf.get(l.invitation_id) ?? '',
        quantity: dec(l.quantity),
        unitPrice: dec(l.unit_price),
        total: dec(l.total),
      }))
      // A split line (issue 16) is one row per supplier: by supplier within it, so the order (and the hash) is fixed.
      .sort((a, b) => (a.position ?? 1e9) - (b.position ?? 1e9) || a.lineKey.localeCompare(b.lineKey) || a.supplier.localeCompare(b.supplier)),
  };
}
