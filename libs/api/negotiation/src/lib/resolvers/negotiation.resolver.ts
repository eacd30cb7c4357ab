import { Args, ArgsType, Field, ID, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { AllowedMutation, Ctx, GraphQLContext, IdArg, RequestContext } from '@bc/api/core';
import { MAX_REASON_LENGTH, PurchaseCaseType, toCaseType } from '@bc/api/purchasing';
import { Permission } from '@bc/shared/domain';
import { OpenNegotiationRoundInput } from '../dto/negotiation.inputs';
import { NegotiationRoundType } from '../dto/negotiation.types';
import { RfqService, RfqType } from '@bc/api/rfq';
import { NegotiationService } from '../services/negotiation.service';

@ArgsType()
class SkipArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @Field({ description: 'Why the case goes to the decision without negotiating (required, at most 2000 characters)' })
  @IsString() @MaxLength(MAX_REASON_LENGTH, { message: `A reason is at most ${MAX_REASON_LENGTH} characters` }) reason!: string;
}

/** Negotiation after the RFQ: rounds of best and final offers, skipping the negotiation or finishing it. */
@Resolver()
export class NegotiationResolver {
  constructor(private readonly negotiation: NegotiationService) {}

  @AllowedMutation(() => NegotiationRoundType, Permission.NEGOTIATION_MANAGE, {
    description:
      'Asks chosen suppliers (invitations with a submitted quote on the closed RFQ) for a best and final offer by a deadline, with a message and targets per line if wanted. ' +
      'From EVALUATION (complete) or DECISION (no pending award proposal) the case moves to NEGOTIATION; in NEGOTIATION only while no round is open; at most 5 rounds.',
  })
  async openNegotiationRound(@Ctx() ctx: RequestContext, @Args('input') input: OpenNegotiationRoundInput): Promise<NegotiationRoundType> {
    return this.negotiation.openRound(ctx, input);
  }

  @AllowedMutation(() => NegotiationRoundType, Permission.NEGOTIATION_MANAGE, { description: "Ends an open round before its deadline; its revised quotes are then open to the buying side" })
  async endNegotiationRound(@Ctx() ctx: RequestContext, @IdArg('roundId') roundId: string): Promise<NegotiationRoundType> {
    return this.negotiation.endRound(ctx, roundId);
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.NEGOTIATION_MANAGE, {
    description:
      'Moves the case from EVALUATION to DECISION without negotiating, with a reason. Refused with TRANSITION_REFUSED (details.blockers: REASON_REQUIRED, EVALUATION_INCOMPLETE) ' +
      'while the reason is blank or the evaluation is not complete (every supplier scored on every criterion, prices converted; under two envelopes the technical scores locked).',
  })
  async skipNegotiation(@Ctx() ctx: RequestContext, @Args() args: SkipArgs): Promise<PurchaseCaseType> {
    return toCaseType(await this.negotiation.skip(ctx, args.caseId, args.reason));
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.NEGOTIATION_MANAGE, { description: 'Moves the case from NEGOTIATION to DECISION; refused (NEGOTIATION_ROUND_OPEN) while a round is open' })
  async finishNegotiation(@Ctx() ctx: RequestContext, @IdArg('caseId') caseId: string): Promise<PurchaseCaseType> {
    return toCaseType(await this.negotiation.finish(ctx, caseId));
  }
}

@Resolver(() => RfqType)
export class RfqNegotiationFieldResolver {
  constructor(
    private readonly negotiation: NegotiationService,
    private readonly rfqs: RfqService,
  ) {}

  @ResolveField(() => [NegotiationRoundType], { description: 'The negotiation rounds, oldest first: who was asked and who answered, never what' })
  async negotiationRounds(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<NegotiationRoundType[]> {
    await this.rfqs.open(ctx, rfq.id, Permission.RFQ_READ);
    return this.negotiation.rounds(ctx, rfq.id);
  }
}
