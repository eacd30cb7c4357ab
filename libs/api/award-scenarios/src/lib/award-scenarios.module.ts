import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { AwardModule } from '@bc/api/award';
import { EvaluationModule } from '@bc/api/evaluation';
import { IdentityModule } from '@bc/api/identity';
import { PurchasingModule } from '@bc/api/purchasing';
import { QuotesModule } from '@bc/api/quotes';
import { RfqModule } from '@bc/api/rfq';
import { AwardScenarioResolver } from './resolvers/award-scenario.resolver';
import { AwardScenarioService } from './services/award-scenario.service';
import { BuiltInScenarios } from './services/built-in-scenarios';
import { ScenarioInputsService } from './services/scenario-inputs.service';
import { ScenarioProposalService } from './services/scenario-proposal.service';
import { ScenarioSolverProvider } from './services/scenario-solver.provider';
import { ScenarioWorkbook } from './services/scenario-workbook';

/** Award scenarios (issue 16): the buyer's rules, solved by the award optimizer in a worker, handed to the award proposal. */
@Module({
  imports: [AuditModule, AwardModule, EvaluationModule, IdentityModule, PurchasingModule, QuotesModule, RfqModule],
  providers: [ScenarioSolverProvider, ScenarioInputsService, BuiltInScenarios, AwardScenarioService, ScenarioProposalService, AwardScenarioResolver, ScenarioWorkbook],
  exports: [AwardScenarioService],
})
export class AwardScenariosModule {}
