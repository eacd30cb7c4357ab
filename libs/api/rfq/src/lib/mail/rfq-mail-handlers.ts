import { Injectable } from '@nestjs/common';
import { DomainEventBus, RequestContext, TransactionalConnection } from '@bc/api/core';
import { QuestionVisibility } from '@bc/shared/domain';
import { In } from 'typeorm';
import { RfqInvitation } from '../entities/invitation.entity';
import { RfqQuestion } from '../entities/question.entity';
import { Rfq } from '../entities/rfq.entity';
import {
  RfqApprovalDecided,
  RfqApprovalRequested,
  RfqCancelled,
  RfqClosed,
  RfqClosingChanged,
  RfqDeclined,
  RfqPublished,
  RfqQuestionAnswered,
  RfqReminded,
} from '../events/rfq-events';
import { RfqMailer } from '../services/rfq-mailer.service';

/**
 * The RFQ's mail, on its events: the change commits first, then these put the mails in the
 * outbox, as the user who acted, in the transaction that marks the event handled. A registration
 * link an invitation carries is written there with its mail, so it exists exactly when the mail
 * does, once per event however often the event is tried.
 */
@Injectable()
export class RfqMailHandlers {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mailer: RfqMailer,
    events: DomainEventBus,
  ) {
    events.subscribe(RfqApprovalRequested, async (ctx, e) => this.mailer.approvalRequested(ctx, await this.rfq(ctx, e.rfqId)));
    events.subscribe(RfqApprovalDecided, async (ctx, e) => this.mailer.approvalDecided(ctx, await this.rfq(ctx, e.rfqId), e.approved));
    events.subscribe(RfqPublished, async (ctx, e) => this.mailer.invite(ctx, await this.rfq(ctx, e.rfqId), await this.invitations(ctx, e.invitationIds)));
    events.subscribe(RfqClosingChanged, async (ctx, e) => this.mailer.closingChanged(ctx, await this.rfq(ctx, e.rfqId), new Date(e.previousClosesAt), e.reason));
    events.subscribe(RfqCancelled, async (ctx, e) => this.mailer.cancelled(ctx, await this.rfq(ctx, e.rfqId), e.reason));
    events.subscribe(RfqQuestionAnswered, (ctx, e) => this.answered(ctx, e.questionId));
    events.subscribe(RfqReminded, async (ctx, e) => {
      await this.mailer.reminder(ctx, await this.rfq(ctx, e.rfqId));
    });
    events.subscribe(RfqClosed, async (ctx, e) =>
      this.mailer.closed(ctx, await this.rfq(ctx, e.rfqId), e.quotesReceived, e.invited, e.closedEarlyAt ? new Date(e.closedEarlyAt) : null),
    );
    events.subscribe(RfqDeclined, async (ctx, e) => {
      const invitation = await this.invitation(ctx, e.invitationId);
      await this.mailer.declined(ctx, await this.rfq(ctx, invitation.rfqId), invitation, e.reason);
    });
  }

  /** A published answer goes to every invitee (as the buyer worded the question), a private one to the asker. */
  private async answered(ctx: RequestContext, questionId: string): Promise<void> {
    const question = await this.connection.getRepository(ctx, RfqQuestion).findOneByOrFail({ id: questionId });
    const rfq = await this.rfq(ctx, question.rfqId);
    const answer = question.answer ?? '';
    if (question.visibility === QuestionVisibility.PUBLISHED) await this.mailer.answerPublished(ctx, rfq, question.publishedQuestion ?? question.body, answer);
    else await this.mailer.answerPrivate(ctx, rfq, await this.invitation(ctx, question.invitationId), question.body, answer);
  }

  rfq(ctx: RequestContext, id: string): Promise<Rfq> {
    return this.connection.getRepository(ctx, Rfq).findOneByOrFail({ id });
  }

  invitation(ctx: RequestContext, id: string): Promise<RfqInvitation> {
    return this.connection.getRepository(ctx, RfqInvitation).findOneByOrFail({ id });
  }

  /** The invitations in the order given. */
  async invitations(ctx: RequestContext, ids: string[]): Promise<RfqInvitation[]> {
    const found = await this.connection.getRepository(ctx, RfqInvitation).findBy({ id: In(ids) });
    return ids.flatMap((id) => found.filter((i) => i.id === id));
  }
}
