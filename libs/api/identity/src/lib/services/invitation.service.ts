import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig, AppError, assertId, Clock, conflict, notFound, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { ErrorCode, Locale, Role } from '@bc/shared/domain';
import { Invitation } from '../entities/invitation.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { PasswordService } from './password.service';
import { UserService } from './user.service';
import { hashToken, newToken } from './tokens';

const INVALID = () =>
  new AppError(ErrorCode.INVITATION_INVALID, 'This invitation link is not valid: it may have expired, been used or been revoked', {
    field: 'token',
  });

@Injectable()
export class InvitationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly users: UserService,
    private readonly passwords: PasswordService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates a single-use invitation and returns its link. The token has 256 random bits and only
   * its hash is stored, so the link can be shown this once. A new invitation replaces a pending
   * one for the same email. Invited by the signed-in admin, or by the operator (no session).
   */
  async invite(ctx: RequestContext, organizationId: string, email: string, roles: Role[]): Promise<{ invitation: Invitation; url: string }> {
    await this.users.assertRolesFit(ctx, organizationId, roles, 'input.roles');
    if (await this.connection.getRepository(ctx, User).exists({ where: { email } })) {
      throw new AppError(ErrorCode.ACCOUNT_EXISTS, 'This email already has an account in the portal (an email belongs to one user)', {
        field: 'input.email',
      });
    }
    const repo = this.connection.getRepository(ctx, Invitation);
    await repo.update(
      { organizationId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    const token = newToken();
    const invitation = await repo.save(
      repo.create({
        organizationId,
        email,
        roles: [...roles].sort(),
        tokenHash: hashToken(token),
        invitedBy: ctx.session?.userId ?? null,
        expiresAt: new Date(this.clock.nowMs() + this.config.invitationTtlHours * 3_600_000),
        // The hourly limit on invitations counts by this time: the clock's, like the limit's.
        createdAt: this.clock.now(),
        acceptedAt: null,
        acceptedUserId: null,
        revokedAt: null,
      }),
    );
    await this.audit.record(ctx, {
      action: 'invitation.created',
      entityType: 'Invitation',
      entityId: invitation.id,
      organizationId,
      summary: { email, roles: invitation.roles, expiresAt: invitation.expiresAt.toISOString() },
    });
    return { invitation, url: `${this.config.publicUrl}/invite/${token}` };
  }

  /**
   * Mints a new link for a pending invitation (the old one stops working) and returns it, or null
   * if the invitation is no longer pending. For links sent later than the invitation was written
   * (the colleague invitation's mail, after its commit): only the hash is stored, so a link is
   * minted where it is sent.
   */
  async renewLink(ctx: RequestContext, invitation: Invitation): Promise<string | null> {
    if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= this.clock.now()) return null;
    const token = newToken();
    const { affected } = await this.connection
      .getRepository(ctx, Invitation)
      .update({ id: invitation.id, acceptedAt: IsNull(), revokedAt: IsNull() }, { tokenHash: hashToken(token) });
    return affected ? `${this.config.publicUrl}/invite/${token}` : null;
  }

  /** How many invitations the organization has written since `since` (whatever became of them), and the oldest one's time. */
  async writtenSince(ctx: RequestContext, organizationId: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const [row]: Array<{ count: number; oldest: Date | null }> = await this.connection
      .manager(ctx)
      .query(`SELECT count(*)::int AS count, min(created_at) AS oldest FROM invitation WHERE organization_id = $1 AND created_at > $2`, [organizationId, since]);
    return row;
  }

  listPending(ctx: RequestContext): Promise<Invitation[]> {
    return this.connection.getRepository(ctx, Invitation).find({
      where: { organizationId: ctx.organizationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  async revoke(ctx: RequestContext, id: string): Promise<Invitation> {
    assertId(id, 'Invitation');
    const repo = this.connection.getRepository(ctx, Invitation);
    const invitation = await repo.findOne({ where: { id, organizationId: ctx.organizationId } });
    if (!invitation) throw notFound('Invitation');
    if (invitation.acceptedAt) throw conflict('This invitation has been accepted already');
    if (!invitation.revokedAt) {
      invitation.revokedAt = this.clock.now();
      await repo.update(invitation.id, { revokedAt: invitation.revokedAt });
    }
    await this.audit.record(ctx, {
      action: 'invitation.revoked',
      entityType: 'Invitation',
      entityId: invitation.id,
      summary: { email: invitation.email },
    });
    return invitation;
  }

  private async findUsable(ctx: RequestContext, token: string, lock: boolean): Promise<Invitation> {
    const invitation = await this.connection.getRepository(ctx, Invitation).findOne({
      where: { tokenHash: hashToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= this.clock.now()) throw INVALID();
    return invitation;
  }

  async preview(ctx: RequestContext, token: string): Promise<{ email: string; organizationName: string }> {
    const invitation = await this.findUsable(ctx, token, false);
    const organization = await this.connection
      .getRepository(ctx, Organization)
      .findOneOrFail({ where: { id: invitation.organizationId } });
    return { email: invitation.email, organizationName: organization.name };
  }

  /** Creates the user of an invitation, once: the row is locked, so a second use finds it accepted. */
  async accept(ctx: RequestContext, input: { token: string; name: string; password: string; locale?: Locale }): Promise<User> {
    const invitation = await this.findUsable(ctx, input.token, true);
    this.passwords.assertAcceptable(input.password, 'input.password', { email: invitation.email, name: input.name });
    const users = this.connection.getRepository(ctx, User);
    if (await users.exists({ where: { email: invitation.email } })) {
      throw conflict('A user with this email already exists', 'input.token');
    }
    const organization = await this.connection
      .getRepository(ctx, Organization)
      .findOneOrFail({ where: { id: invitation.organizationId } });
    const user = await users.save(
      users.create({
        organizationId: invitation.organizationId,
        email: invitation.email,
        name: input.name,
        passwordHash: await this.passwords.hash(input.password),
        roles: invitation.roles,
        locale: input.locale ?? organization.defaultLocale,
        disabledAt: null,
        lastSignInAt: null,
      }),
    );
    await this.connection
      .getRepository(ctx, Invitation)
      .update(invitation.id, { acceptedAt: this.clock.now(), acceptedUserId: user.id });
    await this.audit.record(ctx, {
      action: 'invitation.accepted',
      entityType: 'Invitation',
      entityId: invitation.id,
      organizationId: invitation.organizationId,
      actorUserId: user.id,
      actorName: user.name,
      summary: { email: user.email, roles: user.roles, userId: user.id },
    });
    return user;
  }
}
