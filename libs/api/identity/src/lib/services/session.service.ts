import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock, RequestContext, SESSION_COOKIE, type SessionInfo, type SessionResolver, TransactionalConnection } from '@bc/api/core';
import { Role } from '@bc/shared/domain';
import { Session } from '../entities/session.entity';
import { hashToken, newToken } from './tokens';

/** Server-side sessions behind an httpOnly, SameSite cookie; revocable at once. */
@Injectable()
export class SessionService implements SessionResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** One query per request: a session counts only while it is unrevoked, unexpired and its user enabled. */
  async resolve(token: string): Promise<SessionInfo | undefined> {
    if (typeof token !== 'string' || token.length > 100) return undefined;
    const rows: Array<{ session_id: string; user_id: string; organization_id: string; roles: Role[]; name: string }> =
      await this.dataSource.query(
        `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.roles, u.name
           FROM user_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.disabled_at IS NULL`,
        [hashToken(token), this.clock.now()],
      );
    const row = rows[0];
    return row
      ? { sessionId: row.session_id, userId: row.user_id, organizationId: row.organization_id, roles: row.roles, userName: row.name }
      : undefined;
  }

  /** Opens a session for the user and sets its cookie on the response. */
  async open(ctx: RequestContext, userId: string): Promise<Session> {
    const token = newToken();
    const session = await this.connection.getRepository(ctx, Session).save({
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(this.clock.nowMs() + this.config.sessionTtlHours * 3_600_000),
      revokedAt: null,
      ip: ctx.ip,
      userAgent: ctx.req?.headers['user-agent']?.slice(0, 300) ?? null,
    });
    ctx.res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: this.config.sessionTtlHours * 3_600_000,
    });
    return session;
  }

  async revoke(ctx: RequestContext, sessionId: string): Promise<void> {
    await this.connection.getRepository(ctx, Session).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Ends every session of a user, but the one named (the caller's own, on a password change). */
  async revokeAllOf(ctx: RequestContext, userId: string, exceptSessionId?: string): Promise<number> {
    const qb = this.connection
      .getRepository(ctx, Session)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: this.clock.now() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
    return (await qb.execute()).affected ?? 0;
  }
}
