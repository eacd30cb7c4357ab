import { Injectable } from '@nestjs/common';
import { AppError, Clock, forbidden, RequestContext, TransactionalConnection } from '@bc/api/core';
import { ErrorCode, Locale, OrganizationKind, Role } from '@bc/shared/domain';
import { Invitation } from '../entities/invitation.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { ColleagueInvited } from '../events/identity-events';
import { InvitationService } from './invitation.service';
import { UserService } from './user.service';

/** Invitation emails a supplier company may send per hour: enough for a team, too few to spam from the portal. */
export const COLLEAGUE_INVITATIONS_PER_HOUR = 20;

/**
 * A supplier company's admin keeps its colleagues: the same invitations, roles and disabling as a
 * buying organization's admin (InvitationService, UserService), with two differences. The link goes
 * by email to the invitee, never to the admin; and the only roles are SUPPLIER and SUPPLIER_ADMIN.
 * Everything acts on the caller's own company (the session's), so another company's user or
 * invitation is NOT_FOUND.
 */
@Injectable()
export class SupplierColleagueService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly users: UserService,
    private readonly invitations: InvitationService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext): Promise<{ users: User[]; invitations: Invitation[] }> {
    await this.company(ctx);
    const [users, invitations] = await Promise.all([this.users.list(ctx), this.invitations.listPending(ctx)]);
    return { users, invitations };
  }

  /** Invites a colleague (as SUPPLIER); the single-use link is emailed after the commit, in `locale` or the company's language. */
  async invite(ctx: RequestContext, email: string, locale: Locale | null | undefined): Promise<Invitation> {
    const company = await this.company(ctx, true);
    await this.assertWithinLimit(ctx, company.id);
    const { invitation } = await this.invitations.invite(ctx, company.id, email, [Role.SUPPLIER]);
    // The mail (and the link it carries, minted with it) follows the commit.
    await ctx.publish(ColleagueInvited, { invitationId: invitation.id, locale: locale ?? null });
    return invitation;
  }

  async revoke(ctx: RequestContext, invitationId: string): Promise<Invitation> {
    await this.company(ctx);
    return this.invitations.revoke(ctx, invitationId);
  }

  /** Grants or takes the company's admin role; the last active admin keeps it (LAST_ADMIN). */
  async setAdmin(ctx: RequestContext, userId: string, admin: boolean): Promise<User> {
    await this.company(ctx);
    const user = await this.users.get(ctx, userId);
    const roles = new Set(user.roles);
    roles.add(Role.SUPPLIER);
    if (admin) roles.add(Role.SUPPLIER_ADMIN);
    else roles.delete(Role.SUPPLIER_ADMIN);
    if (roles.size === user.roles.length && user.roles.every((r) => roles.has(r))) return user;
    return this.users.setRoles(ctx, userId, [...roles]);
  }

  async setDisabled(ctx: RequestContext, userId: string, disabled: boolean): Promise<User> {
    await this.company(ctx);
    return this.users.setDisabled(ctx, userId, disabled);
  }

  /** The caller's company; only a supplier company has colleagues kept this way. */
  private async company(ctx: RequestContext, lock = false): Promise<Organization> {
    const organization = await this.connection.getRepository(ctx, Organization).findOneOrFail({
      where: { id: ctx.organizationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (organization.kind !== OrganizationKind.SUPPLIER) throw forbidden('Only a supplier company keeps its colleagues in the portal');
    return organization;
  }

  /** Counted under the company's row lock, so parallel requests cannot pass the limit together. */
  private async assertWithinLimit(ctx: RequestContext, organizationId: string): Promise<void> {
    const hour = 3_600_000;
    const now = this.clock.nowMs();
    const { count, oldest } = await this.invitations.writtenSince(ctx, organizationId, new Date(now - hour));
    if (count < COLLEAGUE_INVITATIONS_PER_HOUR) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(((oldest ? new Date(oldest).getTime() : now) + hour - now) / 1000));
    throw new AppError(ErrorCode.RATE_LIMITED, `At most ${COLLEAGUE_INVITATIONS_PER_HOUR} invitations an hour; try again later`, {
      field: 'input.email',
      details: { retryAfterSeconds },
    });
  }
}
