import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { hashToken, newToken, Organization } from '@bc/api/identity';
import { mailAddress, MailService } from '@bc/api/mail';
import { InvitationStatus, Role, rfqOpenAt } from '@bc/shared/domain';
import { RfqInvitation, SupplierPortalToken } from '../entities/invitation.entity';
import { Rfq } from '../entities/rfq.entity';
import { composeRfqMail, RfqFacts, RfqMail } from '../mail/rfq-mails';
import { Recipient, RfqRecipients } from './rfq-recipients';

/** The buyer who answers for the RFQ: named as contact, Reply-To of every mail, organizer of its calendar entries. */
interface ResponsibleBuyer {
  name: string;
  email: string;
}

/** A mail's link: `url` null when there is nothing the reader can do; `registration` when it is a single-use registration link. */
interface Link {
  url: string | null;
  registration: boolean;
}

type FactsOf<K extends RfqMail['kind']> = Omit<Extract<RfqMail, { kind: K }>, 'facts' | 'kind'>;
/** The kinds of a live auction's mail to a bidder. */
export type AuctionBidderMail = Extract<RfqMail['kind'], `auction.${string}`>;

/**
 * Who is told what about an RFQ (RfqRecipients), in their language, through the outbox. Called
 * from the mail handlers of the RFQ's and the quotes' domain events, once the change has
 * committed, in the transaction that marks the event handled: a registration link a mail carries
 * is written with that mail. Team mails never carry quote content: quotes are sealed until closing.
 */
@Injectable()
export class RfqMailer {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mail: MailService,
    private readonly recipients: RfqRecipients,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  portalUrl(invitationId: string): string {
    return `${this.config.publicUrl}/portal/rfqs/${invitationId}`;
  }

  caseUrl(rfq: Rfq): string {
    return `${this.config.publicUrl}/cases/${rfq.caseId}/rfq`;
  }

  async approvalRequested(ctx: RequestContext, rfq: Rfq): Promise<void> {
    const gatekeepers = await this.recipients.organizationUsers(ctx, rfq.organizationId, Role.GATEKEEPER);
    await this.toTeam(ctx, rfq, gatekeepers.filter((u) => u.id !== ctx.userId), 'team.rfq-approval-requested', { requestedBy: ctx.signedIn.userName });
  }

  async approvalDecided(ctx: RequestContext, rfq: Rfq, approved: boolean): Promise<void> {
    const requester = rfq.approvalRequestedBy ? await this.recipients.users(ctx, [rfq.approvalRequestedBy]) : [];
    if (approved) await this.toTeam(ctx, rfq, requester, 'team.rfq-approved', { approvedBy: ctx.signedIn.userName, comment: rfq.approvalComment });
    else await this.toTeam(ctx, rfq, requester, 'team.rfq-returned', { returnedBy: ctx.signedIn.userName, comment: rfq.approvalComment ?? '' });
  }

  /** The invitations: to portal users where the supplier has an account, else to its contacts with a single-use registration link each. */
  async invite(ctx: RequestContext, rfq: Rfq, invitations: RfqInvitation[]): Promise<void> {
    const buyer = await this.responsibleBuyer(ctx, rfq);
    for (const invitation of invitations) {
      for (const r of await this.recipients.supplierRecipients(ctx, invitation)) {
        const link = await this.supplierLink(ctx, rfq, invitation, r);
        await this.send(ctx, rfq, r, link, 'rfq.invitation', { registration: link.registration, buyerContact: buyer });
      }
    }
  }

  async closingChanged(ctx: RequestContext, rfq: Rfq, previousClosesAt: Date, reason: string): Promise<void> {
    await this.toInvitees(ctx, rfq, 'rfq.closing-changed', { previousClosesAt, reason });
  }

  async cancelled(ctx: RequestContext, rfq: Rfq, reason: string): Promise<void> {
    await this.toInvitees(ctx, rfq, 'rfq.cancelled', { reason });
  }

  async answerPublished(ctx: RequestContext, rfq: Rfq, question: string, answer: string): Promise<void> {
    await this.toInvitees(ctx, rfq, 'rfq.answer-published', { question, answer });
  }

  async answerPrivate(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, question: string, answer: string): Promise<void> {
    await this.toSupplier(ctx, rfq, invitation, 'rfq.answer-private', { question, answer });
  }

  async reminder(ctx: RequestContext, rfq: Rfq): Promise<number> {
    return this.toInvitees(ctx, rfq, 'rfq.reminder', (i) => ({ quoted: i.status === InvitationStatus.QUOTED }));
  }

  /** `closedEarlyAt`: closed by the buyer before its closing time, so the invitees' calendar entries of it are cancelled. */
  async closed(ctx: RequestContext, rfq: Rfq, quotesReceived: number, invited: number, closedEarlyAt: Date | null = null): Promise<void> {
    await this.toInvitees(ctx, rfq, 'rfq.closed', (i) => ({ quoted: i.status === InvitationStatus.QUOTED, closedEarlyAt }));
    await this.toTeam(ctx, rfq, await this.recipients.team(ctx, rfq, [Role.BUYER, Role.SPECIFIER, Role.GATEKEEPER, Role.ADVISOR, Role.DECIDER]), 'team.rfq-closed', {
      quotesReceived,
      invited,
    });
  }

  /**
   * The receipt (hash and nonce) to the supplier's users. Mail about a supplier's own quote is kept
   * under the supplier's organization: the buying organization's outbox never holds it.
   */
  async receipt(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, facts: FactsOf<'quote.receipt'>): Promise<void> {
    await this.toSupplier(ctx, rfq, invitation, 'quote.receipt', facts, this.supplierOwned(invitation));
    await this.toTeam(ctx, rfq, await this.recipients.team(ctx, rfq, [Role.BUYER]), 'team.quote-submitted', {
      supplierName: invitation.supplierName,
      submittedAt: facts.submittedAt,
      revision: facts.revision,
      round: facts.round ?? null,
    });
  }

  /** A negotiation round: to the invited supplier's portal users, with the round deadline as .ics. Nothing about other suppliers. */
  async negotiationRound(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, facts: FactsOf<'negotiation.round'>): Promise<void> {
    await this.toSupplier(ctx, rfq, invitation, 'negotiation.round', facts);
  }

  /** A round ended before its deadline: the invited supplier's calendar entry of the round deadline is cancelled. */
  async negotiationRoundEnded(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, facts: FactsOf<'negotiation.round-ended'>): Promise<void> {
    await this.toSupplier(ctx, rfq, invitation, 'negotiation.round-ended', facts);
  }

  /**
   * A live auction's mail to one bidder's portal users (bidders quoted, so they have an account),
   * linking its live page (`/portal/auctions/:id`); a directory contact, who cannot sign in, gets
   * no link. Nothing once the supplier has declined.
   */
  async toBidder<K extends AuctionBidderMail>(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, kind: K, facts: FactsOf<K>): Promise<number> {
    const recipients = await this.recipients.ofSupplier(ctx, invitation);
    const url = `${this.config.publicUrl}/portal/auctions/${(facts as { auction: { id: string } }).auction.id}`;
    for (const r of recipients) await this.send(ctx, rfq, r, { url: r.contact ? null : url, registration: false }, kind, facts);
    return recipients.length;
  }

  /** An auction's result to the buying users given (who scheduled it), linking the buyer's live page. */
  async auctionResult(ctx: RequestContext, rfq: Rfq, userIds: string[], facts: FactsOf<'team.auction-result'>): Promise<void> {
    const url = `${this.caseUrl(rfq)}/auctions/${facts.auction.id}`;
    for (const r of await this.recipients.users(ctx, userIds)) await this.send(ctx, rfq, r, { url, registration: false }, 'team.auction-result', facts);
  }

  async withdrawn(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, withdrawnAt: Date): Promise<void> {
    await this.toSupplier(ctx, rfq, invitation, 'quote.withdrawn', { withdrawnAt }, this.supplierOwned(invitation));
  }

  /** Where mail about a supplier's own quote is kept: its company (quotes come only from portal accounts), never the buyer's outbox. */
  private supplierOwned(invitation: RfqInvitation): string | null {
    return invitation.supplierOrganizationId ?? null;
  }

  async questionAsked(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, question: string): Promise<void> {
    await this.toTeam(ctx, rfq, await this.recipients.team(ctx, rfq, [Role.BUYER]), 'team.question-asked', { supplierName: invitation.supplierName, question });
  }

  async declined(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, reason: string): Promise<void> {
    await this.toTeam(ctx, rfq, await this.recipients.team(ctx, rfq, [Role.BUYER]), 'team.supplier-declined', { supplierName: invitation.supplierName, reason });
  }

  async declineWithdrawn(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation): Promise<void> {
    await this.toTeam(ctx, rfq, await this.recipients.team(ctx, rfq, [Role.BUYER]), 'team.decline-withdrawn', { supplierName: invitation.supplierName });
  }

  /** Every invitee that has not declined (RfqRecipients.invitees). */
  private async toInvitees<K extends RfqMail['kind']>(
    ctx: RequestContext,
    rfq: Rfq,
    kind: K,
    extra: FactsOf<K> | ((i: RfqInvitation) => FactsOf<K>),
  ): Promise<number> {
    let sent = 0;
    for (const { invitation, recipients } of await this.recipients.invitees(ctx, rfq)) {
      sent += await this.toRecipients(ctx, rfq, invitation, recipients, kind, typeof extra === 'function' ? extra(invitation) : extra);
    }
    return sent;
  }

  /** One invited supplier's recipients, each with a link they can follow; nothing once the supplier has declined. */
  private async toSupplier<K extends RfqMail['kind']>(
    ctx: RequestContext,
    rfq: Rfq,
    invitation: RfqInvitation,
    kind: K,
    extra: FactsOf<K>,
    keptBy: string | null = rfq.organizationId,
  ): Promise<number> {
    return this.toRecipients(ctx, rfq, invitation, await this.recipients.ofSupplier(ctx, invitation), kind, extra, keptBy);
  }

  private async toRecipients<K extends RfqMail['kind']>(
    ctx: RequestContext,
    rfq: Rfq,
    invitation: RfqInvitation,
    recipients: Recipient[],
    kind: K,
    extra: FactsOf<K>,
    keptBy: string | null = rfq.organizationId,
  ): Promise<number> {
    for (const r of recipients) await this.send(ctx, rfq, r, await this.supplierLink(ctx, rfq, invitation, r), kind, extra, keptBy);
    return recipients.length;
  }

  /**
   * Where a supplier's reader is sent: its portal page if it has an account; for a directory contact,
   * while the RFQ is open, a fresh single-use registration link like the invitation's (the invitation's
   * own token is stored only as a hash, so it cannot be sent again), with which they register and
   * then quote or decline; once the RFQ is closed or cancelled, nowhere (there is nothing left to do).
   */
  private async supplierLink(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, r: Recipient): Promise<Link> {
    if (!r.contact) return { url: this.portalUrl(invitation.id), registration: false };
    if (!rfqOpenAt(rfq, this.clock.now())) return { url: null, registration: false };
    const token = newToken();
    await this.connection.getRepository(ctx, SupplierPortalToken).insert({
      organizationId: rfq.organizationId,
      supplierId: invitation.supplierId,
      invitationId: invitation.id,
      email: r.email,
      tokenHash: hashToken(token),
      expiresAt: rfq.closesAt,
    });
    return { url: `${this.config.publicUrl}/portal/register/${token}`, registration: true };
  }

  private async toTeam<K extends RfqMail['kind']>(
    ctx: RequestContext,
    rfq: Rfq,
    recipients: Array<Recipient & { id: string }>,
    kind: K,
    extra: FactsOf<K>,
  ): Promise<void> {
    for (const r of recipients) await this.send(ctx, rfq, r, { url: this.caseUrl(rfq), registration: false }, kind, extra);
  }

  private async send<K extends RfqMail['kind']>(
    ctx: RequestContext,
    rfq: Rfq,
    r: Recipient,
    link: Link,
    kind: K,
    extra: FactsOf<K>,
    /** The organization whose outbox keeps the message: the buying organization unless said otherwise. */
    keptBy: string | null = rfq.organizationId,
  ): Promise<void> {
    const buyerName = await this.buyerName(ctx, rfq.organizationId);
    const buyer = await this.responsibleBuyer(ctx, rfq);
    const facts: RfqFacts = {
      locale: r.locale,
      timeZone: this.config.displayTimeZone,
      recipientName: r.name,
      recipientEmail: r.email,
      buyerName,
      organizer: buyer ?? { name: buyerName, email: mailAddress(this.config.mailFrom) },
      publicUrl: this.config.publicUrl,
      rfqId: rfq.id,
      rfqReference: rfq.reference,
      rfqTitle: rfq.title,
      closesAt: rfq.closesAt,
      questionsCloseAt: rfq.questionsCloseAt,
      url: link.url,
      registration: link.registration,
      icsSequence: rfq.closingChanges,
    };
    const composed = composeRfqMail({ kind, facts, ...extra } as unknown as RfqMail);
    await this.mail.enqueue(ctx, {
      to: { address: r.email, name: r.name },
      fromName: buyerName,
      replyTo: buyer ? { address: buyer.email, name: buyer.name } : null,
      locale: r.locale,
      subject: composed.subject,
      text: composed.text,
      html: composed.html,
      attachments: composed.attachments,
      kind,
      organizationId: keptBy,
      // Kept for the supplier (mail about its own sealed quote): the body goes once it is sent.
      confidential: keptBy !== rfq.organizationId,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  /** Per request: the buyer who published the RFQ (else who wrote it), while they are active. */
  private readonly buyers = new WeakMap<RequestContext, Map<string, Promise<ResponsibleBuyer | null>>>();

  private responsibleBuyer(ctx: RequestContext, rfq: Rfq): Promise<ResponsibleBuyer | null> {
    const known = this.buyers.get(ctx) ?? new Map<string, Promise<ResponsibleBuyer | null>>();
    this.buyers.set(ctx, known);
    let buyer = known.get(rfq.id);
    if (!buyer) {
      const ids = [rfq.publishedBy, rfq.createdBy].filter((id): id is string => !!id);
      buyer = this.recipients.users(ctx, ids).then((users) => {
        const user = ids.map((id) => users.find((u) => u.id === id)).find((u) => !!u);
        return user ? { name: user.name ?? user.email, email: user.email } : null;
      });
      known.set(rfq.id, buyer);
    }
    return buyer;
  }

  /** Per request: one look-up for all the mails a change sends. */
  private readonly buyerNames = new WeakMap<RequestContext, Map<string, Promise<string>>>();

  private buyerName(ctx: RequestContext, organizationId: string): Promise<string> {
    const names = this.buyerNames.get(ctx) ?? new Map<string, Promise<string>>();
    this.buyerNames.set(ctx, names);
    let name = names.get(organizationId);
    if (!name) {
      name = this.connection
        .getRepository(ctx, Organization)
        .findOneOrFail({ where: { id: organizationId } })
        .then((o) => o.name);
      names.set(organizationId, name);
    }
    return name;
  }
}
