import { Injectable } from '@nestjs/common';
import { AppError, assertId, Clock, conflict, forbidden, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { adminRoleOf, baseRoleOf, ErrorCode, Locale, OrganizationKind, Role, rolesAllowedFor } from '@bc/shared/domain';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { SignInLimiter } from './sign-in-limiter.service';

@Injectable()
export class UserService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordService,
    private readonly limiter: SignInLimiter,
    private readonly clock: Clock,
  ) {}

  list(ctx: RequestContext): Promise<User[]> {
    return this.connection.getRepository(ctx, User).find({
      where: { organizationId: ctx.organizationId },
      order: { name: 'ASC' },
    });
  }

  /** A user of the caller's organization; any other id is `NOT_FOUND`, whether it exists or not. */
  async get(ctx: RequestContext, id: string, lock = false): Promise<User> {
    assertId(id, 'User');
    const user = await this.connection.getRepository(ctx, User).findOne({
      where: { id, organizationId: ctx.organizationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!user) throw notFound('User');
    return user;
  }

  /**
   * The roles fit the organization's kind; every user of a supplier company holds SUPPLIER (its
   * admin role comes on top). Returns the organization.
   */
  async assertRolesFit(ctx: RequestContext, organizationId: string, roles: Role[], field: string): Promise<Organization> {
    const organization = await this.connection
      .getRepository(ctx, Organization)
      .findOneOrFail({ where: { id: organizationId } });
    const allowed = rolesAllowedFor(organization.kind);
    const misfit = roles.find((r) => !allowed.includes(r));
    if (misfit) {
      throw validationFailed(
        field,
        organization.kind === OrganizationKind.BUYING
          ? `${misfit} is not a role of a buying organization`
          : `${misfit} is not a role of a supplier company`,
      );
    }
    const base = baseRoleOf(organization.kind);
    if (base && !roles.includes(base)) throw validationFailed(field, `Every user of a supplier company holds ${base}`);
    return organization;
  }

  /**
   * Refuses to take the admin role from, or disable, the organization's last active admin. The
   * organization's row is locked first, so two admins stepping down at once cannot both succeed.
   */
  private async assertAnotherAdmin(ctx: RequestContext, organization: Organization, user: User): Promise<void> {
    const adminRole = adminRoleOf(organization.kind);
    if (user.disabledAt !== null || !user.roles.includes(adminRole)) return;
    await this.connection.getRepository(ctx, Organization).findOne({ where: { id: organization.id }, lock: { mode: 'pessimistic_write' } });
    const [{ others }] = await this.connection
      .manager(ctx)
      .query(
        `SELECT count(*)::int AS others FROM app_user WHERE organization_id = $1 AND id <> $2 AND disabled_at IS NULL AND roles @> ARRAY[$3]::text[]`,
        [organization.id, user.id, adminRole],
      );
    if (others === 0) {
      throw new AppError(ErrorCode.LAST_ADMIN, `${user.name} is the last active admin of ${organization.name}: make someone else admin first`, {
        field: 'userId',
      });
    }
  }

  async setRoles(ctx: RequestContext, userId: string, roles: Role[]): Promise<User> {
    const user = await this.get(ctx, userId, true);
    const organization = await this.assertRolesFit(ctx, ctx.organizationId, roles, 'input.roles');
    const adminRole = adminRoleOf(organization.kind);
    if (user.roles.includes(adminRole) && !roles.includes(adminRole)) {
      // A buying organization's admin hands over by asking another admin; a supplier company's
      // admin may step down themselves while another active admin remains.
      if (user.id === ctx.userId && organization.kind === OrganizationKind.BUYING) {
        throw forbidden('You cannot remove your own admin role; ask another admin');
      }
      await this.assertAnotherAdmin(ctx, organization, user);
    }
    const before = user.roles;
    user.roles = [...roles].sort();
    await this.connection.getRepository(ctx, User).update(user.id, { roles: user.roles });
    await this.audit.record(ctx, {
      action: 'user.roles-changed',
      entityType: 'User',
      entityId: user.id,
      summary: { email: user.email, from: before, to: user.roles },
    });
    return user;
  }

  /** Disabling ends the user's sessions at once: the next request of theirs is anonymous. */
  async setDisabled(ctx: RequestContext, userId: string, disabled: boolean): Promise<User> {
    const user = await this.get(ctx, userId, true);
    if (user.id === ctx.userId) throw forbidden('You cannot disable yourself');
    if (disabled === (user.disabledAt !== null)) return user;
    if (disabled) {
      const organization = await this.connection.getRepository(ctx, Organization).findOneOrFail({ where: { id: ctx.organizationId } });
      await this.assertAnotherAdmin(ctx, organization, user);
    }
    user.disabledAt = disabled ? this.clock.now() : null;
    await this.connection.getRepository(ctx, User).update(user.id, { disabledAt: user.disabledAt });
    const endedSessions = disabled ? await this.sessions.revokeAllOf(ctx, user.id) : 0;
    await this.audit.record(ctx, {
      action: disabled ? 'user.disabled' : 'user.enabled',
      entityType: 'User',
      entityId: user.id,
      summary: { email: user.email, ...(disabled ? { endedSessions } : {}) },
    });
    return user;
  }

  async updateProfile(ctx: RequestContext, name: string, locale: Locale): Promise<User> {
    const user = await this.get(ctx, ctx.userId, true);
    const before = { name: user.name, locale: user.locale };
    Object.assign(user, { name, locale });
    await this.connection.getRepository(ctx, User).update(user.id, { name, locale });
    await this.audit.record(ctx, {
      action: 'user.profile-changed',
      entityType: 'User',
      entityId: user.id,
      summary: { from: before, to: { name, locale } },
    });
    return user;
  }

  /**
   * Needs the current password; ends the user's other sessions. Wrong guesses count against the
   * account's sign-in limit (the counter lives outside this transaction, so a refusal keeps it).
   */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const user = await this.get(ctx, ctx.userId, true);
    await this.limiter.beforeAttempt(user.email, ctx.ip);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      await this.limiter.failed(user.email, ctx.ip);
      throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'The current password is wrong', { field: 'input.currentPassword' });
    }
    await this.limiter.succeeded(user.email);
    this.passwords.assertAcceptable(newPassword, 'input.newPassword', user);
    if (currentPassword === newPassword) throw conflict('The new password is the current one', 'input.newPassword');
    await this.connection.getRepository(ctx, User).update(user.id, { passwordHash: await this.passwords.hash(newPassword) });
    const endedSessions = await this.sessions.revokeAllOf(ctx, user.id, ctx.signedIn.sessionId);
    await this.audit.record(ctx, {
      action: 'user.password-changed',
      entityType: 'User',
      entityId: user.id,
      summary: { endedSessions },
    });
    return true;
  }
}
