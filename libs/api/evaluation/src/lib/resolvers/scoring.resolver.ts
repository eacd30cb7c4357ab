import { Args, Int, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, GraphQLContext, IdArg, RequestContext, TransactionalConnection } from '@bc/api/core';
import { UserDirectory } from '@bc/api/identity';
import { PurchaseCase } from '@bc/api/purchasing';
import { Permission } from '@bc/shared/domain';
import { RfqResolver, RfqType } from '@bc/api/rfq';
import { EvaluatorScoreType, RfqEvaluationType } from '../dto/scoring.types';
import { ScoringService } from '../services/scoring.service';

/** Evaluators' scores of a closed RFQ's quotes and the evaluation built from them. */
@Resolver()
export class ScoringResolver {
  constructor(
    private readonly scoring: ScoringService,
    private readonly connection: TransactionalConnection,
    private readonly rfqView: RfqResolver,
  ) {}

  @AllowedQuery(() => RfqEvaluationType, Permission.QUOTE_READ, {
    description: "The evaluation of a closed RFQ's quotes: refused with SEALED until it has closed; without prices (pricesHidden) while two envelopes are not unlocked",
  })
  async rfqEvaluation(@Ctx() ctx: RequestContext, @IdArg('rfqId') rfqId: string): Promise<RfqEvaluationType> {
    return this.scoring.evaluate(ctx, rfqId);
  }

  @AllowedMutation(() => EvaluatorScoreType, Permission.QUOTE_SCORE, {
    description:
      "Scores a supplier's quote on a non-price criterion of a closed RFQ (0–10 with a comment). Specifiers score technical criteria, buyers commercial ones, " +
      "both reliability; an advisor's score is shown apart and does not count. A new score supersedes the evaluator's previous one, which is kept. " +
      'Technical criteria are refused with SCORES_LOCKED once the technical scores are locked (two envelopes).',
  })
  async scoreQuote(
    @Ctx() ctx: RequestContext,
    @IdArg('rfqId') rfqId: string,
    @IdArg('invitationId') invitationId: string,
    @Args('criterionKey') criterionKey: string,
    @Args('score', { type: () => Int }) score: number,
    @Args('comment') comment: string,
  ): Promise<EvaluatorScoreType> {
    return this.scoring.score(ctx, rfqId, invitationId, criterionKey, score, comment);
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_MANAGE, {
    description:
      'Two envelopes: locks the technical scores of a closed two-envelope RFQ for good, which shows the prices to the evaluators. ' +
      'Refused with CONFLICT (details.outstanding) until every specifier on the team has scored every technical criterion of every submitted quote.',
  })
  async lockTechnicalScores(@Ctx() ctx: RequestContext, @IdArg('rfqId') rfqId: string): Promise<RfqType> {
    const rfq = await this.scoring.lockTechnical(ctx, rfqId);
    const purchaseCase = await this.connection.getRepository(ctx, PurchaseCase).findOneOrFail({ where: { id: rfq.caseId } });
    return this.rfqView.view(ctx, rfq, purchaseCase);
  }
}

@Resolver(() => RfqType)
export class RfqEvaluationFieldResolver {
  constructor(
    private readonly scoring: ScoringService,
    private readonly directory: UserDirectory,
  ) {}

  @ResolveField(() => RfqEvaluationType, { description: 'The evaluation of the quotes: refused with SEALED until the RFQ has closed' })
  async evaluation(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<RfqEvaluationType> {
    return this.scoring.evaluate(ctx, rfq.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who locked the technical scores (two envelopes)' })
  async technicalLockedByName(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.directory.nameOf(ctx, rfq.technicalLockedBy ?? null);
  }
}
