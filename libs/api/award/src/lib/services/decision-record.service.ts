import { Injectable } from '@nestjs/common';
import { notFound, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { PurchaseCase } from '@bc/api/purchasing';
import { AwardStatus, consensus, EvaluatorScore } from '@bc/shared/domain';
import { AwardViewService } from './award-view.service';
import { DECISION_RECORD_FORMAT, DecisionRecordContent, decisionRecordHash } from '../documents/decision-record-content';

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
  ) {}

  async record(ctx: RequestContext, caseId: string): Promise<DecisionRecord> {
    // Who reads a case's awards (AWARD_READ on the case, or a decider of the organization) reads its record.
    await this.views.openCase(ctx, caseId);
    const purchaseCase = await this.connection.getRepository(ctx, PurchaseCase).findOneOrFail({ where: { id: caseId, organizationId: ctx.organizationId } });
    const content = recordContent(await this.facts(ctx, purchaseCase));
    return { content, sha256: decisionRecordHash(content), caseReference: purchaseCase.reference };
  }

  /** Everything the record says, read as it stood when the award was granted. */
  private async facts(ctx: RequestContext, purchaseCase: PurchaseCase): Promise<RecordFacts> {
    const q = <T = Row>(sql: string, params: unknown[]): Promise<T[]> => this.connection.manager(ctx).query(sql, params);
    const org = ctx.organizationId;
    const caseId = purchaseCase.id;
    const [proposal] = await q(
      `SELECT p.*, u.name AS proposer FROM award_proposal p LEFT JOIN app_user u ON u.id = p.proposed_by
        WHERE p.case_id = $1 AND p.organization_id = $2 AND p.status = $3`,
      [caseId, org, AwardStatus.APPROVED],
    );
    if (!proposal) throw notFound('Decision record (the case has no granted award yet)');
    const decidedAt: Date = proposal.decided_at;

    const [head] = await q(
      `SELECT o.name AS organization, u.name AS opened_by FROM organization o LEFT JOIN app_user u ON u.id = $2 WHERE o.id = $1`,
      [org, purchaseCase.createdBy],
    );
    const [rfq] = await q(`SELECT * FROM rfq WHERE id = $1 AND organization_id = $2`, [proposal.rfq_id, org]);
    const [spec] = await q(
      `SELECT v.version, v.approved_at, u.name AS approved_by,
              (SELECT count(*) FROM specification_line l WHERE l.version_id = v.id)::int AS lines,
              (SELECT count(*) FROM specification_requirement r WHERE r.version_id = v.id)::int AS requirements
         FROM specification_version v LEFT JOIN app_user u ON u.id = v.approved_by WHERE v.id = $1`,
      [rfq.specification_version_id],
    );
    const rates = await q(`SELECT currency, rate::text AS rate FROM rfq_exchange_rate WHERE rfq_id = $1 ORDER BY currency`, [rfq.id]);
    const invitations = await q(
      `SELECT id, supplier_name, status, created_at, decline_reason FROM rfq_invitation WHERE rfq_id = $1 AND organization_id = $2 ORDER BY supplier_name, id`,
      [rfq.id, org],
    );
    // Every submitted revision up to the award, with its receipt hash: content is not needed to prove what was received when.
    const revisions = await q(
      `SELECT q.invitation_id, r.revision, r.submitted_at, r.content_sha256, n.number AS round
         FROM quote_revision r JOIN quote q ON q.id = r.quote_id LEFT JOIN negotiation_round n ON n.id = r.round_id
        WHERE r.rfq_id = $1 AND q.organization_id = $2 AND r.submitted_at <= $3
        ORDER BY r.submitted_at, r.revision`,
      [rfq.id, org, decidedAt],
    );
    // The scores current when the award was granted (later changes do not rewrite the record).
    const scores = await q(
      `SELECT s.invitation_id, s.criterion_key, s.evaluator_id, u.name AS evaluator, s.evaluator_role, s.score, s.comment, s.counted, s.created_at
         FROM evaluation_score s JOIN app_user u ON u.id = s.evaluator_id
        WHERE s.rfq_id = $1 AND s.organization_id = $2 AND s.created_at <= $3 AND (s.superseded_at IS NULL OR s.superseded_at > $3)
        ORDER BY s.invitation_id, s.criterion_key, s.created_at, s.evaluator_id`,
      [rfq.id, org, decidedAt],
    );
    const { rounds, roundInvitations } = await negotiationFacts(q, rfq, org, decidedAt);
    const [skip] = await q(
      `SELECT reason FROM case_stage_change WHERE case_id = $1 AND from_stage = 'EVALUATION' AND to_stage = 'DECISION' AND occurred_at <= $2 ORDER BY occurred_at DESC LIMIT 1`,
      [caseId, decidedAt],
    );
    const lines = await q(`SELECT * FROM award_line WHERE proposal_id = $1`, [proposal.id]);
    const approvals = await q(
      `SELECT a.*, u.name AS approver, p.name AS on_behalf_of_name FROM award_approval a LEFT JOIN app_user u ON u.id = a.approver_id LEFT JOIN app_user p ON p.id = a.on_behalf_of WHERE a.proposal_id = $1 ORDER BY a.decided_at, a.id`,
      [proposal.id],
    );
    const earlier = await q(
      `SELECT version, status, proposed_at, decided_at, decision_reason, total_value::text AS total_value
         FROM award_proposal WHERE case_id = $1 AND organization_id = $2 AND id <> $3 AND proposed_at <= $4 ORDER BY version`,
      [caseId, org, proposal.id, decidedAt],
    );
    const events = await trailFacts(q, org, caseId, proposal, decidedAt);
    return { purchaseCase, proposal, head, rfq, spec, rates, invitations, revisions, scores, rounds, roundInvitations, skip, lines, approvals, earlier, events };
  }

  /** The organization's audit chain, checked now (shown in the PDF, outside the hashed content). */
  async chain(ctx: RequestContext): Promise<{ ok: boolean; checkedEvents: number }> {
    const result = await this.audit.verify(ctx);
    return { ok: result.ok, checkedEvents: result.checkedEvents };
  }
}

type Row = Record<string, any>;
type Query = <T = Row>(sql: string, params: unknown[]) => Promise<T[]>;

/** What the record is made of: rows as the database returns them. */
interface RecordFacts {
  purchaseCase: PurchaseCase;
  proposal: Row;
  head: Row | undefined;
  rfq: Row;
  spec: Row | undefined;
  rates: Row[];
  invitations: Row[];
  revisions: Row[];
  scores: Row[];
  rounds: Row[];
  roundInvitations: Row[];
  skip: Row | undefined;
  lines: Row[];
  approvals: Row[];
  earlier: Row[];
  events: Row[];
}

/** The negotiation rounds opened before the award, and who was asked and answered in each. */
async function negotiationFacts(q: Query, rfq: Row, org: string, decidedAt: Date): Promise<{ rounds: Row[]; roundInvitations: Row[] }> {
  const rounds = await q(
    `SELECT n.*, u.name AS opened_by_name FROM negotiation_round n LEFT JOIN app_user u ON u.id = n.opened_by
      WHERE n.rfq_id = $1 AND n.organization_id = $2 AND n.opened_at <= $3 ORDER BY n.number`,
    [rfq.id, org, decidedAt],
  );
  const roundInvitations = await q(
    `SELECT ri.round_id, ri.invitation_id,
            EXISTS (SELECT 1 FROM quote_revision r WHERE r.round_id = ri.round_id AND r.quote_id IN (SELECT id FROM quote WHERE invitation_id = ri.invitation_id)) AS responded
       FROM negotiation_round_invitation ri WHERE ri.round_id = ANY ($1::uuid[])`,
    [rounds.map((r) => r.id)],
  );
  return { rounds, roundInvitations };
}

/** The audit trail of the case up to the award's own entry (award.granted), or up to the decision time if that is missing. */
async function trailFacts(q: Query, org: string, caseId: string, proposal: Row, decidedAt: Date): Promise<Row[]> {
  const [granted] = await q(
    `SELECT max(sequence)::bigint AS sequence FROM audit_event WHERE chain = $1 AND action = 'award.granted' AND entity_type = 'AwardProposal' AND entity_id = $2`,
    [org, proposal.id],
  );
  return q(
    `SELECT e.sequence::int AS sequence, e.occurred_at, e.action, e.actor_name, e.hash
       FROM audit_event e
      WHERE e.chain = $1 AND (CASE WHEN $4::bigint IS NULL THEN e.occurred_at <= $3 ELSE e.sequence <= $4::bigint END)
        AND (e.entity_id = $2::text
             OR (e.entity_type = 'SpecificationVersion' AND e.entity_id IN (SELECT id::text FROM specification_version WHERE case_id = $2::uuid))
             OR (e.entity_type = 'Rfq' AND e.entity_id IN (SELECT id::text FROM rfq WHERE case_id = $2::uuid))
             OR (e.entity_type = 'AwardProposal' AND e.entity_id IN (SELECT id::text FROM award_proposal WHERE case_id = $2::uuid)))
      ORDER BY e.sequence`,
    [org, caseId, decidedAt, granted?.sequence ?? null],
  );
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
  const { purchaseCase, head, spec, invitations, revisions, approvals, earlier } = f;
  const l = lookups(f);
  return {
    format: DECISION_RECORD_FORMAT,
    organization: head?.organization ?? '',
    case: {
      reference: purchaseCase.reference,
      title: purchaseCase.title,
      purchaseType: purchaseCase.purchaseType,
      importance: purchaseCase.importance,
      categoryCode: purchaseCase.categoryCode?.trim() ?? null,
      currency: purchaseCase.currency,
      openedAt: isoOf(purchaseCase.createdAt),
      openedBy: head?.opened_by ?? null,
    },
    specification: spec
      ? { version: spec.version, approvedAt: iso(spec.approved_at), approvedBy: spec.approved_by ?? null, lines: spec.lines, requirements: spec.requirements }
      : null,
    rfq: rfqSection(f, l),
    invitations: invitations.map((i) => ({ supplier: i.supplier_name, status: i.status, invitedAt: isoOf(i.created_at), declineReason: i.decline_reason ?? null })),
    quotes: invitations
      .map((i) => ({
        supplier: i.supplier_name as string,
        revisions: revisions
          .filter((r) => r.invitation_id === i.id)
          .map((r) => ({ revision: r.revision, submittedAt: isoOf(r.submitted_at), sha256: r.content_sha256, round: r.round ?? null })),
      }))
      .filter((q) => q.revisions.length > 0),
    scores: scoresSection(f, l),
    ranking: (l.snapshot.ranking ?? []).map((r) => ({ rank: r.rank, supplier: r.supplierName, total: r.total ?? null })),
    negotiation: negotiationSection(f, l),
    award: awardSection(f, l),
    approvals: approvals.map((a) => ({ approver: a.approver ?? null, role: a.role, decision: a.decision, comment: a.comment ?? null, decidedAt: isoOf(a.decided_at), onBehalfOf: a.on_behalf_of_name ?? undefined })),
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
function auditSection(events: Row[]): DecisionRecordContent['audit'] {
  const byAction = new Map<string, number>();
  for (const e of events) byAction.set(e.action, (byAction.get(e.action) ?? 0) + 1);
  return {
    events: events.length,
    firstAt: iso(events[0]?.occurred_at),
    lastAt: iso(events[events.length - 1]?.occurred_at),
    lastHash: events[events.length - 1]?.hash ?? null,
    byAction: [...byAction.entries()].map(([action, count]) => ({ action, count })).sort((a, b) => a.action.localeCompare(b.action)),
    entries: events.slice(-MAX_RECORD_AUDIT_ENTRIES).map((e) => ({ sequence: e.sequence, occurredAt: isoOf(e.occurred_at), action: e.action, actor: e.actor_name ?? null })),
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
        evaluators: cell.map((s) => ({ name: s.evaluator, role: s.evaluator_role, score: s.score, comment: s.comment, counted: s.counted, scoredAt: isoOf(s.created_at) })),
      };
    })
    .sort((a, b) => a.supplier.localeCompare(b.supplier) || (order.get(a.criterion) ?? 99) - (order.get(b.criterion) ?? 99));
}

function negotiationSection(f: RecordFacts, l: Lookups): DecisionRecordContent['negotiation'] {
  const { skip, rounds, roundInvitations } = f;
  const { specLines, nameOf } = l;
  return {
    skippedReason: skip?.reason ?? null,
    rounds: rounds.map((r) => ({
      number: r.number,
      message: r.message,
      openedAt: isoOf(r.opened_at),
      openedBy: r.opened_by_name ?? null,
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
    proposedBy: proposal.proposer ?? null,
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
      .sort((a, b) => (a.position ?? 1e9) - (b.position ?? 1e9) || a.lineKey.localeCompare(b.lineKey)),
  };
}
