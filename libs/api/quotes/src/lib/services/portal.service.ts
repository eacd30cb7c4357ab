import { Injectable } from '@nestjs/common';
import {
  AppError,
  assertId,
  Clock,
  conflict,
  countRows,
  Keyset,
  KeysetPage,
  keysetPageOf,
  KeysetSort,
  notFound,
  PageRequest,
  readKeysetPage,
  RequestContext,
  timestampKey,
  TransactionalConnection,
  validationFailed,
} from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { FileService } from '@bc/api/files';
import { UserDirectory } from '@bc/api/identity';
import { ErrorCode, InvitationStatus, LineTarget, QuestionVisibility, QuoteStatus, rfqOpenAt, rfqOpenSql, RfqStatus } from '@bc/shared/domain';
import { InvitationRecords, MAX_QUESTION, Rfq, RfqDeclined, RfqInvitation, RfqQuestion, RfqRecords } from '@bc/api/rfq';
import { In } from 'typeorm';
import { DeclineWithdrawn, QuestionAsked } from '../events/quote-events';
import { InvitationInOpenRound, InvitationRounds } from './invitation-rounds';
import { QuoteRecords } from './quote-records';

export interface PortalInvitation {
  invitation: RfqInvitation;
  rfq: Rfq;
  buyerName: string;
}

/** A negotiation round as the invited supplier sees it: never who else was asked. */
export interface PortalRoundView {
  id: string;
  number: number;
  message: string;
  targets: LineTarget[];
  closesAt: Date;
  /** Open by the database clock: before its deadline and not ended by the buyer. */
  open: boolean;
  /** The revision this company submitted last in the round, or null. */
  submittedRevision: number | null;
}

/** The round a revised quote answers. */
export interface OpenRound {
  id: string;
  number: number;
  closesAt: Date;
}

/**
 * The portal list's groups, each a list of its own with its own order, total and pages: a page
 * never holds the end of one group and the start of another, so the portal shows each group under
 * one heading with its whole count and pages through it without splitting it.
 */
export enum PortalInvitationGroup {
  /** Asked into a negotiation round open now: the round closing soonest first. */
  IN_ROUND = 'IN_ROUND',
  /** The RFQ is open for questions and quotes: the one closing soonest first. */
  OPEN = 'OPEN',
  /** Closed, cancelled or awarded: the newest invitation first. */
  PAST = 'PAST',
}

/** The portal list's order without a group, and its past group's: newest invitation first. */
const PORTAL_LIST_SORT: KeysetSort = {
  name: 'created',
  keys: [
    { expression: 'i.created_at', type: 'timestamptz', descending: true },
    { expression: 'i.id', type: 'uuid', descending: true },
  ],
};

/** The open group's order: the RFQ closing soonest first. */
const PORTAL_OPEN_SORT: KeysetSort = {
  name: 'closing',
  keys: [
    { expression: 'r.closes_at', type: 'timestamptz' },
    { expression: 'i.id', type: 'uuid' },
  ],
};

/** The round group's order: the round closing soonest first (keys compared as text, see keysetPageOf). */
const PORTAL_ROUND_SORT: KeysetSort = {
  name: 'round',
  keys: [
    { expression: 'round.closes_at', type: 'timestamptz' },
    { expression: 'i.id', type: 'uuid' },
  ],
};

/**
 * The supplier's side: a supplier user sees the invitations of its own company only, across every
 * buying organization that invited it, and never a draft RFQ. Anything else is NOT_FOUND.
 */
@Injectable()
export class PortalService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly files: FileService,
    private readonly directory: UserDirectory,
    private readonly invitationRecords: InvitationRecords,
    private readonly invitationRounds: InvitationRounds,
    private readonly quoteRecords: QuoteRecords,
    private readonly rfqRecords: RfqRecords,
    private readonly clock: Clock,
  ) {}

  /**
   * A page of the company's invitations to RFQs past their draft: of one group in the group's order
   * (the open and past groups by the application clock, as each card's `open`), or of all of them
   * newest first (rfq_invitation_supplier_org_idx).
   */
  async invitations(ctx: RequestContext, request: PageRequest, group: PortalInvitationGroup | null = null): Promise<KeysetPage<PortalInvitation> & { total: number }> {
    if (group === PortalInvitationGroup.IN_ROUND) return this.invitationsInRound(ctx, request);
    const qb = this.connection
      .getRepository(ctx, RfqInvitation)
      .createQueryBuilder('i')
      .innerJoin(Rfq, 'r', 'r.id = i.rfq_id AND r.status <> :draft', { draft: RfqStatus.DRAFT })
      .where('i.supplier_organization_id = :org', { org: ctx.organizationId });
    if (group) qb.andWhere(`${group === PortalInvitationGroup.OPEN ? '' : 'NOT '}${rfqOpenSql('r', ':now')}`, { now: this.clock.now() });
    const page = await readKeysetPage(qb, new Keyset(group === PortalInvitationGroup.OPEN ? PORTAL_OPEN_SORT : PORTAL_LIST_SORT, request));
    const total = await countRows(qb);
    return { ...page, items: await this.withRfqs(ctx, page.items), total };
  }

  /** The round group: read whole from the negotiation library (rounds open now are few), paged here by the round's closing. */
  private async invitationsInRound(ctx: RequestContext, request: PageRequest): Promise<KeysetPage<PortalInvitation> & { total: number }> {
    const inRound = await this.invitationRounds.inOpenRound(ctx, this.clock.now());
    const page = keysetPageOf<InvitationInOpenRound>(PORTAL_ROUND_SORT, request, sortedByClosing(inRound), (r) => [timestampKey(r.closesAt), r.invitationId]);
    const ids = page.items.map((r) => r.invitationId);
    const found = ids.length ? await this.connection.getRepository(ctx, RfqInvitation).find({ where: { id: In(ids), supplierOrganizationId: ctx.organizationId } }) : [];
    const byId = new Map(found.map((i) => [i.id, i]));
    const invitations = ids.map((id) => byId.get(id)).filter((i): i is RfqInvitation => !!i);
    return { ...page, items: await this.withRfqs(ctx, invitations), total: inRound.length };
  }

  /** The invitations with their RFQs and the names of the buying organizations, in the order given. */
  private async withRfqs(ctx: RequestContext, invitations: RfqInvitation[]): Promise<PortalInvitation[]> {
    if (invitations.length === 0) return [];
    const rfqs = await this.connection.getRepository(ctx, Rfq).find({ where: { id: In(invitations.map((i) => i.rfqId)) } });
    const names = await this.buyerNames(ctx, [...new Set(rfqs.map((r) => r.organizationId))]);
    const byId = new Map(rfqs.map((r) => [r.id, r]));
    return invitations.map((invitation) => {
      const rfq = byId.get(invitation.rfqId) as Rfq;
      return { invitation, rfq, buyerName: names.get(rfq.organizationId) ?? '' };
    });
  }

  /** Audits a supplier's act in the buying organization's trail, on the RFQ: its reference, the supplier, and `summary`. */
  private async recordOnRfq(ctx: RequestContext, p: PortalInvitation, action: string, summary: Record<string, unknown>): Promise<void> {
    const { rfq, invitation } = p;
    await this.audit.record(ctx, {
      action,
      entityType: 'Rfq',
      entityId: rfq.id,
      organizationId: rfq.organizationId,
      summary: { reference: rfq.reference, supplier: invitation.supplierName, ...summary },
    });
  }

  /** One invitation of the caller's company; `lock` holds it (and not the RFQ) for the transaction. */
  /** The company's invitation to an RFQ past its draft, if it was invited. */
  async invitationTo(ctx: RequestContext, rfqId: string): Promise<PortalInvitation | null> {
    const found = await this.connection.getRepository(ctx, RfqInvitation).findOne({ where: { supplierOrganizationId: ctx.organizationId, rfqId } });
    return found ? this.invitation(ctx, found.id) : null;
  }

  async invitation(ctx: RequestContext, invitationId: string, lock = false): Promise<PortalInvitation> {
    assertId(invitationId, 'Invitation');
    const invitation = await this.connection.getRepository(ctx, RfqInvitation).findOne({
      where: { id: invitationId, supplierOrganizationId: ctx.organizationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation) throw notFound('Invitation');
    const rfq = await this.connection.getRepository(ctx, Rfq).findOne({ where: { id: invitation.rfqId } });
    if (!rfq || rfq.status === RfqStatus.DRAFT) throw notFound('Invitation');
    const names = await this.buyerNames(ctx, [rfq.organizationId]);
    return { invitation, rfq, buyerName: names.get(rfq.organizationId) ?? '' };
  }

  /** Marks the invitation VIEWED the first time a user of the supplier opens it. */
  async markViewed(ctx: RequestContext, p: PortalInvitation): Promise<void> {
    if (p.invitation.viewedAt) return;
    const now = this.clock.now();
    await this.invitationRecords.markViewed(ctx, p.invitation.id, now);
    p.invitation.viewedAt = now;
    if (p.invitation.status === InvitationStatus.SENT) p.invitation.status = InvitationStatus.VIEWED;
  }

  /** The specification's documents as the supplier sees them, in the specification's order (files' metadata, no content). */
  async specificationDocuments(ctx: RequestContext, attachmentIds: readonly string[]): Promise<Array<{ id: string; name: string; sizeBytes: number }>> {
    const files = await this.files.describe(ctx, attachmentIds);
    return attachmentIds.flatMap((id) => files.filter((f) => f.id === id));
  }

  async decline(ctx: RequestContext, invitationId: string, reason: string): Promise<PortalInvitation> {
    const text = reason.trim();
    if (!text) throw validationFailed('reason', 'Say why you will not quote: it helps the buyer');
    if (text.length > 2000) throw validationFailed('reason', 'A reason is at most 2000 characters');
    const p = await this.invitation(ctx, invitationId, true);
    this.assertOpen(p.rfq);
    if (p.invitation.status === InvitationStatus.QUOTED) throw conflict('Withdraw your quote before declining', 'invitationId');
    if (p.invitation.status === InvitationStatus.DECLINED) throw conflict('You have declined this RFQ already', 'invitationId');
    const now = this.clock.now();
    Object.assign(p.invitation, { status: InvitationStatus.DECLINED, declinedAt: now, declineReason: text, viewedAt: p.invitation.viewedAt ?? now });
    await this.connection.getRepository(ctx, RfqInvitation).save(p.invitation);
    await this.recordOnRfq(ctx, p, 'rfq.declined', { reason: text });
    await ctx.publish(RfqDeclined, { invitationId: p.invitation.id, reason: text });
    return p;
  }

  /**
   * Takes back the company's decline while the RFQ is open: the invitation is back to VIEWED, the
   * reason goes (the audit trail keeps it), the buyers are told and see when.
   */
  async withdrawDecline(ctx: RequestContext, invitationId: string): Promise<PortalInvitation> {
    const p = await this.invitation(ctx, invitationId, true);
    this.assertOpen(p.rfq);
    if (p.invitation.status !== InvitationStatus.DECLINED) throw conflict('You have not declined this RFQ', 'invitationId');
    const reason = p.invitation.declineReason;
    const now = this.clock.now();
    Object.assign(p.invitation, { status: InvitationStatus.VIEWED, declinedAt: null, declineReason: null, declineWithdrawnAt: now });
    await this.connection.getRepository(ctx, RfqInvitation).save(p.invitation);
    await this.recordOnRfq(ctx, p, 'rfq.decline-withdrawn', { declineReason: reason });
    await ctx.publish(DeclineWithdrawn, { invitationId: p.invitation.id });
    return p;
  }

  async ask(ctx: RequestContext, invitationId: string, body: string): Promise<RfqQuestion> {
    const text = body.trim();
    if (!text) throw validationFailed('body', 'Write your question');
    if (text.length > MAX_QUESTION) throw validationFailed('body', `A question is at most ${MAX_QUESTION} characters`);
    const p = await this.invitation(ctx, invitationId);
    this.assertOpen(p.rfq);
    if (p.rfq.questionsCloseAt.getTime() <= this.clock.nowMs()) {
      throw new AppError(ErrorCode.QUESTION_PERIOD_OVER, `Questions were taken until ${p.rfq.questionsCloseAt.toISOString()}`, {
        field: 'invitationId',
        details: { questionsCloseAt: p.rfq.questionsCloseAt.toISOString() },
      });
    }
    const repo = this.connection.getRepository(ctx, RfqQuestion);
    const question = await repo.save(
      repo.create({
        organizationId: p.rfq.organizationId,
        rfqId: p.rfq.id,
        invitationId,
        askedBy: ctx.userId,
        body: text,
        visibility: QuestionVisibility.PRIVATE,
      }),
    );
    await this.recordOnRfq(ctx, p, 'rfq.question-asked', { questionId: question.id });
    await ctx.publish(QuestionAsked, { questionId: question.id });
    return question;
  }

  /** The questions this supplier asked (with private answers) and everyone's published ones, without who asked. */
  async questions(ctx: RequestContext, p: PortalInvitation): Promise<Array<{ id: string; question: string; answer: string | null; answeredAt: Date | null; askedAt: Date | null; mine: boolean; published: boolean }>> {
    const rows = await this.connection.getRepository(ctx, RfqQuestion).find({ where: { rfqId: p.rfq.id }, order: { askedAt: 'ASC' } });
    return rows
      .filter((q) => q.invitationId === p.invitation.id || q.visibility === QuestionVisibility.PUBLISHED)
      .map((q) => {
        const mine = q.invitationId === p.invitation.id;
        const published = q.visibility === QuestionVisibility.PUBLISHED;
        return {
          id: q.id,
          question: mine ? q.body : (q.publishedQuestion ?? ''),
          answer: q.answer,
          answeredAt: q.answeredAt,
          askedAt: mine ? q.askedAt : null,
          mine,
          published,
        };
      });
  }

  /**
   * What the invitation card's state is made of, besides the award. Only suppliers with a quote are
   * asked into negotiation rounds, so without the company's quote there is none to look for.
   */
  async cardFacts(ctx: RequestContext, invitationId: string): Promise<{ quoteStatus: QuoteStatus | null; revisions: number; inOpenRound: boolean }> {
    const [row]: Array<{ status: QuoteStatus; revisions: number | null }> = await this.connection
      .manager(ctx)
      .query(`SELECT status, current_revision AS revisions FROM quote WHERE invitation_id = $1 AND supplier_organization_id = $2`, [invitationId, ctx.organizationId]);
    if (!row) return { quoteStatus: null, revisions: 0, inOpenRound: false };
    const open = await this.invitationRounds.of(ctx, [invitationId], this.clock.now(), { openOnly: true });
    return { quoteStatus: row.status, revisions: Number(row.revisions ?? 0), inOpenRound: open.length > 0 };
  }

  /** The negotiation rounds this invitation is in, oldest first. */
  async rounds(ctx: RequestContext, invitationId: string): Promise<PortalRoundView[]> {
    const rounds = await this.invitationRounds.of(ctx, [invitationId], this.clock.now());
    if (rounds.length === 0) return [];
    const submitted: Array<{ round_id: string; revision: number }> = await this.connection.manager(ctx).query(
      `SELECT qr.round_id, max(qr.revision) AS revision FROM quote_revision qr JOIN quote q ON q.id = qr.quote_id
        WHERE q.invitation_id = $1 AND qr.round_id = ANY ($2::uuid[]) GROUP BY qr.round_id`,
      [invitationId, rounds.map((r) => r.id)],
    );
    return rounds.map((r) => {
      const revision = submitted.find((s) => s.round_id === r.id)?.revision;
      return {
        id: r.id,
        number: r.number,
        message: r.message,
        targets: r.targets,
        closesAt: r.closesAt,
        open: r.open,
        submittedRevision: revision === undefined || revision === null ? null : Number(revision),
      };
    });
  }

  /**
   * After closing, the round of this invitation open now by the application's clock (held FOR SHARE, so
   * the buyer's ending of it waits for the change); null when the invitation was asked in no round;
   * ROUND_CLOSED when its rounds are over.
   */
  async roundForChange(ctx: RequestContext, p: PortalInvitation): Promise<OpenRound | null> {
    const rows = (await this.invitationRounds.of(ctx, [p.invitation.id], this.clock.now(), { lock: true })).reverse();
    if (rows.length === 0) return null;
    const open = rows.find((r) => r.open);
    if (open) return { id: open.id, number: open.number, closesAt: open.closesAt };
    const last = rows[0];
    const over = last.endedAt ?? last.closesAt;
    throw new AppError(ErrorCode.ROUND_CLOSED, `Negotiation round ${last.number} of ${p.rfq.reference} is over (${over.toISOString()}): nothing more is taken`, {
      field: 'invitationId',
      details: { round: Number(last.number), closedAt: over.toISOString() },
    });
  }

  /** Quotes and questions are taken while the RFQ is published and before its closing time, by the server's clock. */
  assertOpen(rfq: Rfq): void {
    if (rfq.status === RfqStatus.CANCELLED) throw new AppError(ErrorCode.CONFLICT, `${rfq.reference} was cancelled`, { field: 'invitationId' });
    if (!rfqOpenAt(rfq, this.clock.now())) {
      throw new AppError(ErrorCode.RFQ_CLOSED, `${rfq.reference} closed at ${rfq.closesAt.toISOString()}: nothing more is taken`, {
        field: 'invitationId',
        details: { closesAt: rfq.closesAt.toISOString() },
      });
    }
  }

  private async buyerNames(ctx: RequestContext, ids: string[]): Promise<Map<string, string>> {
    return new Map([...(await this.directory.organizations(ctx, ids))].map(([id, o]) => [id, o.name]));
  }

  /** The caller's company's invitations to RFQs open at `now` that it has not answered yet. */
  unansweredInvitations(ctx: RequestContext, now: Date): Promise<Array<{ id: string; rfqReference: string; title: string; closesAt: Date; publishedAt: Date | null }>> {
    return this.invitationRecords.unanswered(ctx, now);
  }

  /** The rounds open at `now` that the caller's company is asked into and has not answered. */
  async unansweredRounds(
    ctx: RequestContext,
    now: Date,
  ): Promise<Array<{ invitationId: string; number: number; closesAt: Date; openedAt: Date; rfqReference: string; title: string }>> {
    const open = await this.invitationRounds.of(ctx, await this.invitationRecords.idsOfOwnCompany(ctx), now, { openOnly: true });
    if (open.length === 0) return [];
    const answered = await this.quoteRecords.roundAnswers(ctx, [...new Set(open.map((r) => r.id))]);
    const rfqs = await this.rfqRecords.titles(ctx, open.map((r) => r.rfqId));
    return open
      .filter((r) => !answered.has(`${r.id}|${r.invitationId}`))
      .map((r) => {
        const rfq = rfqs.get(r.rfqId);
        return { invitationId: r.invitationId, number: r.number, closesAt: r.closesAt, openedAt: r.openedAt, rfqReference: rfq?.reference ?? '', title: rfq?.title ?? '' };
      });
  }

  /** The caller's company's invitations among `ids`, with their RFQ and the specification it was sent with. */
  invitationRfqs(ctx: RequestContext, ids: readonly string[]): Promise<Array<{ id: string; rfqId: string; specificationVersionId: string }>> {
    return this.invitationRecords.rfqsOf(ctx, ids);
  }
}

/** The rows in the round group's order (closing, then id), which keysetPageOf expects them read in. */
function sortedByClosing(rows: readonly InvitationInOpenRound[]): InvitationInOpenRound[] {
  const key = (r: InvitationInOpenRound) => `${timestampKey(r.closesAt)} ${r.invitationId}`;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
