import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, AllowedMutation, AllowedQuery, Ctx, IdArg, RequestContext, stacked } from '@bc/api/core';
import { AwardProposalType, AwardViewService } from '@bc/api/award';
import { Permission } from '@bc/shared/domain';
import { AwardScenarioInput, CreateAwardScenarioInput, ProposeAwardFromScenarioInput } from '../dto/scenario.inputs';
import { AwardScenarioComparisonType, AwardScenarioType } from '../dto/scenario.types';
import { AwardScenarioService } from '../services/award-scenario.service';
import { ScenarioProposalService } from '../services/scenario-proposal.service';

/**
 * A mutation without the request-wide transaction: solving waits for HiGHS in a worker thread,
 * which must not hold a database connection (and the case's rows) meanwhile; the service writes the
 * result in a short transaction of its own.
 */
const SolvingMutation = (permission: Permission, description: string) => stacked(Mutation(() => AwardScenarioType, { description }), Allow(permission));

/** Award scenarios (issue 16): built and solved by buyers, read by whoever reads the quotes, handed to the award proposal. */
@Resolver()
export class AwardScenarioResolver {
  constructor(
    private readonly scenarios: AwardScenarioService,
    private readonly proposals: ScenarioProposalService,
    private readonly awardViews: AwardViewService,
  ) {}

  @AllowedQuery(() => AwardScenarioComparisonType, Permission.QUOTE_READ, {
    description:
      "A closed RFQ's award scenarios side by side: the built-in ones (best price per line, single supplier, as proposed) computed now, and the custom ones as last solved (stale when a quote changed since)",
  })
  awardScenarios(@Ctx() ctx: RequestContext, @IdArg('rfqId') rfqId: string): Promise<AwardScenarioComparisonType> {
    return this.scenarios.comparison(ctx, rfqId);
  }

  @AllowedMutation(() => AwardScenarioType, Permission.AWARD_PROPOSE, { description: 'Adds a custom scenario to a closed, evaluated RFQ (unsolved)' })
  createAwardScenario(@Ctx() ctx: RequestContext, @Args('input') input: CreateAwardScenarioInput): Promise<AwardScenarioType> {
    return this.scenarios.create(ctx, input);
  }

  @AllowedMutation(() => AwardScenarioType, Permission.AWARD_PROPOSE, { description: "Replaces a custom scenario's name, objective, line groups and rules; its result is dropped" })
  updateAwardScenario(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: AwardScenarioInput): Promise<AwardScenarioType> {
    return this.scenarios.update(ctx, id, input);
  }

  @AllowedMutation(() => String, Permission.AWARD_PROPOSE, { description: 'Deletes a custom scenario; answers its id' })
  deleteAwardScenario(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<string> {
    return this.scenarios.remove(ctx, id);
  }

  @SolvingMutation(
    Permission.AWARD_PROPOSE,
    'Solves a custom scenario in the solver worker (HiGHS, with a time limit per run) and prices each rule; an infeasible one names the minimal set of conflicting rules',
  )
  solveAwardScenario(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<AwardScenarioType> {
    return this.scenarios.solve(ctx, id);
  }

  @AllowedMutation(() => AwardProposalType, Permission.AWARD_PROPOSE, {
    description:
      'Proposes the award a solved scenario found (split lines with their quantities) through the approval flow, as proposeAward does; the proposal and its decision record keep the scenario',
  })
  async proposeAwardFromScenario(@Ctx() ctx: RequestContext, @Args('input') input: ProposeAwardFromScenarioInput): Promise<AwardProposalType> {
    return this.awardViews.one(ctx, await this.proposals.propose(ctx, input));
  }
}
