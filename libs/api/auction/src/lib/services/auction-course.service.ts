import { Injectable, Logger } from '@nestjs/common';
import { Clock, JobQueue, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { RfqRecords } from '@bc/api/rfq';
import { auctionStandings, AuctionStatus } from '@bc/shared/domain';
import { Auction, AuctionParticipant } from '../entities/auction.entity';
import { AuctionEnded, AuctionReminderDue, AuctionStarted } from '../events/auction-events';
import { AUCTION_END_QUEUE, AUCTION_REMIND_QUEUE, AUCTION_START_QUEUE, AUCTION_SWEEP_QUEUE } from './auction-queues';

interface AuctionJob {
  auctionId: string;
}

type Moved = { id: string; organization_id: string; rfq_id: string; ends_at: Date; bid_count: number };

/**
 * The auction's course by the server's clock: it starts at its start time and ends at its end time,
 * each exactly once, by one guarded UPDATE (`WHERE status = … AND <due by the clock passed in>`):
 * of any number of tries (the durable job, its retries, the sweep, a second instance, a bid after
 * the start time) only one finds the row in the state to move, and only it audits and publishes.
 * The end waits for a bid holding the auction's row, and a bid that comes after it finds ENDED.
 */
@Injectable()
export class AuctionCourseService {
  private readonly logger = new Logger('AuctionCourse');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly rfqRecords: RfqRecords,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {
    jobs.handle<AuctionJob>(AUCTION_REMIND_QUEUE, (job) => this.remind(job.auctionId).then(() => undefined));
    jobs.handle<AuctionJob>(AUCTION_START_QUEUE, (job) => this.start(job.auctionId).then(() => undefined));
    jobs.handle<AuctionJob>(AUCTION_END_QUEUE, (job) => this.end(job.auctionId).then(() => undefined));
    jobs.handle(AUCTION_SWEEP_QUEUE, () => this.sweep().then(() => undefined), { cron: '* * * * *', policy: 'stately', expireInSeconds: 300, runAtStart: true });
  }

  /**
   * The reminder before the start, once: marks the auction reminded if it is still approved, not
   * reminded and not yet started by the clock (a cancelled auction, or a job run late past the
   * start, reminds nobody: the start notice tells them then); returns whether this call marked it.
   */
  async remind(auctionId: string): Promise<boolean> {
    const ctx = RequestContext.system();
    return this.connection.withTransaction(ctx, async (em) => {
      const now = this.clock.now();
      const [[moved]]: [Array<{ starts_at: Date }>, number] = await em.query(
        `UPDATE auction SET reminded_at = $2
          WHERE id = $1 AND status = 'APPROVED' AND reminded_at IS NULL AND starts_at > $2
          RETURNING starts_at`,
        [auctionId, now],
      );
      if (!moved) return false;
      await ctx.publish(AuctionReminderDue, { auctionId, startsAt: new Date(moved.starts_at).toISOString() });
      return true;
    });
  }

  /** Starts the auction if it is approved and its start time has come; returns whether this call started it. */
  async start(auctionId: string): Promise<boolean> {
    const ctx = RequestContext.system();
    return this.connection.withTransaction(ctx, async () => this.startIn(ctx, auctionId, this.clock.now()));
  }

  /** The start inside a transaction already open (the first bid's, holding the row). */
  async startIn(ctx: RequestContext, auctionId: string, now: Date): Promise<boolean> {
    // UPDATE … RETURNING through TypeORM answers [rows, affected].
    const [[moved]]: [Moved[], number] = await this.connection.manager(ctx).query(
      `UPDATE auction SET status = 'RUNNING', started_at = $2
        WHERE id = $1 AND status = 'APPROVED' AND starts_at <= $2 AND ends_at > $2
        RETURNING id, organization_id, rfq_id, ends_at, bid_count`,
      [auctionId, now],
    );
    if (!moved) return false;
    await this.record(ctx, moved, 'auction.started', { startedAt: now.toISOString(), endsAt: new Date(moved.ends_at).toISOString() });
    await ctx.publish(AuctionStarted, { auctionId, endsAt: new Date(moved.ends_at).toISOString() });
    return true;
  }

  /**
   * Ends the auction if its end time has passed by the application's clock; returns whether this
   * call ended it. One that is not due yet (an extension moved its end) gets a job at its end.
   */
  async end(auctionId: string): Promise<boolean> {
    const ctx = RequestContext.system();
    return this.connection.withTransaction(ctx, async (em) => {
      const now = this.clock.now();
      const [[moved]]: [Moved[], number] = await em.query(
        `UPDATE auction SET status = 'ENDED', ended_at = $2, started_at = COALESCE(started_at, starts_at)
          WHERE id = $1 AND status IN ('APPROVED', 'RUNNING') AND ends_at <= $2
          RETURNING id, organization_id, rfq_id, ends_at, bid_count`,
        [auctionId, now],
      );
      if (!moved) {
        const live = await em.getRepository(Auction).findOne({ where: { id: auctionId } });
        if (live && (live.status === AuctionStatus.APPROVED || live.status === AuctionStatus.RUNNING)) {
          if (!(await this.jobs.hasPending(ctx, AUCTION_END_QUEUE, 'auctionId', auctionId, live.endsAt))) await this.jobs.send(ctx, AUCTION_END_QUEUE, { auctionId }, live.endsAt);
        }
        return false;
      }
      await this.record(ctx, moved, 'auction.ended', { endsAt: new Date(moved.ends_at).toISOString(), endedAt: now.toISOString(), bids: moved.bid_count, result: await this.result(ctx, auctionId) });
      await ctx.publish(AuctionEnded, { auctionId, endedAt: now.toISOString(), bids: moved.bid_count });
      this.logger.log({ auctionId, bids: moved.bid_count }, 'auction ended');
      return true;
    });
  }

  /** The final prices and ranks, for the trail (and so the decision record). */
  private async result(ctx: RequestContext, auctionId: string): Promise<Array<Record<string, unknown>>> {
    const auction = await this.connection.getRepository(ctx, Auction).findOneByOrFail({ id: auctionId });
    const bidders = await this.connection.getRepository(ctx, AuctionParticipant).find({ where: { auctionId }, order: { supplierName: 'ASC' } });
    const standings = auctionStandings(
      auction.ranking,
      auction.criteria,
      bidders.map((b) => ({ id: b.invitationId, name: b.supplierName, amount: b.currentAmount, fixedScores: b.fixedScores })),
      null,
    );
    return bidders.map((b, i) => ({ supplier: b.supplierName, startingAmount: b.startingAmount, finalAmount: b.currentAmount, bids: b.bids, rank: standings[i].rank, totalScore: standings[i].totalScore }));
  }

  /**
   * The safety net under the jobs: every minute (one sweep at a time on all instances) and at
   * start, what is due to start or end is started or ended, exactly once as above.
   */
  async sweep(): Promise<{ started: number; ended: number }> {
    const now = this.clock.now();
    const due: Array<{ id: string; end: boolean }> = await this.connection.dataSource.query(
      `SELECT id, ends_at <= $1 AS "end" FROM auction WHERE status IN ('APPROVED', 'RUNNING') AND (ends_at <= $1 OR (status = 'APPROVED' AND starts_at <= $1)) ORDER BY ends_at LIMIT 100`,
      [now],
    );
    let started = 0;
    let ended = 0;
    for (const { id, end } of due) {
      if (end && (await this.end(id))) ended++;
      else if (!end && (await this.start(id))) started++;
    }
    if (started + ended > 0) this.logger.warn({ started, ended }, 'the sweep moved auctions whose job had not run');
    return { started, ended };
  }

  private async record(ctx: RequestContext, moved: Moved, action: string, summary: Record<string, unknown>): Promise<void> {
    const rfq = (await this.rfqRecords.titles(ctx, [moved.rfq_id])).get(moved.rfq_id);
    await this.audit.record(ctx, {
      action,
      entityType: 'Rfq',
      entityId: moved.rfq_id,
      organizationId: moved.organization_id,
      actorUserId: null,
      actorName: null,
      summary: { reference: rfq?.reference ?? null, auctionId: moved.id, ...summary },
    });
  }
}
