import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import cookieParser from 'cookie-parser';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import type { SubscriptionConfig } from '@nestjs/graphql';
import { ErrorCode } from '@bc/shared/domain';
import type { AppConfig } from '../config/app-config';
import { RequestContext } from '../context/request-context';
import type { GraphQLContext } from '../context/ctx.decorator';
import { SESSION_COOKIE, type SessionResolver } from '../auth/session-resolver';
import { formatGraphQLError } from '../errors/format-graphql-error';

/**
 * Close codes of a refused live connection (graphql-ws' own 4401 and 4403), with the ErrorCode as
 * the close reason: the client tells "sign in again" from "not allowed" as it does for queries.
 */
export const LIVE_CLOSE = {
  unauthenticated: { code: 4401, reason: ErrorCode.UNAUTHENTICATED },
  forbidden: { code: 4403, reason: ErrorCode.FORBIDDEN },
} as const;

/** What graphql-ws' `ws` adapter hands each connection: the socket and the upgrade request. */
interface WsExtra {
  socket: { close(code: number, reason: string): void };
  request: IncomingMessage & { cookies?: Record<string, string> };
  /** The connection's id, for request ids and logs. */
  connectionId?: string;
  /** The periodic session check while the connection is open. */
  sessionCheck?: ReturnType<typeof setInterval>;
}

type LiveContext = WsContext<Record<string, unknown> | undefined, WsExtra>;

export interface LiveConnectionOptions {
  /** How often an open connection checks that its session still holds (sign-out, expiry, a disabled user). */
  sessionCheckMs?: number;
  /** graphql-js' parser limit, as for HTTP operations. */
  maxTokens?: number;
  /** The HTTP operations' extra validation rules (depth, aliases, cost), for subscriptions too. */
  validationRules?: readonly ValidationRule[];
}

/**
 * Origins from which a browser may open a live connection with the session cookie: the portal's
 * public address, and the origin of the host the browser itself asked for (same-origin by
 * construction: a page on another site carries its own Origin). A request without Origin comes from
 * no browser (a script, a test) and is not a cross-site risk; it still needs the session cookie.
 * This is the WebSocket's CSRF rule: browsers send cookies on a cross-site WebSocket too, and no
 * preflight stops it (cross-site WebSocket hijacking).
 */
export function liveOriginAllowed(request: IncomingMessage, config: Pick<AppConfig, 'publicUrl'>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let asked: URL;
  try {
    asked = new URL(origin);
  } catch {
    return false;
  }
  if (asked.origin === new URL(config.publicUrl).origin) return true;
  return asked.host === request.headers.host && (asked.protocol === 'http:' || asked.protocol === 'https:');
}

const parseCookies = cookieParser();

/** The session cookie of the upgrade request, parsed as cookie-parser parses every HTTP request's. */
function sessionTokenOf(request: WsExtra['request']): string | undefined {
  if (!request.cookies) parseCookies(request as unknown as Request, {} as never, () => undefined);
  return request.cookies?.[SESSION_COOKIE];
}

/**
 * The `subscriptions` option of the GraphQL module: graphql-ws on the GraphQL path, the old
 * subscriptions-transport-ws protocol off. A connection needs an allowed Origin and a live session
 * (refused with 4403 FORBIDDEN / 4401 UNAUTHENTICATED otherwise); each subscription then runs with
 * its own RequestContext whose session the permission guard resolves again, as for a query; and an
 * open connection whose session has ended is closed with 4401 within `sessionCheckMs`.
 */
export function liveSubscriptions(config: AppConfig, sessions: SessionResolver, options: LiveConnectionOptions = {}): SubscriptionConfig {
  const sessionCheckMs = options.sessionCheckMs ?? 30_000;
  const refuse = (ctx: LiveContext, refusal: { code: number; reason: string }): false => {
    ctx.extra.socket.close(refusal.code, refusal.reason);
    return false;
  };
  return {
    'graphql-ws': {
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx: LiveContext) => {
        const request = ctx.extra.request;
        if (!liveOriginAllowed(request, config)) return refuse(ctx, LIVE_CLOSE.forbidden);
        const token = sessionTokenOf(request);
        if (!token || !(await sessions.resolve(token))) return refuse(ctx, LIVE_CLOSE.unauthenticated);
        ctx.extra.connectionId = randomUUID();
        ctx.extra.sessionCheck = setInterval(() => {
          sessions.resolve(token).then(
            (session) => {
              if (!session) ctx.extra.socket.close(LIVE_CLOSE.unauthenticated.code, LIVE_CLOSE.unauthenticated.reason);
            },
            () => undefined, // a database that is away ends no session: the next check decides
          );
        }, sessionCheckMs);
        ctx.extra.sessionCheck.unref();
        return true;
      },
      onClose: (ctx: LiveContext) => {
        if (ctx.extra.sessionCheck) clearInterval(ctx.extra.sessionCheck);
      },
      // Only subscriptions: queries and mutations keep to HTTP, where CSRF prevention, the query limits and metrics apply.
      onSubscribe: (_ctx: LiveContext, _id: string, payload: { query: string; operationName?: string | null }) => {
        try {
          const operation = getOperationAST(parse(payload.query, { maxTokens: options.maxTokens }), payload.operationName);
          if (operation?.operation === 'subscription') return undefined;
        } catch (err) {
          if (err instanceof GraphQLError) return [withCode(err.message, ErrorCode.VALIDATION_FAILED)];
          throw err;
        }
        return [withCode('Only subscriptions are served here: send queries and mutations over HTTP', ErrorCode.VALIDATION_FAILED)];
      },
      // graphql-ws options Nest passes through as they are: the same limits and error answers as over HTTP.
      validate: (schema: Parameters<typeof validate>[0], document: Parameters<typeof validate>[1]) =>
        validate(schema, document, [...specifiedRules, ...(options.validationRules ?? [])]).map(
          (e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }),
        ),
      onNext: (_ctx: LiveContext, _id: string, _payload: unknown, _args: unknown, result: { errors?: readonly GraphQLError[] }) =>
        result.errors?.length ? { ...result, errors: result.errors.map(formatLiveError) } : undefined,
      onError: (_ctx: LiveContext, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => errors.map(formatLiveError),
    },
  } as SubscriptionConfig;
}

/**
 * An error on a live subscription, answered as over HTTP: `formatGraphQLError` with the error as
 * thrown, so an AppError thrown while the subscription runs (e.g. access lost) keeps its code, field
 * and details, and anything unexpected is logged and answered INTERNAL, without its message.
 */
export function formatLiveError(error: GraphQLError): GraphQLFormattedError {
  return formatGraphQLError(error.toJSON(), error);
}

function withCode(message: string, code: ErrorCode): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** True for the context argument graphql-ws passes (a live subscription), false for an HTTP request's. */
export function isLiveContext(arg: unknown): arg is LiveContext {
  return typeof arg === 'object' && arg !== null && 'extra' in arg && 'connectionInitReceived' in arg;
}

/**
 * A subscription's RequestContext: the upgrade request stands for the HTTP request (its cookies
 * parsed), so the permission guard resolves the session from the cookie exactly as for a query.
 */
export function liveRequestContext(ctx: LiveContext, subscriptionId: string, trustProxy = 0): GraphQLContext & { req: Request } {
  const request = ctx.extra.request;
  sessionTokenOf(request);
  const req = request as unknown as Request;
  return { ctx: new RequestContext(`${ctx.extra.connectionId ?? 'live'}:${subscriptionId}`, clientAddressOf(request, trustProxy), req), req };
}

/** The client's address as express's `req.ip` has it with `trust proxy` set to a number of proxies. */
export function clientAddressOf(request: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: number): string {
  const forwarded = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').map((a) => a.trim()).filter(Boolean);
  const chain = [...hops, request.socket?.remoteAddress ?? ''];
  return chain[Math.max(0, chain.length - 1 - trustProxy)];
}
