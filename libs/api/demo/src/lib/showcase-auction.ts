import { Injectable, Logger } from '@nestjs/common';
import { AuctionService } from '@bc/api/auction';
import { AuctionBidOn, AuctionDecrementKind, AuctionRanking, AuctionVisibility } from '@bc/shared/domain';
import type { ShowcaseTimeline } from './showcase-clock';
import { SHOWCASE_AWARD_FLOW } from './showcase-data';
import { Crew, day, ShowcaseSteps } from './showcase-steps';

/**
 * The showcase's reverse auction (issue 15): a leverage buy closed three days ago and scored, with a
 * live auction the buyer has scheduled for tomorrow morning and the gatekeeper has approved, so a
 * first start shows one on the RFQ page and on both suppliers' portal cards.
 */
@Injectable()
export class ShowcaseAuction {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly steps: ShowcaseSteps,
    private readonly auctions: AuctionService,
  ) {}

  plan(tl: ShowcaseTimeline, crew: Crew): void {
    const c = SHOWCASE_AWARD_FLOW.auction;
    const closed = this.steps.planClosedRfq(tl, crew, c);
    this.steps.planScores(tl, crew, closed, c.scores, c.closedDaysAgo - 0.2);
    let auctionId = '';
    tl.plan(tl.daysAgo(0.6), `${c.title}: the buyer schedules a reverse auction`, async () => {
      const live = c.live;
      auctionId = (
        await this.auctions.schedule(crew.buyer, {
          rfqId: closed.rfqId,
          startsAt: new Date(`${day(live.startsInDays)}T${live.startsAtUtc}`),
          durationMinutes: live.durationMinutes,
          bidOn: AuctionBidOn.TOTAL,
          decrementKind: AuctionDecrementKind.PERCENT,
          decrement: live.decrementPercent,
          softCloseMinutes: live.softCloseMinutes,
          extensionMinutes: live.extensionMinutes,
          maxExtensionMinutes: live.maxExtensionMinutes,
          visibility: AuctionVisibility.RANK,
          ranking: AuctionRanking.TOTAL_SCORE,
        })
      ).id;
    });
    tl.plan(tl.daysAgo(0.5), `${c.title}: the gatekeeper approves the auction`, async () => {
      await this.auctions.approve(crew.gatekeeper, auctionId);
      this.logger.log(`Case ${closed.purchaseCase.reference} in EVALUATION: ${c.title} (a reverse auction approved for ${day(c.live.startsInDays)})`);
    });
  }
}
