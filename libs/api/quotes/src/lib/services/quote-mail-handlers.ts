import { Injectable } from '@nestjs/common';
import { DomainEventBus, RequestContext, TransactionalConnection } from '@bc/api/core';
import { Rfq, RfqInvitation, RfqMailer, RfqQuestion } from '@bc/api/rfq';
import { DeclineWithdrawn, QuestionAsked, QuoteSubmitted, QuoteWithdrawn } from '../events/quote-events';
import { QuoteService } from './quote.service';

/**
 * The portal's mail, on its events, once the supplier's change has committed: the receipt (to the
 * supplier's users, kept under the supplier) and the buyers' notices of submissions, withdrawals,
 * questions and taken-back declines. (A decline is the RFQ library's RfqDeclined.)
 */
@Injectable()
export class QuoteMailHandlers {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mailer: RfqMailer,
    private readonly quotes: QuoteService,
    events: DomainEventBus,
  ) {
    events.subscribe(QuoteSubmitted, async (ctx, e) => {
      const { rfq, invitation } = await this.invitation(ctx, e.invitationId);
      const view = await this.quotes.revision(ctx, rfq, invitation, e.quoteId, e.revision);
      await this.mailer.receipt(ctx, rfq, invitation, {
        revision: view.revision,
        submittedAt: view.submittedAt,
        sha256: view.sha256,
        nonce: view.nonce ?? '',
        supplierReference: view.content.supplierReference,
        round: e.round ? { number: e.round.number, closesAt: new Date(e.round.closesAt) } : null,
      });
    });
    events.subscribe(QuoteWithdrawn, async (ctx, e) => {
      const { rfq, invitation } = await this.invitation(ctx, e.invitationId);
      await this.mailer.withdrawn(ctx, rfq, invitation, new Date(e.withdrawnAt));
    });
    events.subscribe(DeclineWithdrawn, async (ctx, e) => {
      const { rfq, invitation } = await this.invitation(ctx, e.invitationId);
      await this.mailer.declineWithdrawn(ctx, rfq, invitation);
    });
    events.subscribe(QuestionAsked, async (ctx, e) => {
      const question = await this.connection.getRepository(ctx, RfqQuestion).findOneByOrFail({ id: e.questionId });
      const { rfq, invitation } = await this.invitation(ctx, question.invitationId);
      await this.mailer.questionAsked(ctx, rfq, invitation, question.body);
    });
  }

  private async invitation(ctx: RequestContext, id: string): Promise<{ rfq: Rfq; invitation: RfqInvitation }> {
    const invitation = await this.connection.getRepository(ctx, RfqInvitation).findOneByOrFail({ id });
    return { invitation, rfq: await this.connection.getRepository(ctx, Rfq).findOneByOrFail({ id: invitation.rfqId }) };
  }
}
