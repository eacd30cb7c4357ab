import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { UserDirectory } from '@bc/api/identity';
import { CaseVisibility } from '@bc/api/purchasing';
import { Supplier, SupplierService } from '@bc/api/suppliers';
import { InvitationStatus, Locale, Role } from '@bc/shared/domain';
import { RfqInvitation } from '../entities/invitation.entity';
import { Rfq } from '../entities/rfq.entity';

export interface Recipient {
  email: string;
  name: string | null;
  locale: Locale;
  /** A contact from the buyer's directory: the supplier has no portal account, so the portal's sign-in is no use to them. */
  contact?: boolean;
}

/** Countries whose suppliers get German mail when we only know their directory contact. */
const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI']);

/**
 * Who hears about an RFQ. Suppliers: the users of their portal account, else the contacts in the
 * buyer's directory. The team: buyers on the case (and the RFQ's author), gatekeepers for approvals.
 * The mailer writes to them; a service that must say how many it told (the reminder) counts them here.
 */
@Injectable()
export class RfqRecipients {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly directory: UserDirectory,
    private readonly visibility: CaseVisibility,
    private readonly suppliers: SupplierService,
  ) {}

  /**
   * Every invitee that has not declined, with its readers: a supplier that said no hears nothing
   * more of the RFQ (reminders, answers, changes, the closing or a cancellation), by whichever mail.
   */
  async invitees(ctx: RequestContext, rfq: Rfq): Promise<Array<{ invitation: RfqInvitation; recipients: Recipient[] }>> {
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).find({ where: { rfqId: rfq.id }, order: { supplierName: 'ASC' } });
    const out: Array<{ invitation: RfqInvitation; recipients: Recipient[] }> = [];
    for (const invitation of invitations) out.push({ invitation, recipients: await this.ofSupplier(ctx, invitation) });
    return out;
  }

  /** How many mails a message to every invitee makes. */
  async inviteeCount(ctx: RequestContext, rfq: Rfq): Promise<number> {
    return (await this.invitees(ctx, rfq)).reduce((n, i) => n + i.recipients.length, 0);
  }

  /** One invited supplier's readers; nobody once the supplier has declined. */
  async ofSupplier(ctx: RequestContext, invitation: RfqInvitation): Promise<Recipient[]> {
    return invitation.status === InvitationStatus.DECLINED ? [] : this.supplierRecipients(ctx, invitation);
  }

  /** Active SUPPLIER users of the invited company's portal account, else its directory contacts. */
  async supplierRecipients(ctx: RequestContext, invitation: RfqInvitation, known?: Supplier): Promise<Recipient[]> {
    if (!invitation.supplierOrganizationId) return this.contacts(ctx, invitation, known);
    return this.directory.withRole(ctx, invitation.supplierOrganizationId, Role.SUPPLIER);
  }

  /** The directory contacts with an email, German for suppliers from German-speaking countries. */
  private async contacts(ctx: RequestContext, invitation: RfqInvitation, known?: Supplier): Promise<Recipient[]> {
    const supplier = known ?? (await this.connection.getRepository(ctx, Supplier).findOneOrFail({ where: { id: invitation.supplierId } }));
    const rows = await this.suppliers.mailContacts(ctx, invitation.supplierId, invitation.organizationId);
    const locale = GERMAN_SPEAKING.has(supplier.country) ? Locale.DE : Locale.EN;
    return rows.map((r) => ({ email: r.email, name: r.name, locale, contact: true }));
  }

  organizationUsers(ctx: RequestContext, organizationId: string, role: Role): Promise<Array<Recipient & { id: string }>> {
    return this.directory.withRole(ctx, organizationId, role);
  }

  users(ctx: RequestContext, ids: string[]): Promise<Array<Recipient & { id: string }>> {
    return this.directory.byIds(ctx, null, ids);
  }

  /** Team members in these roles (who still hold the role), and the RFQ's author. */
  team(ctx: RequestContext, rfq: Rfq, roles: Role[]): Promise<Array<Recipient & { id: string }>> {
    return this.visibility.activeTeamUsers(ctx, rfq.organizationId, rfq.caseId, rfq.createdBy, roles);
  }
}
