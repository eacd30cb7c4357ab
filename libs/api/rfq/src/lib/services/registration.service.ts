import { Injectable } from '@nestjs/common';
import { AppError, Clock, conflict, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { hashToken, Organization, PasswordService, User } from '@bc/api/identity';
import { Supplier } from '@bc/api/suppliers';
import { ErrorCode, InvitationStatus, Locale, OrganizationKind, Role, rfqOpenAt } from '@bc/shared/domain';
import { RfqInvitation, SupplierPortalToken } from '../entities/invitation.entity';
import { Rfq } from '../entities/rfq.entity';
import { RfqDeclined } from '../events/rfq-events';

const INVALID = () =>
  new AppError(ErrorCode.INVITATION_INVALID, 'This link is not valid: it may have expired or been used already', { field: 'token' });

export interface RegistrationPreview {
  email: string;
  supplierName: string;
  buyerName: string;
  rfqReference: string;
  rfqTitle: string;
  closesAt: Date;
}

/**
 * A supplier without a portal account registers from the invitation email: the single-use,
 * hashed, expiring token creates its supplier company and first user, and links the buyer's
 * directory record (and its invitations) to it. A supplier user who is signed in may use the
 * token instead to link the record to its existing company. A record that is linked already is
 * never re-linked by a token: nobody joins an existing company through a link from a buyer.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly clock: Clock,
  ) {}

  async preview(ctx: RequestContext, token: string): Promise<RegistrationPreview> {
    const { token: t, supplier, rfq } = await this.usable(ctx, token, false);
    const buyer = await this.connection.getRepository(ctx, Organization).findOneOrFail({ where: { id: t.organizationId } });
    return { email: t.email, supplierName: supplier.name, buyerName: buyer.name, rfqReference: rfq.reference, rfqTitle: rfq.title, closesAt: rfq.closesAt };
  }

  async register(
    ctx: RequestContext,
    input: { token: string; companyName?: string | null; name: string; password: string; locale?: Locale | null },
  ): Promise<{ user: User; invitationId: string }> {
    const { token, supplier } = await this.usable(ctx, input.token, true);
    const name = input.name.trim();
    if (!name || name.length > 200) throw validationFailed('input.name', 'Give your name (up to 200 characters)');
    const companyName = (input.companyName ?? supplier.name).trim();
    if (!companyName || companyName.length > 200) throw validationFailed('input.companyName', 'Give the company name (up to 200 characters)');
    this.passwords.assertAcceptable(input.password, 'input.password', { email: token.email, name });
    const email = token.email.trim().toLowerCase();
    const users = this.connection.getRepository(ctx, User);
    if (await users.exists({ where: { email } })) {
      throw conflict('An account with this email exists already: sign in and open the link again to link it', 'input.token');
    }
    const organization = await this.connection.getRepository(ctx, Organization).save({
      name: companyName,
      kind: OrganizationKind.SUPPLIER,
      country: supplier.country,
      defaultLocale: input.locale ?? Locale.EN,
    });
    const user = await users.save(
      users.create({
        organizationId: organization.id,
        email,
        name,
        passwordHash: await this.passwords.hash(input.password),
        // Whoever registers the company is its admin, and can invite colleagues.
        roles: [Role.SUPPLIER, Role.SUPPLIER_ADMIN],
        locale: input.locale ?? Locale.EN,
        disabledAt: null,
        lastSignInAt: null,
      }),
    );
    await this.audit.record(ctx, {
      action: 'organization.created',
      entityType: 'Organization',
      entityId: organization.id,
      organizationId: organization.id,
      actorUserId: user.id,
      summary: { name: companyName, kind: OrganizationKind.SUPPLIER, via: 'rfq-invitation' },
    });
    await this.link(ctx, token, supplier, organization.id, user.id);
    return { user, invitationId: token.invitationId };
  }

  /**
   * A contact who will not quote declines from the link, without an account (nobody should have to
   * register to say no): the invitation is DECLINED as if declined in the portal, the buyers are
   * told why, the links of this invitation are spent, and the supplier hears no more of the RFQ.
   */
  async decline(ctx: RequestContext, tokenText: string, reason: string): Promise<void> {
    const text = (reason ?? '').trim();
    if (!text) throw validationFailed('reason', 'Say why you will not quote: it helps the buyer');
    if (text.length > 2000) throw validationFailed('reason', 'A reason is at most 2000 characters');
    const { token, rfq } = await this.usable(ctx, tokenText, true);
    const invitations = this.connection.getRepository(ctx, RfqInvitation);
    const invitation = await invitations.findOneOrFail({ where: { id: token.invitationId }, lock: { mode: 'pessimistic_write' } });
    const now = this.clock.now();
    if (!rfqOpenAt(rfq, now)) {
      throw new AppError(ErrorCode.RFQ_CLOSED, `${rfq.reference} is no longer open`, { field: 'token' });
    }
    if (invitation.status === InvitationStatus.DECLINED) throw conflict('Your company has declined this RFQ already', 'token');
    Object.assign(invitation, { status: InvitationStatus.DECLINED, declinedAt: now, declineReason: text, viewedAt: invitation.viewedAt ?? now });
    await invitations.save(invitation);
    await this.connection
      .manager(ctx)
      .query(`UPDATE supplier_portal_token SET expires_at = $2 WHERE invitation_id = $1 AND used_at IS NULL AND expires_at > $2`, [invitation.id, now]);
    await this.audit.record(ctx, {
      action: 'rfq.declined',
      entityType: 'Rfq',
      entityId: rfq.id,
      organizationId: rfq.organizationId,
      actorName: token.email,
      summary: { reference: rfq.reference, supplier: invitation.supplierName, reason: text, via: 'registration-link', email: token.email },
    });
    await ctx.publish(RfqDeclined, { invitationId: invitation.id, reason: text });
  }

  /** A signed-in supplier user links the buyer's record to its own company. */
  async claim(ctx: RequestContext, tokenText: string): Promise<string> {
    const { token, supplier } = await this.usable(ctx, tokenText, true);
    await this.link(ctx, token, supplier, ctx.organizationId, ctx.userId);
    return token.invitationId;
  }

  private async link(ctx: RequestContext, token: SupplierPortalToken, supplier: Supplier, supplierOrganizationId: string, userId: string): Promise<void> {
    const now = this.clock.now();
    await this.connection.getRepository(ctx, SupplierPortalToken).update(token.id, { usedAt: now, usedBy: userId });
    // Every other link of this record is spent too: the record has an account now.
    await this.connection
      .manager(ctx)
      .query(`UPDATE supplier_portal_token SET expires_at = $2 WHERE supplier_id = $1 AND used_at IS NULL AND expires_at > $2`, [supplier.id, now]);
    await this.connection.getRepository(ctx, Supplier).update(supplier.id, { portalOrganizationId: supplierOrganizationId });
    await this.connection.getRepository(ctx, RfqInvitation).update({ supplierId: supplier.id }, { supplierOrganizationId });
    await this.audit.record(ctx, {
      action: 'supplier.portal-linked',
      entityType: 'Supplier',
      entityId: supplier.id,
      organizationId: token.organizationId,
      actorUserId: userId,
      summary: { supplier: supplier.name, email: token.email, portalOrganizationId: supplierOrganizationId },
    });
  }

  private async usable(ctx: RequestContext, tokenText: string, lock: boolean): Promise<{ token: SupplierPortalToken; supplier: Supplier; rfq: Rfq }> {
    if (typeof tokenText !== 'string' || tokenText.length < 20 || tokenText.length > 100) throw INVALID();
    const token = await this.connection.getRepository(ctx, SupplierPortalToken).findOne({
      where: { tokenHash: hashToken(tokenText) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!token || token.usedAt || token.expiresAt <= this.clock.now()) throw INVALID();
    const supplier = await this.connection.getRepository(ctx, Supplier).findOneOrFail({
      where: { id: token.supplierId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (supplier.portalOrganizationId) throw INVALID();
    const invitation = await this.connection.getRepository(ctx, RfqInvitation).findOneOrFail({ where: { id: token.invitationId } });
    const rfq = await this.connection.getRepository(ctx, Rfq).findOneOrFail({ where: { id: invitation.rfqId } });
    return { token, supplier, rfq };
  }
}
