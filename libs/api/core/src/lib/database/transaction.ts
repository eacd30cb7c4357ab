import { createHash } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { Request } from 'express';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { from, lastValueFrom, Observable } from 'rxjs';
import { Logger } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { requestContextOf } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { takePublished } from '../events/domain-event';
import { isRetryableTransactionError } from '../errors/database-errors';
import { Clock } from '../clock/clock';
import { IdempotencyKeys, idempotencyKeyOf, requestHashOf } from '../idempotency/idempotency';
import { KeyedTurns, TURNS_KEY, TURNS_PER_ROW, type TurnKeyOf } from './turns';

/** How often a transaction that failed to serialize (or deadlocked) is run in all. */
export const TRANSACTION_ATTEMPTS = 3;

/** Hands the events a transaction wrote to their handlers once it has committed. */
export type CommittedEventsSink = (ids: string[]) => Promise<void>;

/**
 * Gives services the repositories of the request's transaction when there is one, so that a
 * mutation is one transaction without anyone passing a query runner around.
 */
@Injectable()
export class TransactionalConnection {
  private readonly logger = new Logger('TransactionalConnection');
  private eventsSink?: CommittedEventsSink;

  constructor(readonly dataSource: DataSource) {}

  manager(ctx: RequestContext): EntityManager {
    return ctx.transactionManager ?? this.dataSource.manager;
  }

  getRepository<T extends ObjectLiteral>(ctx: RequestContext, target: EntityTarget<T>): Repository<T> {
    return this.manager(ctx).getRepository(target);
  }

  /**
   * Runs `work` in the context's transaction, opening one if there is none. A transaction this call
   * opened that fails to serialize or deadlocks was rolled back whole, so it is run again (up to
   * TRANSACTION_ATTEMPTS in all, after a short random pause): everything `work` does is in the
   * database, so a repeat has no effect the first attempt left. What still fails answers UNAVAILABLE.
   */
  async withTransaction<T>(ctx: RequestContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (ctx.transactionManager) return work(ctx.transactionManager);
    const auditEventsBefore = ctx.auditEvents;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runTransaction(ctx, work);
      } catch (e) {
        if (attempt >= TRANSACTION_ATTEMPTS || !isRetryableTransactionError(e)) throw e;
        this.logger.warn({ err: e, requestId: ctx.requestId, attempt }, 'transaction could not be serialized: running it again');
        ctx.discardAttempt(auditEventsBefore);
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
      }
    }
  }

  /**
   * One attempt, on a connection of its own. When the connection is lost between two statements
   * (PostgreSQL restarted, the network cut), TypeORM releases the runner and the next statement
   * fails with "query runner already released": the cause the caller hears is the lost connection,
   * so that it answers UNAVAILABLE (retry) and not INTERNAL (a defect).
   */
  private async runTransaction<T>(ctx: RequestContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    let events: string[] = [];
    const runner = this.dataSource.createQueryRunner();
    let lost: unknown = null;
    const onConnectionError = (e: unknown) => (lost ??= e);
    let connection: EventEmitter | undefined;
    let result: T;
    try {
      connection = (await runner.connect()) as EventEmitter;
      connection.on('error', onConnectionError);
      result = await runner.manager.transaction(async (em) => {
        ctx.transactionManager = em;
        try {
          const value = await work(em);
          events = takePublished(em);
          return value;
        } finally {
          ctx.transactionManager = undefined;
        }
      });
    } catch (e) {
      throw lost ?? e;
    } finally {
      connection?.removeListener('error', onConnectionError);
      await runner.release();
    }
    await this.runAfterCommit(ctx);
    if (events.length > 0) await this.handOver(ctx, events);
    return result;
  }

  /** The domain event bus asks here for the events of each transaction once it commits. */
  onEventsCommitted(sink: CommittedEventsSink): void {
    this.eventsSink = sink;
  }

  /** The change has committed: a failure to handle its events leaves them for the event queue's retry, not the caller. */
  private async handOver(ctx: RequestContext, events: string[]): Promise<void> {
    try {
      await this.eventsSink?.(events);
    } catch (e) {
      this.logger.error({ err: e, requestId: ctx.requestId, events }, 'committed events not handed over');
    }
  }

  private async runAfterCommit(ctx: RequestContext): Promise<void> {
    for (const hook of ctx.takeAfterCommitHooks()) {
      try {
        await hook();
      } catch (e) {
        this.logger.error({ err: e, requestId: ctx.requestId }, 'after-commit hook failed');
      }
    }
  }
}

@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  /** Shared by every interceptor instance (Nest makes one per decorated class). */
  private static readonly turns = new KeyedTurns(TURNS_PER_ROW);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
    private readonly reflector: Reflector,
  ) {}

  /**
   * A mutation runs in one transaction. Sent with an `Idempotency-Key` by a signed-in user, the key
   * is claimed in that transaction: a repeat of the same request gets the first answer and changes
   * nothing; the same key with another request is refused (IDEMPOTENCY_KEY_REUSED).
   */
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const ctx = requestContextOf(context);
    const info = context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>() : null;
    const mutation = info?.parentType.name === 'Mutation';
    const request = keyedRequest(context, info);
    const key = request && ctx.session ? idempotencyKeyOf(ctx.req?.headers) : null;
    const turn = this.turnOf(context, info);
    const run = () =>
      this.connection.withTransaction(ctx, async (em) => {
        const scope = key && request ? { userId: ctx.userId, operation: request.operation, key } : null;
        if (scope && request) {
          const claim = await IdempotencyKeys.claim(em, { ...scope, requestHash: requestHashOf(scope.operation, request.args()) }, this.clock.now());
          if (claim.kind === 'replay') return claim.answer;
        }
        const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
        // Every mutation leaves a trace: one that wrote no audit event is rolled back as a defect.
        if (mutation && ctx.auditEvents === 0) throw new Error(`Mutation ${context.getHandler().name} wrote no audit event`);
        if (scope) await IdempotencyKeys.remember(em, scope, result);
        return result;
      });
    return from(turn ? TransactionInterceptor.turns.run(turn, run) : run());
  }

  /** The key of this mutation's turn ({@link TakesTurnsPer}), or null when it takes none. */
  private turnOf(context: ExecutionContext, info: GraphQLResolveInfo | null): string | null {
    const turns = this.reflector.get<{ name: string; keyOf: TurnKeyOf } | undefined>(TURNS_KEY, context.getHandler());
    if (!turns || !info) return null;
    const key = turns.keyOf(GqlExecutionContext.create(context).getArgs());
    return typeof key === 'string' ? `${turns.name}:${key}` : null;
  }
}

/**
 * What an idempotency key names: a GraphQL mutation (its field and arguments) or a REST POST (its
 * route, body and uploaded file's hash); a read takes no key.
 */
function keyedRequest(context: ExecutionContext, info: GraphQLResolveInfo | null): { operation: string; args: () => unknown } | null {
  if (info) return info.parentType.name === 'Mutation' ? { operation: info.fieldName, args: () => GqlExecutionContext.create(context).getArgs() } : null;
  if (context.getType<string>() !== 'http') return null;
  const req = context.switchToHttp().getRequest<Request & { file?: { originalname: string; mimetype: string; buffer: Buffer } }>();
  if (req.method !== 'POST') return null;
  const file = req.file ? { name: req.file.originalname, contentType: req.file.mimetype, sha256: createHash('sha256').update(req.file.buffer).digest('hex') } : null;
  return { operation: `POST ${req.baseUrl}${(req.route as { path?: string } | undefined)?.path ?? req.path}`, args: () => ({ body: req.body ?? null, params: req.params, file }) };
}

/** Runs the operation in one database transaction; after-commit hooks run once it commits. */
export const Transaction = () => UseInterceptors(TransactionInterceptor);
