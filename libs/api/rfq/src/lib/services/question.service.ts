import { Injectable } from '@nestjs/common';
import { assertId, Clock, conflict, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { UserDirectory } from '@bc/api/identity';
import { RfqQuestionType } from '../dto/rfq.types';
import { Permission, QuestionVisibility, RfqStatus } from '@bc/shared/domain';
import { RfqQuestion } from '../entities/question.entity';
import { Rfq } from '../entities/rfq.entity';
import { RfqQuestionAnswered } from '../events/rfq-events';
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
    private readonly directory: UserDirectory,
    private readonly clock: Clock,
  ) {}

  /** The RFQ's questions as the buying side sees them (`ids`: only these), in the order asked. */
  async views(ctx: RequestContext, rfqId: string, ids?: readonly string[]): Promise<RfqQuestionType[]> {
    const rows: Array<RfqQuestion & { supplierName: string }> = await this.connection.manager(ctx).query(
      `SELECT q.id, q.body, q.asked_at AS "askedAt", i.supplier_name AS "supplierName", q.answer, q.answered_at AS "answeredAt",
              q.answered_by AS "answeredBy", q.visibility, q.published_question AS "publishedQuestion"
         FROM rfq_question q JOIN rfq_invitation i ON i.id = q.invitation_id
        WHERE q.rfq_id = $1 AND q.organization_id = $2 ${ids ? 'AND q.id = ANY ($3::uuid[])' : ''}
        ORDER BY q.asked_at`,
      ids ? [rfqId, ctx.organizationId, ids] : [rfqId, ctx.organizationId],
    );
    const names = await this.directory.names(ctx, [...new Set(rows.flatMap((r) => (r.answeredBy ? [r.answeredBy] : [])))]);
    return rows.map((r) => ({
      id: r.id,
      body: r.body,
      askedAt: r.askedAt,
      supplierName: r.supplierName,
      answer: r.answer ?? null,
      answeredAt: r.answeredAt ?? null,
      answeredByName: (r.answeredBy && names.get(r.answeredBy)) ?? null,
      visibility: r.visibility,
      publishedQuestion: r.publishedQuestion ?? null,
    }));
  }

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
    const now = this.clock.now();
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
    await ctx.publish(RfqQuestionAnswered, { questionId });
    return { question, rfq };
  }

  /** Per RFQ, how many questions wait for an answer and since when. */
  async unanswered(ctx: RequestContext, rfqIds: readonly string[]): Promise<Array<{ rfqId: string; n: number; since: Date }>> {
    if (rfqIds.length === 0) return [];
    return this.connection.manager(ctx).query(
      `SELECT rfq_id AS "rfqId", count(*)::int AS n, min(asked_at) AS since FROM rfq_question WHERE rfq_id = ANY($1::uuid[]) AND answered_at IS NULL GROUP BY rfq_id`,
      [[...rfqIds]],
    );
  }
}
