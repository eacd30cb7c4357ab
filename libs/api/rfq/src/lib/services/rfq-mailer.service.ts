import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { hashToken, newToken, Organization, UserDirectory } from '@bc/api/identity';
import { CaseVisibility } from '@bc/api/purchasing';
import { mailAddress, MailService } from '@bc/api/mail';
import { Supplier, SupplierService } from '@bc/api/suppliers';
import { InvitationStatus, Locale, Role, rfqOpenAt } from '@bc/shared/domain';
import { RfqInvitation, SupplierPortalToken } from '../entities/invitation.entity';
import { Rfq } from '../entities/rfq.entity';
import { composeRfqMail, RfqFacts, RfqMail } from '../mail/rfq-mails';

export interface Recipient {
  email: string;
  name: string | null;
  locale: Locale;
  /** A contact from the buyer's directory: the supplier has no portal account, so the portal's sign-in is no use to them. */
  contact?: boolean;
}

/** The buyer who answers for the RFQ: named as contact, Reply-To of every mail, organizer of its calendar entries. */
interface ResponsibleBuyer {
  name: string;
  email: string;
}

/** Countries whose suppliers get German mail when we only know their directory contact. */
const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI']);

/** A mail's link: `url` null when there is nothing the reader can do; `registration` when it is a single-use registration link. */
interface Link {
  url: string | null;
  registration: boolean;
}

type FactsOf<K extends RfqMail['kind']> = Omit<Extract<RfqMail, { kind: K }>, 'facts' | 'kind'>;

/**
 * Who is told what about an RFQ, in their language, through the outbox (same transaction as the
 * change). Suppliers: the users of their portal account, else the contacts in the buyer's
 * directory. The team: buyers on the case (and the RFQ's author), gatekeepers for approvals.
 * Team mails never carry quote content: quotes are sealed until closing.
 */
@Injectable()
export class RfqMailer {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mail: MailService,
    private readonly directory: UserDirectory,
    private readonly visibility: CaseVisibility,
    private readonly suppliers: SupplierService,
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
    const gatekeepers = await this.organizationUsers(ctx, rfq.organizationId, Role.GATEKEEPER);
    await this.toTeam(ctx, rfq, gatekeepers.filter((u) => u.id !== ctx.userId), 'team.rfq-approval-requested', { requestedBy: ctx.signedIn.userName });
  }

  async approvalDecided(ctx: RequestContext, rfq: Rfq, approved: boolean): Promise<void> {
    const requester = rfq.approvalRequestedBy ? await this.users(ctx, [rfq.approvalRequestedBy]) : [];
    if (approved) await this.toTeam(ctx, rfq, requester, 'team.rfq-approved', { approvedBy: ctx.signedIn.userName, comment: rfq.approvalComment });
    else await this.toTeam(ctx, rfq, requester, 'team.rfq-returned', { returnedBy: ctx.signedIn.userName, comment: rfq.approvalComment ?? '' });
  }

  /** The invitations: to portal users where the supplier has an account, else to its contacts with a single-use registration link each. */
  async invite(ctx: RequestContext, rfq: Rfq, invitations: RfqInvitation[], suppliers: Supplier[]): Promise<void> {
    const buyer = await this.responsibleBuyer(ctx, rfq);
    for (const invitation of invitations) {
      const supplier = suppliers.find((s) => s.id === invitation.supplierId);
      const recipients = invitation.supplierOrganizationId ? await this.supplierRecipients(ctx, invitation) : await this.contacts(ctx, invitation, supplier);
      for (const r of recipients) {
        const link = await this.supplierLink(ctx, rfq, invitation, r);
        await this.send(ctx, rfq, r, link, 'rfq.invitation', { registration: link.registration, buyerContact: buyer });
      }
    }
  }

  async closingChanged(ctx: RequestContext, rfq: Rfq, previousClosesAt: Date, reason: string): Promise<void> {
    // Unused registration links last until the new closing time.
    await this.connection
      .manager(ctx)
      .query(`UPDATE supplier_portal_token t SET expires_at = $2 FROM rfq_invitation i WHERE t.invitation_id = i.id AND i.rfq_id = $1 AND t.used_at IS NULL`, [
        rfq.id,
        rfq.closesAt,
      ]);
    await this.toInvitees(ctx, rfq, 'rfq.closing-changed', { previousClosesAt, reason });
  }

  async cancelled(ctx: RequestContext, rfq: Rfq, reason: string): Promise<void> {
    // A registration link for a cancelled RFQ would only create an account with nothing to quote.
    await this.connection
      .manager(ctx)
      .query(`UPDATE supplier_portal_token t SET expires_at = $2 FROM rfq_invitation i WHERE t.invitation_id = i.id AND i.rfq_id = $1 AND t.used_at IS NULL AND t.expires_at > $2`, [
        rfq.id,
        this.clock.now(),
      ]);
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
    await this.toTeam(ctx, rfq, await this.team(ctx, rfq, [Role.BUYER, Role.SPECIFIER, Role.GATEKEEPER, Role.ADVISOR, Role.DECIDER]), 'team.rfq-closed', {
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
    await this.toTeam(ctx, rfq, await this.team(ctx, rfq, [Role.BUYER]), 'team.quote-submitted', {
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

  async withdrawn(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, withdrawnAt: Date): Promise<void> {
    await this.toSupplier(ctx, rfq, invitation, 'quote.withdrawn', { withdrawnAt }, this.supplierOwned(invitation));
  }

  /** Where mail about a supplier's own quote is kept: its company (quotes come only from portal accounts), never the buyer's outbox. */
  private supplierOwned(invitation: RfqInvitation): string | null {
    return invitation.supplierOrganizationId ?? null;
  }

  async questionAsked(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, question: string): Promise<void> {
    await this.toTeam(ctx, rfq, await this.team(ctx, rfq, [Role.BUYER]), 'team.question-asked', { supplierName: invitation.supplierName, question });
  }

  async declined(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, reason: string): Promise<void> {
    await this.toTeam(ctx, rfq, await this.team(ctx, rfq, [Role.BUYER]), 'team.supplier-declined', { supplierName: invitation.supplierName, reason });
  }

  async declineWithdrawn(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation): Promise<void> {
    await this.toTeam(ctx, rfq, await this.team(ctx, rfq, [Role.BUYER]), 'team.decline-withdrawn', { supplierName: invitation.supplierName });
  }

  /**
   * Every invitee that has not declined: a supplier that said no hears nothing more of the RFQ
   * (reminders, answers, changes, the closing or a cancellation), by whichever mail.
   */
  private async toInvitees<K extends RfqMail['kind']>(
    ctx: RequestContext,
    rfq: Rfq,
    kind: K,
    extra: FactsOf<K> | ((i: RfqInvitation) => FactsOf<K>),
  ): Promise<number> {
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).find({ where: { rfqId: rfq.id }, order: { supplierName: 'ASC' } });
    let sent = 0;
    for (const invitation of invitations) sent += await this.toSupplier(ctx, rfq, invitation, kind, typeof extra === 'function' ? extra(invitation) : extra);
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
    if (invitation.status === InvitationStatus.DECLINED) return 0;
    let sent = 0;
    for (const r of await this.supplierRecipients(ctx, invitation)) {
      await this.send(ctx, rfq, r, await this.supplierLink(ctx, rfq, invitation, r), kind, extra, keptBy);
      sent++;
    }
    return sent;
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
      buyer = this.users(ctx, ids).then((users) => {
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

  /** Active SUPPLIER users of the invited company's portal account. */
  async supplierRecipients(ctx: RequestContext, invitation: RfqInvitation): Promise<Recipient[]> {
    if (!invitation.supplierOrganizationId) return this.contacts(ctx, invitation);
    return this.directory.withRole(ctx, invitation.supplierOrganizationId, Role.SUPPLIER);
  }

  /** The directory contacts with an email, German for suppliers from German-speaking countries. */
  private async contacts(ctx: RequestContext, invitation: RfqInvitation, known?: Supplier): Promise<Recipient[]> {
    const supplier = known ?? (await this.connection.getRepository(ctx, Supplier).findOneOrFail({ where: { id: invitation.supplierId } }));
    const rows = await this.suppliers.mailContacts(ctx, invitation.supplierId, invitation.organizationId);
    const locale = GERMAN_SPEAKING.has(supplier.country) ? Locale.DE : Locale.EN;
    return rows.map((r) => ({ email: r.email, name: r.name, locale, contact: true }));
  }

  private organizationUsers(ctx: RequestContext, organizationId: string, role: Role): Promise<Array<Recipient & { id: string }>> {
    return this.directory.withRole(ctx, organizationId, role);
  }

  private users(ctx: RequestContext, ids: string[]): Promise<Array<Recipient & { id: string }>> {
    return this.directory.byIds(ctx, null, ids);
  }

  /** Team members in these roles (who still hold the role), and the RFQ's author. */
  private team(ctx: RequestContext, rfq: Rfq, roles: Role[]): Promise<Array<Recipient & { id: string }>> {
    return this.visibility.activeTeamUsers(ctx, rfq.organizationId, rfq.caseId, rfq.createdBy, roles);
  }
}
