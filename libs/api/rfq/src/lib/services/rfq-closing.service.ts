import { Injectable, Logger } from '@nestjs/common';
import { AppError, Clock, JobQueue, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { PurchaseCase, TransitionService } from '@bc/api/purchasing';
import { CaseStage, ErrorCode, Permission, rfqOpenAt, RfqStatus, TransitionVia } from '@bc/shared/domain';
import { Rfq } from '../entities/rfq.entity';
import { QuoteOpening } from './quote-opening';
import { RfqClosed, RfqReminded } from '../events/rfq-events';
import { RfqRecipients } from './rfq-recipients';
import { RFQ_CLOSE_QUEUE, RFQ_REMIND_QUEUE, RfqService } from './rfq.service';

interface RfqJob {
  rfqId: string;
}

/** How long the sweep waits for an RFQ's row lock before passing it over. */
export const SWEEP_LOCK_TIMEOUT = '5s';
/** PostgreSQL's lock_not_available, what a lock timeout raises. */
const LOCK_NOT_AVAILABLE = '55P03';

/** The queue of the closing sweep, run every minute by pg-boss's cron on one instance. */
export const RFQ_SWEEP_QUEUE = 'rfq.closing-sweep';

/**
 * Closes RFQs at their closing time and reminds invitees before it, from durable pg-boss jobs
 * written when the RFQ was published or extended. A job may run more than once (a retry, a job of
 * an earlier closing time, two instances): under the RFQ's row lock only the first run that finds
 * it PUBLISHED and due closes it, so each RFQ is closed, opened and announced exactly once.
 */
@Injectable()
export class RfqClosingService {
  private readonly logger = new Logger('RfqClosing');
  private opening?: QuoteOpening;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly transitions: TransitionService,
    private readonly recipients: RfqRecipients,
    private readonly jobs: JobQueue,
    private readonly rfqs: RfqService,
    private readonly clock: Clock,
  ) {
    jobs.handle<RfqJob>(RFQ_CLOSE_QUEUE, (job) => this.close(job.rfqId).then(() => undefined));
    jobs.handle<RfqJob>(RFQ_REMIND_QUEUE, (job) => this.remind(job.rfqId).then(() => undefined));
    // One sweep at a time on all instances (stately), given up after five minutes, and one at start.
    jobs.handle(RFQ_SWEEP_QUEUE, () => this.sweep().then(() => undefined), { cron: '* * * * *', policy: 'stately', expireInSeconds: 300, runAtStart: true });
  }

  /** Called once by the quotes library: closing counts and opens the quotes through it. */
  useQuoteOpening(opening: QuoteOpening): void {
    this.opening = opening;
  }

  private quotes(): QuoteOpening {
    if (!this.opening) throw new Error('No quote opening registered: import QuotesModule where RfqModule closes RFQs');
    return this.opening;
  }

  /**
   * Closes the RFQ if it is published and due by the application's clock (the one the quote checks
   * use too; pg-boss only wakes it); returns whether this call closed it. `within` runs it in a
   * transaction already open (the demo seeder's).
   */
  async close(rfqId: string, within?: RequestContext, earlyBy?: string): Promise<boolean> {
    const ctx = RequestContext.system();
    ctx.transactionManager = within?.transactionManager;
    return this.connection.withTransaction(ctx, async (em) => {
      const rfq = await em.getRepository(Rfq).findOne({ where: { id: rfqId }, lock: { mode: 'pessimistic_write' } });
      if (!rfq || rfq.status !== RfqStatus.PUBLISHED) return false;
      const due = rfq.closesAt.getTime() <= this.clock.nowMs();
      if (!due && !earlyBy) {
        // Early (an extended RFQ's old job, or clocks apart): make sure a job waits for the closing time.
        if (!(await this.jobs.hasPending(ctx, RFQ_CLOSE_QUEUE, 'rfqId', rfq.id, rfq.closesAt))) {
          await this.jobs.send(ctx, RFQ_CLOSE_QUEUE, { rfqId: rfq.id }, rfq.closesAt);
        }
        return false;
      }
      const purchaseCase = await em.getRepository(PurchaseCase).findOneOrFail({ where: { id: rfq.caseId }, lock: { mode: 'pessimistic_write' } });
      const counts = await this.quotes().tally(ctx, rfq.id);
      // Under two envelopes the prices stay hidden after closing: their hashes go on the record at the technical lock.
      const receipts = rfq.twoEnvelope ? null : await this.quotes().receiptsOnRecord(ctx, rfq.id);
      const closedAt = this.clock.now();
      await em.getRepository(Rfq).update(rfq.id, { status: RfqStatus.CLOSED, closedAt, updatedAt: closedAt, closedEarlyBy: earlyBy ?? null });
      // The opening is on the record with each quote's receipt hash: what the buyer sees from now on is provably what was sent.
      // (Two envelopes: the hashes come with the prices, at the technical lock.)
      await this.audit.record(ctx, {
        action: 'rfq.closed',
        entityType: 'Rfq',
        entityId: rfq.id,
        organizationId: rfq.organizationId,
        actorUserId: null,
        summary: {
          reference: rfq.reference,
          closesAt: rfq.closesAt.toISOString(),
          closedAt: closedAt.toISOString(),
          ...(earlyBy ? { early: true } : {}),
          invited: counts.invited,
          quotesOpened: counts.quoted,
          ...(receipts ? { receipts } : { receiptsAt: 'evaluation.technical-locked' }),
        },
      });
      if (purchaseCase.stage === CaseStage.RFQ) {
        // The server acts: the stage change names nobody. The session only carries the organization.
        const inOrganization = RequestContext.system({ sessionId: 'rfq-closing', userId: '', organizationId: rfq.organizationId, roles: [], userName: 'system' });
        inOrganization.transactionManager = em;
        await this.transitions.moveVia(inOrganization, purchaseCase, CaseStage.EVALUATION, TransitionVia.RFQ_CLOSE, null, null);
      }
      // Closed before its closing time: the closing time in the invitees' calendars no longer applies.
      const closedEarlyAt = earlyBy && closedAt < rfq.closesAt ? closedAt : null;
      await ctx.publish(RfqClosed, { rfqId: rfq.id, quotesReceived: counts.quoted, invited: counts.invited, closedEarlyAt: closedEarlyAt?.toISOString() ?? null });
      this.logger.log({ rfq: rfq.reference, quotes: counts.quoted }, 'RFQ closed and opened');
      return true;
    });
  }

  /**
   * The buyer closes a published RFQ before its closing time, which is allowed only when no
   * invitee is still out: every one has a submitted quote or has declined (else
   * INVITEES_OUTSTANDING with how many and who). Audited as `rfq.closed-early` under the buyer's
   * name, then closed and opened exactly as at the closing time (the later job finds it CLOSED).
   */
  async closeEarly(ctx: RequestContext, rfqId: string): Promise<Rfq> {
    const { rfq } = await this.rfqs.open(ctx, rfqId, Permission.RFQ_MANAGE, true);
    if (rfq.status !== RfqStatus.PUBLISHED) {
      throw new AppError(ErrorCode.CONFLICT, `${rfq.reference} is ${rfq.status.toLowerCase()}: only a published RFQ can be closed early`, {
        field: 'id',
        details: { status: rfq.status },
      });
    }
    const em = this.connection.manager(ctx);
    const invitees: Array<{ supplier_name: string; status: string }> = await em.query(
      `SELECT supplier_name, status FROM rfq_invitation WHERE rfq_id = $1 ORDER BY supplier_name`,
      [rfq.id],
    );
    const out = invitees.filter((i) => i.status !== 'QUOTED' && i.status !== 'DECLINED');
    if (out.length > 0) {
      throw new AppError(
        ErrorCode.INVITEES_OUTSTANDING,
        `${out.length} of ${invitees.length} invited suppliers have neither quoted nor declined: the RFQ closes early only when every invitee has answered`,
        { field: 'id', details: { outstanding: out.length, invited: invitees.length, suppliers: out.map((i) => i.supplier_name) } },
      );
    }
    const quoted = invitees.filter((i) => i.status === 'QUOTED').length;
    await this.audit.record(ctx, {
      action: 'rfq.closed-early',
      entityType: 'Rfq',
      entityId: rfq.id,
      summary: { reference: rfq.reference, closesAt: rfq.closesAt.toISOString(), invited: invitees.length, quoted, declined: invitees.length - quoted },
    });
    await this.close(rfq.id, ctx, ctx.userId);
    return this.connection.getRepository(ctx, Rfq).findOneOrFail({ where: { id: rfq.id } });
  }

  /**
   * The safety net under the jobs: at start and every minute (a pg-boss cron job on a stately
   * queue, so one sweep runs at a time on all instances), any published RFQ whose closing time has
   * passed is closed (a job lost to a restored backup, say). Closing stays exactly once. An RFQ
   * whose row another transaction holds is passed over after SWEEP_LOCK_TIMEOUT instead of tying a
   * connection up: whoever holds it is closing it, or the next sweep will.
   */
  async sweep(): Promise<number> {
    const due: Array<{ id: string }> = await this.connection.dataSource.query(
      `SELECT id FROM rfq WHERE status = 'PUBLISHED' AND closes_at <= $1::timestamptz - interval '30 seconds' ORDER BY closes_at LIMIT 100`,
      [this.clock.now()],
    );
    let closed = 0;
    let passedOver = 0;
    for (const { id } of due) {
      const ctx = RequestContext.system();
      try {
        const done = await this.connection.withTransaction(ctx, async (em) => {
          await em.query(`SET LOCAL lock_timeout = '${SWEEP_LOCK_TIMEOUT}'`);
          return this.close(id, ctx);
        });
        if (done) closed++;
      } catch (e) {
        if ((e as { driverError?: { code?: string } }).driverError?.code !== LOCK_NOT_AVAILABLE) throw e;
        passedOver++;
      }
    }
    if (closed > 0) this.logger.warn({ closed }, 'closed RFQs whose closing job had not run');
    if (passedOver > 0) this.logger.warn({ passedOver }, 'passed over RFQs another transaction holds; the next sweep tries again');
    return closed;
  }

  /** Reminds the invitees who have not declined, once per closing time, if the RFQ is still open. */
  async remind(rfqId: string): Promise<number> {
    const ctx = RequestContext.system();
    return this.connection.withTransaction(ctx, async (em) => {
      const rfq = await em.getRepository(Rfq).findOne({ where: { id: rfqId }, lock: { mode: 'pessimistic_write' } });
      if (!rfq || !rfqOpenAt(rfq, this.clock.now())) return 0;
      if (rfq.reminderSentFor?.getTime() === rfq.closesAt.getTime()) return 0;
      await em.getRepository(Rfq).update(rfq.id, { reminderSentFor: rfq.closesAt });
      // The mails go once this commits (RfqReminded); the trail says how many, counted here.
      const sent = await this.recipients.inviteeCount(ctx, rfq);
      await ctx.publish(RfqReminded, { rfqId: rfq.id });
      await this.audit.record(ctx, {
        action: 'rfq.reminded',
        entityType: 'Rfq',
        entityId: rfq.id,
        organizationId: rfq.organizationId,
        actorUserId: null,
        summary: { reference: rfq.reference, closesAt: rfq.closesAt.toISOString(), emails: sent },
      });
      return sent;
    });
  }
}
