import { Injectable } from '@nestjs/common';
import { assertId, conflict, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { Permission, QuestionVisibility, RfqStatus } from '@bc/shared/domain';
import { RfqInvitation } from '../entities/invitation.entity';
import { RfqQuestion } from '../entities/question.entity';
import { Rfq } from '../entities/rfq.entity';
import { RfqMailer } from './rfq-mailer.service';
import { RfqService } from './rfq.service';

/** The longest question a supplier may ask (and a published rewording of it). */
export const MAX_QUESTION = 4000;

/**
 * The buyer answers a supplier's question privately (to the asker) or publishes question and
 * answer to every invitee without naming who asked; the buyer may reword the question for that.
 */
@Injectable()
export class QuestionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly rfqs: RfqService,
    private readonly mailer: RfqMailer,
  ) {}

  list(ctx: RequestContext, rfqId: string): Promise<RfqQuestion[]> {
    return this.connection.getRepository(ctx, RfqQuestion).find({ where: { rfqId, organizationId: ctx.organizationId }, order: { askedAt: 'ASC' } });
  }

  async answer(ctx: RequestContext, questionId: string, input: { answer: string; publish: boolean; publishedQuestion?: string | null }): Promise<{ question: RfqQuestion; rfq: Rfq }> {
    assertId(questionId, 'Question');
    const found = await this.connection.getRepository(ctx, RfqQuestion).findOne({ where: { id: questionId, organizationId: ctx.organizationId } });
    if (!found) throw notFound('Question');
    const { rfq } = await this.rfqs.open(ctx, found.rfqId, Permission.RFQ_MANAGE, true);
    const question = await this.connection.getRepository(ctx, RfqQuestion).findOneOrFail({ where: { id: questionId }, lock: { mode: 'pessimistic_write' } });
    if (rfq.status !== RfqStatus.PUBLISHED) throw conflict(`${rfq.reference} is ${rfq.status.toLowerCase()}: questions are answered while it is out`);
    const answer = input.answer.trim();
    if (!answer) throw validationFailed('input.answer', 'Write the answer');
    if (answer.length > 8000) throw validationFailed('input.answer', 'An answer is at most 8000 characters');
    if (question.visibility === QuestionVisibility.PUBLISHED) throw conflict('This answer is published to every invitee already: it stays as it is', 'id');
    const published = input.publish ? (input.publishedQuestion?.trim() || question.body) : null;
    if (published && published.length > MAX_QUESTION) throw validationFailed('input.publishedQuestion', `A question is at most ${MAX_QUESTION} characters`);
    const now = new Date();
    Object.assign(question, {
      answer,
      answeredBy: ctx.userId,
      answeredAt: now,
      ...(published ? { visibility: QuestionVisibility.PUBLISHED, publishedQuestion: published, publishedAt: now } : {}),
    });
    await this.connection.getRepository(ctx, RfqQuestion).save(question);
    await this.audit.record(ctx, {
      action: published ? 'rfq.answer-published' : 'rfq.answered',
      entityType: 'Rfq',
      entityId: rfq.id,
      summary: { reference: rfq.reference, questionId, ...(published ? { question: published } : {}), answer },
    });
    if (published) await this.mailer.answerPublished(ctx, rfq, published, answer);
    else {
      const invitation = await this.connection.getRepository(ctx, RfqInvitation).findOneOrFail({ where: { id: question.invitationId } });
      await this.mailer.answerPrivate(ctx, rfq, invitation, question.body, answer);
    }
    return { question, rfq };
  }
}
