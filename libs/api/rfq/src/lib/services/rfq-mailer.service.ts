import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, RequestContext, TransactionalConnection } from '@bc/api/core';
import { hashToken, newToken, Organization } from '@bc/api/identity';
import { MailService } from '@bc/api/mail';
import { Supplier } from '@bc/api/suppliers';
import { Locale, Role } from '@bc/shared/domain';
import { RfqInvitation, SupplierPortalToken } from '../entities/invitation.entity';
import { Rfq } from '../entities/rfq.entity';
import { composeRfqMail, RfqFacts, RfqMail } from '../mail/rfq-mails';

export interface Recipient {
  email: string;
  name: string | null;
  locale: Locale;
}

/** Countries whose suppliers get German mail when we only know their directory contact. */
const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI']);

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    const contact = await this.users(ctx, [ctx.userId]);
    const buyerContact = contact[0] ? { name: contact[0].name ?? contact[0].email, email: contact[0].email } : null;
    for (const invitation of invitations) {
      const supplier = suppliers.find((s) => s.id === invitation.supplierId);
      if (invitation.supplierOrganizationId) {
        for (const r of await this.supplierRecipients(ctx, invitation)) {
          await this.send(ctx, rfq, r, this.portalUrl(invitation.id), 'rfq.invitation', { registration: false, buyerContact });
        }
        continue;
      }
      for (const r of await this.contacts(ctx, invitation, supplier)) {
        const token = newToken();
        await this.connection.getRepository(ctx, SupplierPortalToken).insert({
          organizationId: rfq.organizationId,
          supplierId: invitation.supplierId,
          invitationId: invitation.id,
          email: r.email,
          tokenHash: hashToken(token),
          expiresAt: rfq.closesAt,
        });
        await this.send(ctx, rfq, r, `${this.config.publicUrl}/portal/register/${token}`, 'rfq.invitation', { registration: true, buyerContact });
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
    await this.toInvitees(ctx, rfq, () => true, 'rfq.closing-changed', { previousClosesAt, reason });
  }

  async cancelled(ctx: RequestContext, rfq: Rfq, reason: string): Promise<void> {
    await this.toInvitees(ctx, rfq, () => true, 'rfq.cancelled', { reason });
  }

  async answerPublished(ctx: RequestContext, rfq: Rfq, question: string, answer: string): Promise<void> {
    await this.toInvitees(ctx, rfq, (i) => i.status !== 'DECLINED', 'rfq.answer-published', { question, answer });
  }

  async answerPrivate(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, question: string, answer: string): Promise<void> {
    for (const r of await this.supplierRecipients(ctx, invitation)) {
      await this.send(ctx, rfq, r, this.portalUrl(invitation.id), 'rfq.answer-private', { question, answer });
    }
  }

  async reminder(ctx: RequestContext, rfq: Rfq): Promise<number> {
    return this.toInvitees(ctx, rfq, (i) => i.status !== 'DECLINED', 'rfq.reminder', (i) => ({ quoted: i.status === 'QUOTED' }));
  }

  async closed(ctx: RequestContext, rfq: Rfq, quotesReceived: number, invited: number): Promise<void> {
    await this.toInvitees(ctx, rfq, (i) => i.status !== 'DECLINED', 'rfq.closed', (i) => ({ quoted: i.status === 'QUOTED' }));
    await this.toTeam(ctx, rfq, await this.team(ctx, rfq, [Role.BUYER, Role.SPECIFIER, Role.GATEKEEPER, Role.ADVISOR, Role.DECIDER]), 'team.rfq-closed', {
      quotesReceived,
      invited,
    });
  }

  async receipt(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, facts: FactsOf<'quote.receipt'>): Promise<void> {
    for (const r of await this.supplierRecipients(ctx, invitation)) await this.send(ctx, rfq, r, this.portalUrl(invitation.id), 'quote.receipt', facts);
    await this.toTeam(ctx, rfq, await this.team(ctx, rfq, [Role.BUYER]), 'team.quote-submitted', {
      supplierName: invitation.supplierName,
      submittedAt: facts.submittedAt,
      revision: facts.revision,
      round: facts.round ?? null,
    });
  }

  /** A negotiation round: to the invited supplier's portal users, with the round deadline as .ics. Nothing about other suppliers. */
  async negotiationRound(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, facts: FactsOf<'negotiation.round'>): Promise<void> {
    for (const r of await this.supplierRecipients(ctx, invitation)) await this.send(ctx, rfq, r, this.portalUrl(invitation.id), 'negotiation.round', facts);
  }

  async withdrawn(ctx: RequestContext, rfq: Rfq, invitation: RfqInvitation, withdrawnAt: Date): Promise<void> {
    for (const r of await this.supplierRecipients(ctx, invitation)) await this.send(ctx, rfq, r, this.portalUrl(invitation.id), 'quote.withdrawn', { withdrawnAt });
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

  private async toInvitees<K extends RfqMail['kind']>(
    ctx: RequestContext,
    rfq: Rfq,
    which: (i: RfqInvitation) => boolean,
    kind: K,
    extra: FactsOf<K> | ((i: RfqInvitation) => FactsOf<K>),
  ): Promise<number> {
    const invitations = (await this.connection.getRepository(ctx, RfqInvitation).find({ where: { rfqId: rfq.id }, order: { supplierName: 'ASC' } })).filter(which);
    let sent = 0;
    for (const invitation of invitations) {
      for (const r of await this.supplierRecipients(ctx, invitation)) {
        await this.send(ctx, rfq, r, this.portalUrl(invitation.id), kind, typeof extra === 'function' ? extra(invitation) : extra);
        sent++;
      }
    }
    return sent;
  }

  private async toTeam<K extends RfqMail['kind']>(
    ctx: RequestContext,
    rfq: Rfq,
    recipients: Array<Recipient & { id: string }>,
    kind: K,
    extra: FactsOf<K>,
  ): Promise<void> {
    for (const r of recipients) await this.send(ctx, rfq, r, this.caseUrl(rfq), kind, extra);
  }

  private async send<K extends RfqMail['kind']>(ctx: RequestContext, rfq: Rfq, r: Recipient, url: string, kind: K, extra: FactsOf<K>): Promise<void> {
    const facts: RfqFacts = {
      locale: r.locale,
      timeZone: this.config.displayTimeZone,
      recipientName: r.name,
      buyerName: await this.buyerName(ctx, rfq.organizationId),
      rfqId: rfq.id,
      rfqReference: rfq.reference,
      rfqTitle: rfq.title,
      closesAt: rfq.closesAt,
      questionsCloseAt: rfq.questionsCloseAt,
      url,
      icsSequence: rfq.closingChanges,
    };
    const composed = composeRfqMail({ kind, facts, ...extra } as unknown as RfqMail);
    await this.mail.enqueue(ctx, {
      to: { address: r.email, name: r.name },
      locale: r.locale,
      subject: composed.subject,
      text: composed.text,
      html: composed.html,
      attachments: composed.attachments,
      kind,
      organizationId: rfq.organizationId,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
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
    const rows: Array<{ email: string; name: string; locale: Locale }> = await this.connection.manager(ctx).query(
      `SELECT email, name, locale FROM app_user
        WHERE organization_id = $1 AND 'SUPPLIER' = ANY (roles) AND disabled_at IS NULL ORDER BY email`,
      [invitation.supplierOrganizationId],
    );
    return rows;
  }

  /** The directory contacts with an email, German for suppliers from German-speaking countries. */
  private async contacts(ctx: RequestContext, invitation: RfqInvitation, known?: Supplier): Promise<Recipient[]> {
    const supplier = known ?? (await this.connection.getRepository(ctx, Supplier).findOneOrFail({ where: { id: invitation.supplierId } }));
    const rows: Array<{ email: string; name: string }> = await this.connection.manager(ctx).query(
      `SELECT DISTINCT ON (lower(email)) email, name FROM supplier_contact
        WHERE supplier_id = $1 AND organization_id = $2 AND email IS NOT NULL AND email <> '' ORDER BY lower(email), created_at`,
      [invitation.supplierId, invitation.organizationId],
    );
    const locale = GERMAN_SPEAKING.has(supplier.country) ? Locale.DE : Locale.EN;
    return rows.map((r) => ({ email: r.email, name: r.name, locale }));
  }

  private async organizationUsers(ctx: RequestContext, organizationId: string, role: Role): Promise<Array<Recipient & { id: string }>> {
    return this.connection.manager(ctx).query(
      `SELECT id, email, name, locale FROM app_user WHERE organization_id = $1 AND $2 = ANY (roles) AND disabled_at IS NULL ORDER BY email`,
      [organizationId, role],
    );
  }

  private async users(ctx: RequestContext, ids: string[]): Promise<Array<Recipient & { id: string }>> {
    return this.connection.manager(ctx).query(`SELECT id, email, name, locale FROM app_user WHERE id = ANY ($1::uuid[]) AND disabled_at IS NULL`, [ids]);
  }

  /** Team members in these roles (who still hold the role), and the RFQ's author. */
  private async team(ctx: RequestContext, rfq: Rfq, roles: Role[]): Promise<Array<Recipient & { id: string }>> {
    return this.connection.manager(ctx).query(
      `SELECT DISTINCT u.id, u.email, u.name, u.locale FROM app_user u
        WHERE u.disabled_at IS NULL AND u.organization_id = $1
          AND (u.id = $4 OR EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = $2 AND m.user_id = u.id
                                      AND m.role = ANY ($3::text[]) AND m.role = ANY (u.roles)))
        ORDER BY u.email`,
      [rfq.organizationId, rfq.caseId, roles, rfq.createdBy],
    );
  }
}
