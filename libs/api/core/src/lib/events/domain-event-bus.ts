import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { TransactionalConnection } from '../database/transaction';
import { JobQueue } from '../jobs/job-queue';
import { EventActor, EventType } from './domain-event';

/** The pg-boss queue whose runs handle the events still waiting (after a crash, a failed handler). */
export const DOMAIN_EVENTS_QUEUE = 'domain.events';

/** A handler runs in the event's own transaction, as the user who acted (`ctx.session`). */
export type EventHandler<P> = (ctx: RequestContext, payload: P) => Promise<void>;

/** How often a failing event is tried before it is left for an operator (`handled_at` stays empty). */
const MAX_ATTEMPTS = 10;
const RETRY_BASE_SECONDS = 5;

interface StoredEvent {
  id: string;
  type: string;
  payload: unknown;
  actor: EventActor | null;
  request_id: string;
}

/**
 * Domain events, durable "after commit": a service publishes an event in its transaction
 * (`ctx.publish`), which writes it to `domain_event` with the change; once that transaction
 * commits, the event's handlers run, in a transaction of their own that also marks the event
 * handled. So an event exists only for a committed change, its handlers' work (the mail they put
 * in the outbox) is done exactly once — a second try finds it handled — and a process that dies
 * in between leaves the event waiting for the queue's next run (every minute, and at start).
 *
 * Handlers run right after the commit, before the request answers, so what they write is there
 * when the caller looks; a failing handler does not undo the change: its event is tried again
 * later, with a growing delay.
 */
@Injectable()
export class DomainEventBus implements OnApplicationBootstrap {
  private readonly logger = new Logger('DomainEvents');
  private readonly handlers = new Map<string, Array<EventHandler<unknown>>>();

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly jobs: JobQueue,
  ) {
    connection.onEventsCommitted(async (ids) => {
      await this.handleAll(ids);
    });
    jobs.handle(DOMAIN_EVENTS_QUEUE, () => this.drain(), { policy: 'short', cron: '* * * * *' });
  }

  /** Adds a handler of `type`; call it from a provider's constructor. */
  subscribe<P extends object>(type: EventType<P>, handler: EventHandler<P>): void {
    this.handlers.set(type.name, [...(this.handlers.get(type.name) ?? []), handler as EventHandler<unknown>]);
  }

  /** What waited before a restart is handled now. */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.wake(DOMAIN_EVENTS_QUEUE);
  }

  /**
   * Handles one event unless it is handled already (or being handled elsewhere); returns whether
   * this call handled it. Safe to call any number of times for the same event.
   */
  async handle(id: string): Promise<boolean> {
    const ctx = new RequestContext('domain-event', '127.0.0.1');
    return this.connection.withTransaction(ctx, async (em) => {
      const [event] = (await em.query(`SELECT id, type, payload, actor, request_id FROM domain_event WHERE id = $1 AND handled_at IS NULL FOR UPDATE SKIP LOCKED`, [
        id,
      ])) as StoredEvent[];
      if (!event) return false;
      if (event.actor) ctx.session = { sessionId: `event:${event.id}`, ...event.actor };
      for (const handler of this.handlers.get(event.type) ?? []) await handler(ctx, event.payload);
      await em.query(`UPDATE domain_event SET handled_at = now(), last_error = NULL WHERE id = $1`, [event.id]);
      return true;
    });
  }

  /**
   * Handles each event; one that fails is tried again later and does not stop the others.
   * Returns how many were settled (handled or put off), not those another instance holds.
   */
  private async handleAll(ids: readonly string[]): Promise<number> {
    let settled = 0;
    for (const id of ids) {
      try {
        if (await this.handle(id)) settled++;
      } catch (err) {
        await this.failed(id, err);
        settled++;
      }
    }
    return settled;
  }

  /** Every event due: those a crash left behind, and failed ones whose next try has come. */
  private async drain(): Promise<void> {
    for (;;) {
      const due = (await this.connection.dataSource.query(
        `SELECT id FROM domain_event WHERE handled_at IS NULL AND attempts < $1 AND next_attempt_at <= now() ORDER BY created_at LIMIT 50`,
        [MAX_ATTEMPTS],
      )) as Array<{ id: string }>;
      if (due.length === 0 || (await this.handleAll(due.map((e) => e.id))) === 0) break;
    }
    const [{ at }] = (await this.connection.dataSource.query(`SELECT min(next_attempt_at) AS at FROM domain_event WHERE handled_at IS NULL AND attempts < $1`, [
      MAX_ATTEMPTS,
    ])) as Array<{ at: Date | null }>;
    if (at) await this.jobs.sendOnce(DOMAIN_EVENTS_QUEUE, at, `due:${at.toISOString()}`);
  }

  private async failed(id: string, err: unknown): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    const [row] = (await this.connection.dataSource.query(
      `UPDATE domain_event SET attempts = attempts + 1, last_error = $2,
              next_attempt_at = now() + make_interval(secs => $3 * power(2, attempts))
        WHERE id = $1 AND handled_at IS NULL RETURNING type, attempts, next_attempt_at`,
      [id, message, RETRY_BASE_SECONDS],
    )) as Array<{ type: string; attempts: number; next_attempt_at: Date }>;
    this.logger.error({ err, eventId: id, type: row?.type, attempts: row?.attempts }, 'domain event handler failed');
    if (row && row.attempts < MAX_ATTEMPTS) await this.jobs.sendOnce(DOMAIN_EVENTS_QUEUE, row.next_attempt_at, `due:${row.next_attempt_at.toISOString()}`);
  }
}
