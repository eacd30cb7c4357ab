import { Injectable } from '@nestjs/common';
import { AppError, Clock, conflict, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { FileService } from '@bc/api/files';
import { ErrorCode, InvitationStatus, Permission, QuoteStatus, RfqStatus } from '@bc/shared/domain';
import { In } from 'typeorm';
import { InvitationRecords, Rfq, RfqInvitation, RfqRecords, RfqService } from '@bc/api/rfq';
import { Quote, QuoteRevision } from '../entities/quote.entity';
import { QuoteSubmitted, QuoteWithdrawn } from '../events/quote-events';
import { InvitationRounds } from './invitation-rounds';
import { OpenRound, PortalInvitation, PortalService } from './portal.service';
import { emptyContent, newReceiptNonce, QuoteContent, quoteProblems, RECEIPT_FORMAT, ReceiptFormat, ReceiptFacts, receiptDocument, receiptHash, storedContent } from './quote-content';
import { SealService } from './seal.service';

export interface RevisionView {
  revision: number;
  submittedAt: Date;
  sha256: string;
  content: QuoteContent;
  /** The exact text the receipt hashes: anyone can recompute the SHA-256 from it. */
  canonical: string;
  receiptFormat: ReceiptFormat;
  /** The secret inside the receipt document (format 2); null for format 1. */
  nonce: string | null;
}

export interface SupplierQuoteView {
  quote: Quote | null;
  draft: QuoteContent | null;
  revisions: RevisionView[];
}

/** Who has submitted, as the buyer may see it before closing: never content. */
export interface SubmissionView {
  invitation: RfqInvitation;
  status: QuoteStatus | null;
  submittedAt: Date | null;
  revisions: number;
}

export interface OpenedQuote {
  invitation: RfqInvitation;
  quote: Quote;
  latest: RevisionView;
  revisions: RevisionView[];
}

/** A quote's latest revision as `opened` would show it: which quote, whose, and its revision number. */
export interface OpenedLatest {
  quoteId: string;
  invitation: RfqInvitation;
  revision: number;
}

/** An invitation open for a change: before closing, or (after it) in a negotiation round open now. */
type ChangeablePortalInvitation = PortalInvitation & { round: OpenRound | null };

const draftAad = (quoteId: string) => `quote:${quoteId}:draft`;
const revisionAad = (quoteId: string, revision: number) => `quote:${quoteId}:revision:${revision}`;
const nonceAad = (quoteId: string, revision: number) => `quote:${quoteId}:revision:${revision}:receipt-nonce`;

/**
 * Quotes: the supplier saves drafts, submits (each submission a kept revision with a receipt),
 * revises and withdraws until the closing time. Content is sealed at rest; the buyer side reads it
 * only through `opened`, which refuses with SEALED until the server has closed the RFQ.
 */
@Injectable()
export class QuoteService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly portal: PortalService,
    private readonly rfqs: RfqService,
    private readonly rfqRecords: RfqRecords,
    private readonly invitationRecords: InvitationRecords,
    private readonly invitationRounds: InvitationRounds,
    private readonly seal: SealService,
    private readonly files: FileService,
    private readonly clock: Clock,
  ) {}

  // ---- supplier side -------------------------------------------------------------------------

  async saveDraft(ctx: RequestContext, invitationId: string, content: QuoteContent): Promise<PortalInvitation> {
    const p = await this.openForChange(ctx, invitationId);
    const spec = await this.rfqs.specification(ctx, p.rfq);
    const full = await this.withAttachments(ctx, content);
    this.assertValid(full, spec, false);
    const quote = await this.quoteOf(ctx, p, true);
    const now = this.clock.now();
    await this.connection.manager(ctx).query(
      `UPDATE quote SET draft_sealed = $2, draft_saved_at = $3, draft_saved_by = $4, updated_at = $3 WHERE id = $1`,
      [quote.id, this.seal.seal(full, draftAad(quote.id)), now, ctx.userId],
    );
    // In the supplier's own trail: the buyer does not even learn that a draft exists.
    await this.audit.record(ctx, {
      action: 'quote.draft-saved',
      entityType: 'Rfq',
      entityId: p.rfq.id,
      organizationId: ctx.organizationId,
      summary: { reference: p.rfq.reference, supplier: p.invitation.supplierName },
    });
    return p;
  }

  /** Submits `content` as the next revision; the receipt is its SHA-256, shown and emailed. */
  async submit(ctx: RequestContext, invitationId: string, content: QuoteContent): Promise<RevisionView> {
    const p = await this.openForChange(ctx, invitationId);
    if (p.invitation.status === InvitationStatus.DECLINED) throw conflict('You declined this RFQ', 'invitationId');
    const spec = await this.rfqs.specification(ctx, p.rfq);
    const full = await this.withAttachments(ctx, content);
    this.assertValid(full, spec, true);
    const quote = await this.quoteOf(ctx, p, true);
    const view = await this.writeRevision(ctx, p, quote, full, p.round?.id ?? null);
    const { revision, submittedAt: now } = view;
    await this.connection
      .getRepository(ctx, RfqInvitation)
      .update(p.invitation.id, { status: InvitationStatus.QUOTED, quotedAt: now, viewedAt: p.invitation.viewedAt ?? now });
    // The buyer's trail says who submitted and when, never the content or its hash (a hash of a short quote could be guessed).
    await this.audit.record(ctx, {
      action: 'quote.submitted',
      entityType: 'Rfq',
      entityId: p.rfq.id,
      organizationId: p.rfq.organizationId,
      summary: { reference: p.rfq.reference, supplier: p.invitation.supplierName, revision, ...(p.round ? { round: p.round.number } : {}) },
    });
    await ctx.publish(QuoteSubmitted, {
      invitationId: p.invitation.id,
      quoteId: quote.id,
      revision,
      round: p.round ? { number: p.round.number, closesAt: p.round.closesAt.toISOString() } : null,
    });
    return view;
  }

  /**
   * A bid of a live reverse auction, as the next revision of the supplier's submitted quote with a
   * receipt in the same form as a sealed submission's. The auction library calls it under the
   * bidder's own row lock, having checked the bid against the auction's rules; `price` makes the
   * bid's content from the current revision's (new unit prices, nothing else). No receipt mail (the
   * live page shows the receipt) and no audit entry of its own: the auction's `auction.bid` entry
   * names the revision. Everything `price` leaves alone carries over unchanged, the conditional
   * offers among it. Answers the revision and the invitation as read for it (its RFQ and buyer).
   */
  async submitAuctionRevision(
    ctx: RequestContext,
    invitationId: string,
    price: (current: QuoteContent) => QuoteContent,
  ): Promise<{ revision: RevisionView; invitation: PortalInvitation }> {
    const p = await this.portal.invitation(ctx, invitationId, true);
    const quote = await this.quoteOf(ctx, p, false);
    if (!quote || quote.status !== QuoteStatus.SUBMITTED || !quote.currentRevision) throw conflict('There is no submitted quote to bid with', 'auctionId');
    const full = price(await this.currentContent(ctx, quote.id, quote.currentRevision));
    this.assertValid(full, await this.rfqs.specification(ctx, p.rfq), false);
    return { revision: await this.writeRevision(ctx, p, quote, full, null), invitation: p };
  }

  /** The content of one revision, decrypted (only that one). */
  async currentContent(ctx: RequestContext, quoteId: string, revision: number): Promise<QuoteContent> {
    const row = await this.connection
      .getRepository(ctx, QuoteRevision)
      .createQueryBuilder('r')
      .addSelect('r.sealed')
      .where('r.quote_id = :quoteId AND r.revision = :revision', { quoteId, revision })
      .getOneOrFail();
    return this.seal.open<QuoteContent>(row.sealed, revisionAad(quoteId, revision));
  }

  /** Writes `full` as the quote's next revision with its receipt (nonce, canonical document, SHA-256) and makes it current. */
  private async writeRevision(ctx: RequestContext, p: PortalInvitation, quote: Quote, content: QuoteContent, roundId: string | null): Promise<RevisionView> {
    // An empty list of conditional offers is left out, so the receipt hashes what it would have before they existed.
    const full = storedContent(content);
    const revision = (quote.currentRevision ?? 0) + 1;
    // A commitment: without the nonce (the supplier's alone until the content is opened) the hash cannot be matched by trying prices.
    const nonce = newReceiptNonce();
    const canonical = receiptDocument({ format: RECEIPT_FORMAT, nonce, rfqReference: p.rfq.reference, supplierName: p.invitation.supplierName, revision, content: full });
    const sha256 = receiptHash(canonical);
    const now = this.clock.now();
    await this.connection.getRepository(ctx, QuoteRevision).insert({
      organizationId: p.rfq.organizationId,
      quoteId: quote.id,
      rfqId: p.rfq.id,
      revision,
      sealed: this.seal.seal(full, revisionAad(quote.id, revision)),
      contentSha256: sha256,
      receiptFormat: RECEIPT_FORMAT,
      receiptNonceSealed: this.seal.seal(nonce, nonceAad(quote.id, revision)),
      submittedAt: now,
      submittedBy: ctx.userId,
      // A best and final offer names its round: sealed to the buyer until the round is over.
      roundId,
    });
    await this.connection.manager(ctx).query(
      `UPDATE quote SET status = 'SUBMITTED', current_revision = $2, submitted_at = $3, withdrawn_at = NULL, withdraw_reason = NULL,
                        draft_sealed = NULL, draft_saved_at = NULL, draft_saved_by = NULL, updated_at = $3 WHERE id = $1`,
      [quote.id, revision, now],
    );
    return { revision, submittedAt: now, sha256, content: full, canonical, receiptFormat: RECEIPT_FORMAT, nonce };
  }

  async withdraw(ctx: RequestContext, invitationId: string, reason: string | null): Promise<PortalInvitation> {
    const p = await this.openForChange(ctx, invitationId);
    // In a negotiation round the quote on the table stays: the round asks for a better one, not for none.
    if (p.round) throw conflict(`A quote cannot be withdrawn in negotiation round ${p.round.number}: submit a revised one, or your earlier quote stands`, 'invitationId');
    const quote = await this.quoteOf(ctx, p, false);
    if (!quote || quote.status !== QuoteStatus.SUBMITTED) throw conflict('There is no submitted quote to withdraw', 'invitationId');
    const text = reason?.trim() || null;
    if (text && text.length > 2000) throw validationFailed('reason', 'A reason is at most 2000 characters');
    const now = this.clock.now();
    await this.connection.getRepository(ctx, Quote).update(quote.id, { status: QuoteStatus.WITHDRAWN, withdrawnAt: now, withdrawReason: text, updatedAt: now });
    await this.connection.getRepository(ctx, RfqInvitation).update(p.invitation.id, { status: InvitationStatus.VIEWED, quotedAt: null });
    p.invitation.status = InvitationStatus.VIEWED;
    await this.audit.record(ctx, {
      action: 'quote.withdrawn',
      entityType: 'Rfq',
      entityId: p.rfq.id,
      organizationId: p.rfq.organizationId,
      summary: { reference: p.rfq.reference, supplier: p.invitation.supplierName, revisionsKept: quote.currentRevision },
    });
    await ctx.publish(QuoteWithdrawn, { invitationId: p.invitation.id, withdrawnAt: now.toISOString() });
    return p;
  }

  /** The supplier's own quote: draft and every revision, opened for its own company only. */
  async ownView(ctx: RequestContext, p: PortalInvitation): Promise<SupplierQuoteView> {
    const quote = await this.connection
      .getRepository(ctx, Quote)
      .createQueryBuilder('q')
      .addSelect('q.draftSealed')
      .where('q.invitation_id = :id AND q.supplier_organization_id = :org', { id: p.invitation.id, org: ctx.organizationId })
      .getOne();
    if (!quote) return { quote: null, draft: null, revisions: [] };
    const draft = quote.draftSealed ? this.seal.open<QuoteContent>(quote.draftSealed, draftAad(quote.id)) : null;
    quote.draftSealed = null;
    return { quote, draft, revisions: await this.revisions(ctx, p.rfq, p.invitation, [quote]).then((m) => m.get(quote.id) ?? []) };
  }

  /** One submitted revision as its supplier reads it (for the receipt's mail). */
  async revision(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, quoteId: string, revision: number): Promise<RevisionView> {
    const quote = await this.connection.getRepository(ctx, Quote).findOneByOrFail({ id: quoteId });
    const view = (await this.revisions(ctx, rfq, invitation, [quote])).get(quote.id)?.find((r) => r.revision === revision);
    if (!view) throw new Error(`Quote ${quoteId} has no revision ${revision}`);
    return view;
  }

  // ---- buyer side ----------------------------------------------------------------------------

  /** Who has submitted (and how often): what the buyer may know before closing. */
  async submissions(ctx: RequestContext, rfq: Rfq): Promise<SubmissionView[]> {
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).find({ where: { rfqId: rfq.id, organizationId: ctx.organizationId }, order: { supplierName: 'ASC' } });
    const quotes = await this.connection.getRepository(ctx, Quote).find({ where: { rfqId: rfq.id, organizationId: ctx.organizationId } });
    return invitations.map((invitation) => {
      const q = quotes.find((x) => x.invitationId === invitation.id);
      // A draft is the supplier's own business: the buyer does not even learn that one exists.
      const visible = q && q.status !== QuoteStatus.DRAFT ? q : null;
      return { invitation, status: visible?.status ?? null, submittedAt: visible?.submittedAt ?? null, revisions: visible?.currentRevision ?? 0 };
    });
  }

  /**
   * The submitted quotes of a closed RFQ, with every revision. Refused with SEALED until the
   * server has closed the RFQ: no buyer-side path reads quote content before that. A revision
   * submitted in a negotiation round that is still open is left out (not even decrypted) until the
   * round is over; `latest` is the latest revision the buyer may see.
   */
  async opened(ctx: RequestContext, rfqId: string): Promise<{ rfq: Rfq; quotes: OpenedQuote[] }> {
    const { rfq } = await this.rfqs.open(ctx, rfqId, Permission.QUOTE_READ);
    this.assertOpened(rfq);
    const quotes = await this.connection.getRepository(ctx, Quote).find({ where: { rfqId: rfq.id, organizationId: ctx.organizationId, status: QuoteStatus.SUBMITTED } });
    if (quotes.length === 0) return { rfq, quotes: [] };
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).find({ where: { id: In(quotes.map((q) => q.invitationId)) } });
    const revisions = await this.revisions(ctx, rfq, null, quotes, invitations, true);
    const invitationById = new Map(invitations.map((i) => [i.id, i]));
    return {
      rfq,
      quotes: quotes
        .map((quote) => {
          const all = revisions.get(quote.id) ?? [];
          return { invitation: invitationById.get(quote.invitationId)!, quote, latest: all[all.length - 1], revisions: all };
        })
        .filter((q) => q.latest)
        .sort((a, b) => a.invitation.supplierName.localeCompare(b.invitation.supplierName)),
    };
  }

  /**
   * Which revision `opened` shows as each quote's latest, and whose quote it is, in `opened`'s order,
   * without reading or decrypting any content: what a reader that keeps what it derived from the
   * content (the comparison) checks its copy against. A revision is kept for good and never changes,
   * so the same quote and revision number is the same content. Refused as `opened` is.
   */
  async openedLatest(ctx: RequestContext, rfqId: string): Promise<{ rfq: Rfq; latest: OpenedLatest[] }> {
    const { rfq } = await this.rfqs.open(ctx, rfqId, Permission.QUOTE_READ);
    this.assertOpened(rfq);
    const quotes = await this.connection.getRepository(ctx, Quote).find({ where: { rfqId: rfq.id, organizationId: ctx.organizationId, status: QuoteStatus.SUBMITTED } });
    if (quotes.length === 0) return { rfq, latest: [] };
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).find({ where: { id: In(quotes.map((q) => q.invitationId)) } });
    const query = await this.revisionQuery(ctx, quotes, true);
    const rows: Array<{ quote_id: string; revision: number }> = await query.select('r.quote_id', 'quote_id').addSelect('max(r.revision)', 'revision').groupBy('r.quote_id').getRawMany();
    const revisionOf = new Map(rows.map((r) => [r.quote_id, Number(r.revision)]));
    const invitationById = new Map(invitations.map((i) => [i.id, i]));
    return {
      rfq,
      latest: quotes
        .filter((q) => revisionOf.has(q.id))
        .map((q) => ({ quoteId: q.id, invitation: invitationById.get(q.invitationId)!, revision: revisionOf.get(q.id)! }))
        .sort((a, b) => a.invitation.supplierName.localeCompare(b.invitation.supplierName)),
    };
  }

  assertOpened(rfq: Rfq): void {
    if (rfq.status !== RfqStatus.CLOSED || !rfq.closedAt) {
      throw new AppError(ErrorCode.SEALED, `The quotes of ${rfq.reference} are sealed until it closes (${rfq.closesAt.toISOString()})`, {
        details: { closesAt: rfq.closesAt.toISOString(), status: rfq.status },
      });
    }
  }

  /** Whether this file is an attachment of a submitted revision of this closed RFQ (for the download route). */
  async attachmentOfOpenedRfq(ctx: RequestContext, rfqId: string, fileId: string): Promise<boolean> {
    const { quotes } = await this.opened(ctx, rfqId);
    return quotes.some((q) => q.revisions.some((r) => r.content.attachments.some((a) => a.fileId === fileId)));
  }

  // ---- internals -----------------------------------------------------------------------------

  /**
   * The invitation locked, and the RFQ held (FOR SHARE) so the closing waits for this change;
   * refused after closing (RFQ_CLOSED), unless the invitation is in a negotiation round open now
   * (held FOR SHARE too, so the buyer's ending of the round waits); ROUND_CLOSED once its rounds are over.
   */
  private async openForChange(ctx: RequestContext, invitationId: string): Promise<ChangeablePortalInvitation> {
    const p = await this.portal.invitation(ctx, invitationId, true);
    const row = await this.rfqRecords.heldForShare(ctx, p.rfq.id);
    p.rfq.status = row.status;
    p.rfq.closesAt = new Date(row.closes_at);
    if (p.rfq.status === RfqStatus.CLOSED) {
      const round = await this.portal.roundForChange(ctx, p);
      if (round) return Object.assign(p, { round });
    }
    this.portal.assertOpen(p.rfq);
    return Object.assign(p, { round: null });
  }

  private async quoteOf(ctx: RequestContext, p: PortalInvitation, create: true): Promise<Quote>;
  private async quoteOf(ctx: RequestContext, p: PortalInvitation, create: false): Promise<Quote | null>;
  private async quoteOf(ctx: RequestContext, p: PortalInvitation, create: boolean): Promise<Quote | null> {
    const repo = this.connection.getRepository(ctx, Quote);
    const existing = await repo.findOne({ where: { invitationId: p.invitation.id } });
    if (existing || !create) return existing;
    return repo.save(
      repo.create({
        organizationId: p.rfq.organizationId,
        rfqId: p.rfq.id,
        invitationId: p.invitation.id,
        supplierOrganizationId: ctx.organizationId,
        status: QuoteStatus.DRAFT,
        draftSealed: null,
      }),
    );
  }

  private async revisions(
    ctx: RequestContext,
    rfq: Rfq,
    invitation: RfqInvitation | null,
    quotes: Quote[],
    invitations?: RfqInvitation[],
    /** The buying side: revisions of a negotiation round still open stay sealed (not even read). */
    sealOpenRounds = false,
  ): Promise<Map<string, RevisionView[]>> {
    const query = (await this.revisionQuery(ctx, quotes, sealOpenRounds)).addSelect('r.sealed').addSelect('r.receiptNonceSealed');
    const rows = await query.orderBy('r.revision', 'ASC').getMany();
    const quoteById = new Map(quotes.map((q) => [q.id, q]));
    const invitationById = new Map((invitations ?? []).map((i) => [i.id, i]));
    const byQuote = new Map<string, RevisionView[]>();
    for (const r of rows) {
      const quote = quoteById.get(r.quoteId)!;
      const inv = invitation ?? invitationById.get(quote.invitationId);
      const content = this.seal.open<QuoteContent>(r.sealed, revisionAad(r.quoteId, r.revision));
      const nonce = r.receiptNonceSealed ? this.seal.open<string>(r.receiptNonceSealed, nonceAad(r.quoteId, r.revision)) : null;
      const facts = { format: r.receiptFormat, nonce, rfqReference: rfq.reference, supplierName: inv?.supplierName ?? '', revision: r.revision, content };
      const list = byQuote.get(r.quoteId) ?? [];
      list.push(revisionView(r, facts));
      byQuote.set(r.quoteId, list);
    }
    return byQuote;
  }

  /** The revisions of these quotes; on the buying side (`sealOpenRounds`) without those of a negotiation round still open. */
  private async revisionQuery(ctx: RequestContext, quotes: Quote[], sealOpenRounds: boolean) {
    const query = this.connection
      .getRepository(ctx, QuoteRevision)
      .createQueryBuilder('r')
      .where('r.quote_id = ANY (:ids)', { ids: quotes.map((q) => q.id) });
    if (sealOpenRounds) {
      const open = await this.invitationRounds.of(ctx, quotes.map((q) => q.invitationId), this.clock.now(), { openOnly: true });
      if (open.length > 0) query.andWhere('(r.round_id IS NULL OR NOT (r.round_id = ANY (:open)))', { open: [...new Set(open.map((o) => o.id))] });
    }
    return query;
  }

  /** Resolves attachment ids (files the supplier uploaded) into name, size and hash, which the receipt then covers. */
  private async withAttachments(ctx: RequestContext, content: QuoteContent & { attachmentIds?: string[] }): Promise<QuoteContent> {
    const ids = content.attachmentIds ?? content.attachments.map((a) => a.fileId);
    const { attachmentIds: _ignored, ...rest } = content;
    void _ignored;
    if (ids.length === 0) return storedContent({ ...emptyContent(rest.currency), ...rest, attachments: [] });
    if (new Set(ids).size !== ids.length) throw validationFailed('input.attachmentIds', 'The same file is attached twice');
    const files = await this.files.getMany(ctx, ids);
    const missing = ids.findIndex((id) => !files.has(id));
    if (missing >= 0) throw validationFailed(`input.attachmentIds.${missing}`, 'No such file of your company: upload it first');
    return storedContent({
      ...rest,
      attachments: ids.map((id) => {
        const f = files.get(id)!;
        return { fileId: f.id, name: f.name, sizeBytes: f.sizeBytes, sha256: f.sha256 };
      }),
    });
  }

  private assertValid(content: QuoteContent, spec: Awaited<ReturnType<RfqService['specification']>>, submit: boolean): void {
    const problems = quoteProblems(
      content,
      { lines: spec.lines.map((l) => ({ key: l.key, quantity: l.quantity })), requirements: spec.requirements.map((r) => ({ key: r.key, kind: r.kind })) },
      submit,
      this.clock.now().toISOString().slice(0, 10),
    );
    if (problems.length > 0) {
      const rule = problems[0].rule;
      throw new AppError(ErrorCode.VALIDATION_FAILED, problems[0].message, { field: problems[0].field, details: { problems, ...(rule ? { rule } : {}) } });
    }
  }

  /** The submitted quotes of these RFQs: which invitation, which supplier. */
  async submittedOf(ctx: RequestContext, rfqIds: readonly string[]): Promise<Array<{ rfqId: string; invitationId: string; supplierId: string }>> {
    if (rfqIds.length === 0) return [];
    const quotes: Array<{ rfqId: string; invitationId: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT q.rfq_id AS "rfqId", q.invitation_id AS "invitationId" FROM quote q WHERE q.rfq_id = ANY($1::uuid[]) AND q.status = $2`, [[...rfqIds], QuoteStatus.SUBMITTED]);
    const byInvitation = new Map(quotes.map((q) => [q.invitationId, q]));
    const invitations = await this.invitationRecords.summaries(ctx, [...byInvitation.keys()]);
    return invitations.flatMap((i) => {
      const q = byInvitation.get(i.id);
      return q ? [{ ...q, supplierId: i.supplierId }] : [];
    });
  }
}

/**
 * A revision as read. Its receipt document is written when first asked for: canonicalizing is the
 * dearest part of reading a quote, and a comparison of hundreds of quotes never shows a receipt.
 */
function revisionView(r: Pick<QuoteRevision, 'revision' | 'submittedAt' | 'contentSha256' | 'receiptFormat'>, facts: ReceiptFacts): RevisionView {
  let canonical: string | undefined;
  return {
    revision: r.revision,
    submittedAt: r.submittedAt,
    sha256: r.contentSha256,
    content: facts.content,
    get canonical() {
      canonical ??= receiptDocument(facts);
      return canonical;
    },
    receiptFormat: r.receiptFormat,
    nonce: facts.nonce,
  };
}
