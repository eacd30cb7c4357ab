import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError, assertId, Clock, conflict, JobQueue, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { ApproverPoolService, CaseAtStage, CaseCancellationService, CaseFactsProviders, LaterCaseFacts, MAX_REASON_LENGTH, PurchaseCase, Withdrawn } from '@bc/api/purchasing';
import { NegotiationService } from '@bc/api/negotiation';
import { assertFuture, InvitationRecords, pricesHidden, Rfq, RfqService } from '@bc/api/rfq';
import { AUCTION_BOUNDS, AuctionDecrementKind, AuctionRanking, AuctionStatus, AuctionVisibility, CaseStage, compareDecimals, ErrorCode, Permission, RfqStatus, TransitionBlocker } from '@bc/shared/domain';
import { ScheduleAuctionInput } from '../dto/auction.inputs';
import { Auction, AuctionParticipant } from '../entities/auction.entity';
import { AuctionApproved, AuctionCancelled, AuctionScheduled } from '../events/auction-events';
import { AuctionParticipants } from './auction-participants';
import { AUCTION_END_QUEUE, AUCTION_REMIND_QUEUE, AUCTION_REMINDER_LEAD_MS, AUCTION_START_QUEUE } from './auction-queues';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Statuses of an auction still to run or running. */
export const LIVE_STATUSES = [AuctionStatus.SCHEDULED, AuctionStatus.APPROVED, AuctionStatus.RUNNING];

/**
 * Scheduling, approving and cancelling auctions. A buyer schedules one on a closed RFQ from the
 * evaluation (case in EVALUATION or NEGOTIATION, no round open), instead of a negotiation round or
 * after one; a gatekeeper (not whoever scheduled it) approves its settings, which then freeze. While
 * one is scheduled or running the case does not move on (AUCTION_PENDING).
 */
@Injectable()
export class AuctionService implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly rfqs: RfqService,
    private readonly invitationRecords: InvitationRecords,
    private readonly negotiation: NegotiationService,
    private readonly participants: AuctionParticipants,
    private readonly pool: ApproverPoolService,
    private readonly caseFacts: CaseFactsProviders,
    private readonly cancellation: CaseCancellationService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.caseFacts.registerFacts([CaseStage.EVALUATION, CaseStage.NEGOTIATION], (ctx, cases) => this.facts(ctx, cases));
    this.cancellation.register((ctx, purchaseCase, reason) => this.cancelForCase(ctx, purchaseCase, reason));
  }

  private async facts(ctx: RequestContext, cases: readonly CaseAtStage[]): Promise<Map<string, Partial<LaterCaseFacts>>> {
    const live: Array<{ case_id: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT DISTINCT case_id FROM auction WHERE case_id = ANY ($1::uuid[]) AND status = ANY ($2::text[])`, [cases.map((c) => c.id), LIVE_STATUSES]);
    return new Map(cases.map((c) => [c.id, { auctionPending: live.some((r) => r.case_id === c.id) }]));
  }

  async schedule(ctx: RequestContext, input: ScheduleAuctionInput): Promise<Auction> {
    const { rfq, purchaseCase } = await this.rfqs.open(ctx, input.rfqId, Permission.NEGOTIATION_MANAGE, true);
    await this.assertSchedulable(ctx, rfq, purchaseCase);
    this.assertSettings(input);
    const { participants, leftOut } = await this.participants.of(ctx, rfq, input.ranking);
    const now = this.clock.now();
    const plannedEnd = new Date(input.startsAt.getTime() + input.durationMinutes * MINUTE);
    const repo = this.connection.getRepository(ctx, Auction);
    const auction = await repo.save(
      repo.create({
        organizationId: rfq.organizationId,
        rfqId: rfq.id,
        caseId: rfq.caseId,
        status: AuctionStatus.SCHEDULED,
        currency: rfq.currency,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        bidOn: input.bidOn,
        decrementKind: input.decrementKind,
        decrement: input.decrement,
        softCloseMinutes: input.softCloseMinutes,
        extensionMinutes: input.extensionMinutes,
        capAt: input.maxExtensionMinutes === null || input.maxExtensionMinutes === undefined ? null : new Date(plannedEnd.getTime() + input.maxExtensionMinutes * MINUTE),
        visibility: input.visibility,
        ranking: input.ranking,
        criteria: rfq.criteria,
        endsAt: plannedEnd,
        scheduledBy: ctx.userId,
        scheduledAt: now,
      }),
    );
    await this.connection.getRepository(ctx, AuctionParticipant).insert(
      participants.map((p) => ({
        auctionId: auction.id,
        invitationId: p.invitationId,
        quoteId: p.quoteId,
        supplierOrganizationId: p.supplierOrganizationId,
        supplierName: p.supplierName,
        startingAmount: p.startingAmount,
        currentAmount: p.startingAmount,
        currentLines: p.lines,
        fixedScores: p.fixedScores,
      })),
    );
    await this.record(ctx, rfq, auction, 'auction.scheduled', { ...this.settingsOf(auction), suppliers: participants.map((p) => p.supplierName), leftOut });
    await ctx.publish(AuctionScheduled, { auctionId: auction.id });
    return auction;
  }

  private async assertSchedulable(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase): Promise<void> {
    if (rfq.status !== RfqStatus.CLOSED || !rfq.closedAt) throw conflict(`An auction follows the closing of the RFQ: ${rfq.reference} is ${rfq.status}`, 'input.rfqId');
    if (purchaseCase.stage !== CaseStage.EVALUATION && purchaseCase.stage !== CaseStage.NEGOTIATION) {
      throw new AppError(ErrorCode.STAGE_LOCKED, `An auction runs from the evaluation or the negotiation; the case is in ${purchaseCase.stage}`, {
        field: 'input.rfqId',
        details: { stage: purchaseCase.stage },
      });
    }
    if (pricesHidden(rfq)) throw new AppError(ErrorCode.PRICES_HIDDEN, `Prices of ${rfq.reference} stay hidden until the technical scores are locked`, { field: 'input.rfqId' });
    const round = await this.negotiation.openRoundNumber(ctx, rfq.id);
    if (round !== null) {
      throw new AppError(ErrorCode.CONFLICT, `Round ${round} of ${rfq.reference} is still open: end it before scheduling an auction`, {
        field: 'input.rfqId',
        details: { blockers: [TransitionBlocker.NEGOTIATION_ROUND_OPEN], openRound: round },
      });
    }
    const live = await this.connection.getRepository(ctx, Auction).findOne({ where: LIVE_STATUSES.map((status) => ({ rfqId: rfq.id, status })) });
    if (live) {
      throw new AppError(ErrorCode.CONFLICT, `${rfq.reference} has an auction ${live.status.toLowerCase()} already: cancel it first`, {
        field: 'input.rfqId',
        details: { blockers: [TransitionBlocker.AUCTION_PENDING], auctionId: live.id },
      });
    }
  }

  private assertSettings(input: ScheduleAuctionInput): void {
    const now = this.clock.nowMs();
    assertFuture('input.startsAt', input.startsAt, now);
    if (input.startsAt.getTime() > now + AUCTION_BOUNDS.maxStartDays * DAY) throw validationFailed('input.startsAt', `An auction starts within ${AUCTION_BOUNDS.maxStartDays} days`);
    if (input.decrementKind === AuctionDecrementKind.PERCENT && compareDecimals(input.decrement, String(AUCTION_BOUNDS.maxDecrementPercent)) > 0) {
      throw validationFailed('input.decrement', `A decrement in percent is at most ${AUCTION_BOUNDS.maxDecrementPercent}`, { rule: 'MAX' });
    }
    if (input.visibility === AuctionVisibility.LEADING_SCORE && input.ranking !== AuctionRanking.TOTAL_SCORE) {
      throw validationFailed('input.visibility', 'The leading score is shown only when bidders are ranked on the total score', { rule: 'LEADING_SCORE_NEEDS_SCORE_RANKING' });
    }
    if (input.softCloseMinutes > 0 && input.extensionMinutes === 0) throw validationFailed('input.extensionMinutes', 'Soft close extends by at least a minute');
  }

  /**
   * The gatekeeper approves the settings (not whoever scheduled them, nor anyone with a declared
   * conflict of interest with a bidder), before the start time. The reminder, the start and the
   * end are then durable jobs written in this transaction.
   */
  async approve(ctx: RequestContext, auctionId: string): Promise<Auction> {
    const { auction, rfq } = await this.locked(ctx, auctionId, Permission.RFQ_APPROVE);
    if (auction.status !== AuctionStatus.SCHEDULED) throw locked(auction, 'Only a scheduled auction is approved');
    const bidders = await this.connection.getRepository(ctx, AuctionParticipant).findBy({ auctionId: auction.id });
    const invitations = await this.invitationRecords.summaries(ctx, bidders.map((b) => b.invitationId));
    await this.pool.assertMayDecide(ctx, { requesterId: auction.scheduledBy, caseId: auction.caseId, supplierIds: invitations.map((i) => i.supplierId), subject: 'the approval of this auction', field: 'id' });
    assertFuture('startsAt', auction.startsAt, this.clock.nowMs());
    const now = this.clock.now();
    await this.connection.getRepository(ctx, Auction).update(auction.id, { status: AuctionStatus.APPROVED, approvedBy: ctx.userId, approvedAt: now });
    // The reminder an hour before the start, or at once when the start is nearer than that.
    const remindAt = new Date(auction.startsAt.getTime() - AUCTION_REMINDER_LEAD_MS);
    await this.jobs.send(ctx, AUCTION_REMIND_QUEUE, { auctionId: auction.id }, remindAt > now ? remindAt : undefined);
    await this.jobs.send(ctx, AUCTION_START_QUEUE, { auctionId: auction.id }, auction.startsAt);
    await this.jobs.send(ctx, AUCTION_END_QUEUE, { auctionId: auction.id }, auction.endsAt);
    await this.record(ctx, rfq, auction, 'auction.approved', this.settingsOf(auction));
    await ctx.publish(AuctionApproved, { auctionId: auction.id, startsAt: auction.startsAt.toISOString(), endsAt: auction.endsAt.toISOString() });
    return this.connection.getRepository(ctx, Auction).findOneByOrFail({ id: auction.id });
  }

  /** A buyer cancels an auction before it starts (with a reason). */
  async cancel(ctx: RequestContext, auctionId: string, reason: string): Promise<Auction> {
    const text = reason.trim();
    if (!text) throw validationFailed('reason', 'Say why the auction is cancelled');
    if (text.length > MAX_REASON_LENGTH) throw validationFailed('reason', `A reason is at most ${MAX_REASON_LENGTH} characters`);
    const { auction, rfq } = await this.locked(ctx, auctionId, Permission.NEGOTIATION_MANAGE);
    const started = auction.status === AuctionStatus.RUNNING || (auction.status === AuctionStatus.APPROVED && auction.startsAt.getTime() <= this.clock.nowMs());
    if (started || !LIVE_STATUSES.includes(auction.status)) throw locked(auction, 'Only an auction that has not started is cancelled');
    await this.cancelNow(ctx, rfq, auction, text, {});
    return this.connection.getRepository(ctx, Auction).findOneByOrFail({ id: auction.id });
  }

  private async cancelNow(ctx: RequestContext, rfq: Pick<Rfq, 'reference'>, auction: Auction, reason: string, extra: Record<string, unknown>): Promise<void> {
    await this.connection.getRepository(ctx, Auction).update(auction.id, { status: AuctionStatus.CANCELLED, cancelledBy: ctx.userId || null, cancelledAt: this.clock.now(), cancelReason: reason });
    await this.record(ctx, rfq, auction, 'auction.cancelled', { reason, ...extra });
    await ctx.publish(AuctionCancelled, { auctionId: auction.id });
  }

  /** A case being cancelled takes its live auction with it (running or not). */
  private async cancelForCase(ctx: RequestContext, purchaseCase: PurchaseCase, reason: string): Promise<Withdrawn[]> {
    const live = await this.connection.getRepository(ctx, Auction).find({ where: LIVE_STATUSES.map((status) => ({ caseId: purchaseCase.id, status })), lock: { mode: 'pessimistic_write' } });
    for (const auction of live) {
      const rfq = await this.connection.getRepository(ctx, Rfq).findOneByOrFail({ id: auction.rfqId });
      await this.cancelNow(ctx, rfq, auction, reason, { byCancellation: true });
    }
    return live.map((a) => ({ kind: 'auction' as const, auctionId: a.id }));
  }

  /** The caller's organization's auction, held (FOR UPDATE), with its RFQ opened for `permission`; NOT_FOUND otherwise. */
  async locked(ctx: RequestContext, auctionId: string, permission: Permission): Promise<{ auction: Auction; rfq: Rfq }> {
    assertId(auctionId, 'Auction');
    const found = await this.connection.getRepository(ctx, Auction).findOne({ where: { id: auctionId, organizationId: ctx.organizationId } });
    if (!found) throw notFound('Auction');
    const { rfq } = await this.rfqs.open(ctx, found.rfqId, permission).catch((e: unknown) => {
      if (e instanceof AppError && e.code === ErrorCode.NOT_FOUND) throw notFound('Auction');
      throw e;
    });
    const auction = await this.connection.getRepository(ctx, Auction).findOneOrFail({ where: { id: auctionId }, lock: { mode: 'pessimistic_write' } });
    return { auction, rfq };
  }

  private settingsOf(a: Auction): Record<string, unknown> {
    return {
      startsAt: a.startsAt.toISOString(),
      durationMinutes: a.durationMinutes,
      endsAt: a.endsAt.toISOString(),
      bidOn: a.bidOn,
      decrement: `${a.decrement} ${a.decrementKind}`,
      softClose: { minutes: a.softCloseMinutes, extensionMinutes: a.extensionMinutes, capAt: a.capAt?.toISOString() ?? null },
      visibility: a.visibility,
      ranking: a.ranking,
    };
  }

  /** The auction's history goes into the RFQ's trail (entity Rfq), so the decision record's trail holds it. */
  private async record(ctx: RequestContext, rfq: Pick<Rfq, 'reference'>, auction: Auction, action: string, summary: Record<string, unknown>): Promise<void> {
    await this.audit.record(ctx, {
      action,
      entityType: 'Rfq',
      entityId: auction.rfqId,
      organizationId: auction.organizationId,
      summary: { reference: rfq.reference, auctionId: auction.id, ...summary },
    });
  }
}

function locked(auction: Auction, message: string): AppError {
  return new AppError(ErrorCode.AUCTION_LOCKED, `${message}: this one is ${auction.status.toLowerCase()}`, { field: 'id', details: { status: auction.status } });
}
