import { Injectable } from '@nestjs/common';
import { AppError, Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { ErrorCode, permissionsOf } from '@bc/shared/domain';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { MeType } from '../dto/identity.types';
import { toOrganizationType, toUserType } from '../dto/mappers';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { SignInLimiter } from './sign-in-limiter.service';

const INVALID_CREDENTIALS = () => new AppError(ErrorCode.INVALID_CREDENTIALS, 'The email or the password is wrong');

@Injectable()
export class AuthService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly limiter: SignInLimiter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Signs in with email and password. An unknown email, a wrong password and a disabled user get
   * the same answer, after the same argon2 work, so answers do not reveal who has an account.
   */
  async signIn(ctx: RequestContext, email: string, password: string): Promise<MeType> {
    await this.limiter.beforeAttempt(email, ctx.ip);
    const user = await this.connection.getRepository(ctx, User).findOne({ where: { email } });
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt) {
      await this.limiter.failed(email, ctx.ip);
      // Recorded outside the mutation's transaction, which the error rolls back.
      await this.audit.record(new RequestContext(ctx.requestId, ctx.ip), {
        action: 'user.sign-in-failed',
        entityType: 'User',
        entityId: user?.id ?? null,
        organizationId: user?.organizationId ?? null,
        actorUserId: null,
        summary: { email, ip: ctx.ip },
      });
      throw INVALID_CREDENTIALS();
    }
    await this.limiter.succeeded(email);
    return this.completeSignIn(ctx, user, 'user.signed-in');
  }

  /** Opens a session for a user whose identity is proven (password, accepted invitation). */
  async completeSignIn(ctx: RequestContext, user: User, action: string, summary: Record<string, unknown> = {}): Promise<MeType> {
    const session = await this.sessions.open(ctx, user.id);
    user.lastSignInAt = this.clock.now();
    await this.connection.getRepository(ctx, User).update(user.id, { lastSignInAt: user.lastSignInAt });
    ctx.session = { sessionId: session.id, userId: user.id, organizationId: user.organizationId, roles: user.roles, userName: user.name };
    await this.audit.record(ctx, {
      action,
      entityType: 'User',
      entityId: user.id,
      actorName: user.name,
      summary: { ...summary, ip: ctx.ip },
    });
    return this.me(ctx);
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    await this.sessions.revoke(ctx, ctx.signedIn.sessionId);
    await this.audit.record(ctx, { action: 'user.signed-out', entityType: 'User', entityId: ctx.userId });
    return true;
  }

  async me(ctx: RequestContext): Promise<MeType> {
    const user = await this.connection.getRepository(ctx, User).findOneOrFail({ where: { id: ctx.userId } });
    const organization = await this.connection
      .getRepository(ctx, Organization)
      .findOneOrFail({ where: { id: user.organizationId } });
    return {
      user: toUserType(user),
      organization: toOrganizationType(organization),
      permissions: permissionsOf(user.roles),
    };
  }
}
