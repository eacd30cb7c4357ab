import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, ErrorCode, Permission } from '@bc/shared/domain';
import { requestContextOf } from '../context/ctx.decorator';
import { AppError, forbidden } from '../errors/app-error';
import { ALLOW_KEY, PUBLIC_KEY } from './allow.decorator';
import { SESSION_COOKIE, SESSION_RESOLVER, type SessionResolver } from './session-resolver';

/**
 * Resolves the session on every operation and checks the operation's permissions against the
 * user's roles. An operation with neither `@Allow` nor `@Public` is refused: closed by default.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    // Plain HTTP routes (health) carry no session; they must be declared public.
    if (context.getType<string>() !== 'graphql') {
      if (isPublic) return true;
      throw forbidden();
    }
    const ctx = requestContextOf(context);
    const token = ctx.req?.cookies?.[SESSION_COOKIE] as string | undefined;
    if (token && !ctx.session) ctx.session = await this.sessions.resolve(token);

    if (isPublic) return true;

    const permissions = this.reflector.getAllAndOverride<Permission[] | undefined>(ALLOW_KEY, targets);
    if (!permissions) throw forbidden('This operation is not open to anyone');
    if (!ctx.session) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
    if (permissions.length > 0 && !permissions.some((p) => can(ctx.session!.roles, p))) {
      throw forbidden();
    }
    return true;
  }
}
