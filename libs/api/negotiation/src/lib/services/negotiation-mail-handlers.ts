import { Injectable } from '@nestjs/common';
import { DomainEventBus, RequestContext, TransactionalConnection } from '@bc/api/core';
import { Rfq, RfqInvitation, RfqMailer } from '@bc/api/rfq';
import { In } from 'typeorm';
import { NegotiationRound, NegotiationRoundInvitation } from '../entities/negotiation-round.entity';
import { NegotiationRoundEnded, NegotiationRoundOpened } from '../events/negotiation-events';

/**
 * The negotiation's mail, on its events, once the round's change has committed: each supplier
 * asked gets the round (message, targets, deadline as .ics), and its calendar entry cancelled when
 * the round ends before its deadline.
 */
@Injectable()
export class NegotiationMailHandlers {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mailer: RfqMailer,
    events: DomainEventBus,
  ) {
    events.subscribe(NegotiationRoundOpened, (ctx, e) => this.opened(ctx, e.roundId, e.invitationIds, e.targets));
    events.subscribe(NegotiationRoundEnded, (ctx, e) => this.ended(ctx, e.roundId));
  }

  private async opened(ctx: RequestContext, roundId: string, invitationIds: string[], targets: Array<{ line: string; unitPrice: string }>): Promise<void> {
    const { round, rfq } = await this.round(ctx, roundId);
    const found = await this.connection.getRepository(ctx, RfqInvitation).findBy({ id: In(invitationIds) });
    const invitations = invitationIds.flatMap((id) => found.filter((i) => i.id === id));
    for (const invitation of invitations) {
      await this.mailer.negotiationRound(ctx, rfq, invitation, { roundNumber: round.number, roundClosesAt: round.closesAt, message: round.message, currency: rfq.currency, targets });
    }
  }

  private async ended(ctx: RequestContext, roundId: string): Promise<void> {
    const { round, rfq } = await this.round(ctx, roundId);
    const asked = await this.connection.getRepository(ctx, NegotiationRoundInvitation).findBy({ roundId });
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).find({ where: { id: In(asked.map((a) => a.invitationId)) }, order: { supplierName: 'ASC' } });
    if (!round.endedAt) throw new Error(`Round ${round.id} has not ended`);
    for (const invitation of invitations) {
      await this.mailer.negotiationRoundEnded(ctx, rfq, invitation, { roundNumber: round.number, roundClosesAt: round.closesAt, endedAt: round.endedAt });
    }
  }

  private async round(ctx: RequestContext, id: string): Promise<{ round: NegotiationRound; rfq: Rfq }> {
    const round = await this.connection.getRepository(ctx, NegotiationRound).findOneByOrFail({ id });
    return { round, rfq: await this.connection.getRepository(ctx, Rfq).findOneByOrFail({ id: round.rfqId }) };
  }
}
