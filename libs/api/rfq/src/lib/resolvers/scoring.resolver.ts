import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, Transaction } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { RfqType } from '../dto/rfq.types';
import { EvaluatorScoreType, RfqEvaluationType } from '../dto/scoring.types';
import { ScoringService } from '../services/scoring.service';

/** Evaluators' scores of a closed RFQ's quotes and the evaluation built from them. */
@Resolver()
export class ScoringResolver {
  constructor(private readonly scoring: ScoringService) {}

  @Query(() => RfqEvaluationType, { description: "The evaluation of a closed RFQ's quotes: refused with SEALED until it has closed" })
  @Allow(Permission.QUOTE_READ)
  async rfqEvaluation(@Ctx() ctx: RequestContext, @Args('rfqId', { type: () => ID }) rfqId: string): Promise<RfqEvaluationType> {
    return this.scoring.evaluate(ctx, rfqId);
  }

  @Mutation(() => EvaluatorScoreType, {
    description:
      "Scores a supplier's quote on a non-price criterion of a closed RFQ (0–10 with a comment). Specifiers score technical criteria, buyers commercial ones, " +
      "both reliability; an advisor's score is shown apart and does not count. A new score supersedes the evaluator's previous one, which is kept.",
  })
  @Allow(Permission.QUOTE_SCORE)
  @Transaction()
  async scoreQuote(
    @Ctx() ctx: RequestContext,
    @Args('rfqId', { type: () => ID }) rfqId: string,
    @Args('invitationId', { type: () => ID }) invitationId: string,
    @Args('criterionKey') criterionKey: string,
    @Args('score', { type: () => Int }) score: number,
    @Args('comment') comment: string,
  ): Promise<EvaluatorScoreType> {
    return this.scoring.score(ctx, rfqId, invitationId, criterionKey, score, comment);
  }
}

@Resolver(() => RfqType)
export class RfqEvaluationFieldResolver {
  constructor(private readonly scoring: ScoringService) {}

  @ResolveField(() => RfqEvaluationType, { description: 'The evaluation of the quotes: refused with SEALED until the RFQ has closed' })
  async evaluation(@Ctx() ctx: RequestContext, @Parent() rfq: RfqType): Promise<RfqEvaluationType> {
    return this.scoring.evaluate(ctx, rfq.id);
  }
}
