import { Injectable, signal } from '@angular/core';
import { ErrorCode } from '@bc/shared/domain';
import {
  AwardScenarioFieldsFragment,
  AwardScenariosGQL,
  AwardScenariosQuery,
  CaseAwardFieldsFragment,
  DeleteAwardScenarioGQL,
  ProposeAwardFromScenarioGQL,
  SolveAwardScenarioGQL,
} from '@bc/web/data-access';
import { ActionState, FeatureFacade, reloadOn } from '@bc/web/case-kit';
import { scenarioErrorTranslation } from './scenario-view';

export type ScenarioComparison = AwardScenariosQuery['awardScenarios'];

/** Codes after which the panel shows the scenarios as they now are. */
const RELOAD_ON: readonly string[] = [ErrorCode.CONFLICT, ErrorCode.STALE, ErrorCode.NOT_FOUND, ErrorCode.STAGE_LOCKED];

/**
 * The award scenarios panel's data (issue 16): an RFQ's scenarios side by side, solving and
 * deleting a custom one, and proposing the award a solved one found. Provided by the panel.
 */
@Injectable()
export class AwardScenariosFacade extends FeatureFacade {
  private rfqId = '';
  readonly state = new ActionState(reloadOn(RELOAD_ON, () => this.load(this.rfqId, true)), false, scenarioErrorTranslation);
  readonly comparison = signal<ScenarioComparison | null>(null);

  async load(rfqId = this.rfqId, keepError = false): Promise<void> {
    this.rfqId = rfqId;
    await this.state.load(async () => {
      this.comparison.set((await this.api.read(AwardScenariosGQL, { rfqId })).awardScenarios);
    }, keepError);
  }

  /** A scenario the server answered (created, solved), put in its place or added last. */
  replaced(scenario: AwardScenarioFieldsFragment): void {
    this.comparison.update((c) => {
      if (!c) return c;
      const known = c.scenarios.some((s) => s.id === scenario.id);
      return { ...c, scenarios: known ? c.scenarios.map((s) => (s.id === scenario.id ? scenario : s)) : [...c.scenarios, scenario] };
    });
  }

  solve(id: string): Promise<AwardScenarioFieldsFragment | undefined> {
    return this.state.run(async () => {
      const solved = (await this.api.write(SolveAwardScenarioGQL, { id })).solveAwardScenario;
      this.replaced(solved);
      return solved;
    });
  }

  remove(id: string): Promise<true | undefined> {
    return this.done(async () => {
      await this.api.write(DeleteAwardScenarioGQL, { id });
      this.comparison.update((c) => (c ? { ...c, scenarios: c.scenarios.filter((s) => s.id !== id) } : c));
    });
  }

  propose(scenarioId: string, justification: string): Promise<CaseAwardFieldsFragment | undefined> {
    return this.state.run(async () => (await this.api.write(ProposeAwardFromScenarioGQL, { input: { scenarioId, justification: justification || null } })).proposeAwardFromScenario);
  }
}
