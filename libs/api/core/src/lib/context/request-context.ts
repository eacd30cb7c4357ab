import { Role } from '@bc/shared/domain';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { BatchLoad, RequestLoaders } from '../loaders/request-loaders';
import { EventType, recordEvent } from '../events/domain-event';

/** Who is signed in, as resolved from the session cookie on each request. */
export interface SessionInfo {
  sessionId: string;
  userId: string;
  organizationId: string;
  roles: Role[];
  /** The user's name now, for the audit trail's "who". */
  userName: string;
}

/**
 * Travels with a request through every service call (`ctx` first). It carries the signed-in
 * user and organization — the only source of tenancy — and the transaction of a mutation.
 */
export class RequestContext {
  session?: SessionInfo;
  /** Set while a `@Transaction()` operation runs; services use it through `ctx.em`. */
  transactionManager?: EntityManager;
  private readonly afterCommitHooks: Array<() => Promise<void> | void> = [];
  /** How many audit events this request wrote; a mutation that wrote none is a defect. */
  auditEvents = 0;
  /** The request's DataLoaders: one registry per request, shared by every library's resolvers. */
  readonly loaders = new RequestLoaders();

  constructor(
    readonly requestId: string,
    readonly ip: string,
    readonly req?: Request,
    readonly res?: Response,
  ) {}

  get signedIn(): SessionInfo {
    if (!this.session) throw new Error('RequestContext.signedIn used on an anonymous request');
    return this.session;
  }

  get organizationId(): string {
    return this.signedIn.organizationId;
  }

  get userId(): string {
    return this.signedIn.userId;
  }

  /** The request's loader called `name` (see RequestLoaders). */
  loader<K, V>(name: string, batch: BatchLoad<K, V>, fallback: V) {
    return this.loaders.get(name, batch, fallback);
  }

  /** Runs after the transaction commits (emails, jobs): never for a rolled-back change. */
  afterCommit(hook: () => Promise<void> | void): void {
    this.afterCommitHooks.push(hook);
  }

  /**
   * Publishes a domain event in the open transaction: it is written with the change, and its
   * handlers (mail, notifications) run once the change commits, never for a rolled-back one.
   */
  async publish<P extends object>(type: EventType<P>, payload: P): Promise<void> {
    if (!this.transactionManager) throw new Error(`Event ${type.name} published outside a transaction`);
    await recordEvent(this.transactionManager, type, payload, this.session, this.requestId);
  }

  takeAfterCommitHooks(): Array<() => Promise<void> | void> {
    return this.afterCommitHooks.splice(0);
  }

  /**
   * Forgets what a rolled-back attempt of the request's transaction left behind (its after-commit
   * hooks, its audit count, values its loaders read), before the attempt is run again.
   */
  discardAttempt(auditEventsBefore: number): void {
    this.afterCommitHooks.splice(0);
    this.auditEvents = auditEventsBefore;
    this.loaders.clearAll();
  }

  /** A context for work the system does itself (seeding, jobs, tests). */
  static system(session?: SessionInfo): RequestContext {
    const ctx = new RequestContext('system', '127.0.0.1');
    ctx.session = session;
    return ctx;
  }
}
