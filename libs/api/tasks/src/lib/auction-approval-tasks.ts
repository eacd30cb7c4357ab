import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { AuctionRecords } from '@bc/api/auction';
import { CaseService } from '@bc/api/purchasing';
import { RfqRecords } from '@bc/api/rfq';
import { can, Permission, Role, TaskKind } from '@bc/shared/domain';
import { Task, task } from './task';

/**
 * Reverse auctions waiting for a gatekeeper's approval (issue 15), as tasks: each scheduled auction
 * whose start is still ahead, for every user who may approve RFQs on its case, except whoever
 * scheduled it (separation of duties, as RFQ approvals leave out whoever asked for them). Due at
 * its start: an approval after it is refused. It goes once approved or cancelled.
 */
@Injectable()
export class AuctionApprovalTasks {
  constructor(
    private readonly auctions: AuctionRecords,
    private readonly cases: CaseService,
    private readonly rfqs: RfqRecords,
  ) {}

  async of(ctx: RequestContext, now: Date, rolesOn: (caseId: string) => Role[]): Promise<Task[]> {
    const waiting = (await this.auctions.awaitingApproval(ctx, now)).filter((a) => a.scheduledBy !== ctx.userId && can(rolesOn(a.caseId), Permission.RFQ_APPROVE));
    if (waiting.length === 0) return [];
    const cases = await this.cases.summaries(ctx, { ids: [...new Set(waiting.map((a) => a.caseId))] });
    const rfqs = await this.rfqs.titles(ctx, waiting.map((a) => a.rfqId));
    return waiting.map((a) =>
      task(TaskKind.AUCTION_APPROVAL, a.scheduledAt, {
        caseId: a.caseId,
        caseReference: cases.get(a.caseId)?.reference ?? null,
        title: cases.get(a.caseId)?.title ?? null,
        rfqId: a.rfqId,
        rfqReference: rfqs.get(a.rfqId)?.reference ?? null,
        auctionId: a.id,
        dueAt: a.startsAt,
      }),
    );
  }
}
