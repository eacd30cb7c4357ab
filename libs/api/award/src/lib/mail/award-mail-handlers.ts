import { Injectable } from '@nestjs/common';
import { DomainEventBus, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AwardApproval, AwardProposal } from '../entities/award.entities';
import { AwardApprovalRequested, AwardGranted, AwardRejected } from '../events/award-events';
import { AwardMailer } from '../services/award-mailer.service';

/**
 * The award's mail, on its events: the decision commits first, then these put the mails in the
 * outbox, as the user who acted (who is not mailed about their own act).
 */
@Injectable()
export class AwardMailHandlers {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mailer: AwardMailer,
    events: DomainEventBus,
  ) {
    events.subscribe(AwardApprovalRequested, async (ctx, e) => this.mailer.approvalRequested(ctx, await this.proposal(ctx, e.proposalId), e.approverUserIds));
    events.subscribe(AwardRejected, async (ctx, e) => {
      const rejection = await this.connection.getRepository(ctx, AwardApproval).findOneByOrFail({ id: e.approvalId });
      await this.mailer.rejected(ctx, await this.proposal(ctx, e.proposalId), rejection);
    });
    events.subscribe(AwardGranted, async (ctx, e) => this.mailer.granted(ctx, await this.proposal(ctx, e.proposalId)));
  }

  private proposal(ctx: RequestContext, id: string): Promise<AwardProposal> {
    return this.connection.getRepository(ctx, AwardProposal).findOneByOrFail({ id });
  }
}
