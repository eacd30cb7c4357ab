import { applyDecorators, CanActivate, Controller, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { AppError, notFound, Public, RequestContext, SESSION_COOKIE, SESSION_RESOLVER, type SessionResolver } from '@bc/api/core';
import { can, ErrorCode, Permission } from '@bc/shared/domain';

export const CSRF_HEADER = 'x-bc-csrf';

/**
 * For the REST routes of files and exports (GraphQL has its own guard): resolves the session
 * cookie, puts a RequestContext on the request, and refuses writes without the CSRF header —
 * a cross-site form cannot set it. Runs before multer reads the upload, so an anonymous caller
 * cannot make us buffer 20 MB.
 */
@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(@Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { ctx?: RequestContext; id?: unknown }>();
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.headers[CSRF_HEADER] !== '1') {
      throw new ForbiddenException(`The ${CSRF_HEADER} header is required`);
    }
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    const session = token ? await this.sessions.resolve(token) : undefined;
    if (!session) throw new UnauthorizedException('Sign in first');
    const ctx = new RequestContext(String(req.id ?? ''), req.ip ?? '', req, context.switchToHttp().getResponse());
    ctx.session = session;
    req.ctx = ctx;
    return true;
  }
}

/** Checks a permission on an HTTP route's context (after `SignedInGuard`). */
export function assertCan(ctx: RequestContext, permission: Permission): void {
  if (!can(ctx.signedIn.roles, permission)) throw new ForbiddenException('You are not allowed to do this');
}

/**
 * A REST controller for signed-in callers (downloads, exports, uploads) under `prefix`: the
 * GraphQL guard passes it by (`@Public()`) and `SignedInGuard` resolves the session instead.
 */
export const SignedInController = (prefix: string) => applyDecorators(Controller(prefix), Public(), UseGuards(SignedInGuard));

/** The refusals a download answers as a plain 404: what the caller may not see (or not yet: SEALED) is as if it did not exist. */
const HIDDEN: readonly ErrorCode[] = [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN, ErrorCode.SEALED];

/** Runs `work`, answering its `hidden` refusals as a 404 of `what`. */
export async function orNotFound<T>(work: () => Promise<T>, what = 'Document', hidden = HIDDEN): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AppError && hidden.includes(e.code)) throw notFound(what);
    throw e;
  }
}
