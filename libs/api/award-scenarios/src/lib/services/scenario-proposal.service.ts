import { Injectable } from '@nestjs/common';
import { AppError, Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { AwardProposal, AwardService, type DecisionRecordScenario } from '@bc/api/award';
import { ErrorCode, Permission } from '@bc/shared/domain';
import { AwardScenario, AwardScenarioKind, AwardScenarioObjective, AwardScenarioStatus } from '../entities/award-scenario.entity';
import { ProposeAwardFromScenarioInput } from '../dto/scenario.inputs';
import type { AwardScenarioType } from '../dto/scenario.types';
import { AwardScenarioService, benchmarksOf, throwIf } from './award-scenario.service';
import { BuiltInScenarios, parseBuiltInId } from './built-in-scenarios';
import { ScenarioInputs, ScenarioInputsService } from './scenario-inputs.service';
import { scenarioLock } from './scenario-stage';
import { Benchmarks, ruleWords, ScenarioRecord, scenarioView } from './scenario-views';

/** `details.rule` of a scenario that cannot become an award proposal as it stands. */
export const SCENARIO_HAND_OFF_RULES = {
  /** Not solved yet. */
  UNSOLVED: 'SCENARIO_UNSOLVED',
  /** Solved on other inputs than the RFQ has now (a quote changed): solve it again. */
  STALE: 'SCENARIO_STALE',
  /** No allocation: infeasible, or out of time before one was found. */
  NO_ALLOCATION: 'SCENARIO_NO_ALLOCATION',
  /** "As proposed" is the proposal already. */
  AS_PROPOSED: 'SCENARIO_IS_THE_PROPOSAL',
} as const;

const refuse = (message: string, rule: string) => new AppError(ErrorCode.CONFLICT, message, { field: 'input.scenarioId', details: { rule } });

/**
 * A chosen scenario becomes the award proposal (issue 16) through the award library's own
 * `propose`: the same checks (DECISION, complete evaluation, amounts, justification when not every
 * line goes to the first place), route and approvals. Every part of the allocation is one award
 * line with its quantity, so a line split between suppliers is awarded split. The proposal records
 * the scenario (a built-in one is stored then, frozen) and what the decision record shows of it.
 */
@Injectable()
export class ScenarioProposalService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly inputs: ScenarioInputsService,
    private readonly builtIns: BuiltInScenarios,
    private readonly scenarios: AwardScenarioService,
    private readonly awards: AwardService,
    private readonly clock: Clock,
  ) {}

  async propose(ctx: RequestContext, input: ProposeAwardFromScenarioInput): Promise<AwardProposal> {
    const builtIn = parseBuiltInId(input.scenarioId);
    const stored = builtIn ? null : await this.scenarios.custom(ctx, input.scenarioId, false);
    const rfqId = builtIn?.rfqId ?? stored!.rfqId;
    const { rfq, purchaseCase } = await this.inputs.open(ctx, rfqId, Permission.AWARD_PROPOSE);
    const inputs = await this.inputs.of(ctx, rfq, purchaseCase);
    throwIf(scenarioLock(purchaseCase, rfq, inputs.evaluation, 'input.scenarioId'));
    const benchmarks = benchmarksOf(await this.builtIns.all(ctx, inputs), inputs);

    let record: ScenarioRecord;
    if (builtIn) {
      if (builtIn.kind === AwardScenarioKind.AS_PROPOSED) throw refuse('“As proposed” is the award proposal already', SCENARIO_HAND_OFF_RULES.AS_PROPOSED);
      const computed = await this.builtIns.one(ctx, inputs, builtIn.kind);
      record = { ...computed!, solvedAt: this.clock.now() };
    } else {
      [record] = await this.scenarios.records(ctx, [stored!]);
      if (!record.result) throw refuse(`Solve “${record.name}” first`, SCENARIO_HAND_OFF_RULES.UNSOLVED);
      if (record.inputsFingerprint !== inputs.fingerprint) throw refuse(`The quotes changed since “${record.name}” was solved: solve it again`, SCENARIO_HAND_OFF_RULES.STALE);
    }
    const result = record.result!.result;
    if ((result.status !== 'OPTIMAL' && result.status !== 'TIME_LIMIT') || result.allocation.length === 0) {
      throw refuse(`“${record.name}” has no award to propose (${result.status.toLowerCase()})`, SCENARIO_HAND_OFF_RULES.NO_ALLOCATION);
    }

    const scenario = builtIn ? await this.storeBuiltIn(ctx, record, inputs) : stored!;
    const view = scenarioView({ ...record, id: scenario.id }, inputs, benchmarks);
    const lines = result.allocation.map((a) => ({ lineKey: a.lineId, invitationId: a.supplierId, quantity: a.quantity }));
    const proposal = await this.awards
      .propose(ctx, { caseId: purchaseCase.id, lines, justification: input.justification ?? null }, { scenarioId: scenario.id, scenario: recordOf(view, scenario, benchmarks, inputs) })
      .catch((e: unknown) => {
        // The award names its own input (input.caseId, input.lines.N…): here the scenario is what was given.
        if (e instanceof AppError && e.options.field && e.options.field !== 'input.justification') throw new AppError(e.code, e.message, { ...e.options, field: 'input.scenarioId' });
        throw e;
      });
    await this.audit.record(ctx, {
      action: 'award-scenario.proposed',
      entityType: 'AwardScenario',
      entityId: scenario.id,
      organizationId: scenario.organizationId,
      summary: { rfq: rfq.reference, rfqId: rfq.id, caseId: purchaseCase.id, name: scenario.name, kind: scenario.kind, proposalId: proposal.id, version: proposal.version, totalCost: result.totalCost, lines: lines.length },
    });
    return proposal;
  }

  /** A built-in scenario an award is proposed from is stored as it was then, so the proposal points at it. */
  private async storeBuiltIn(ctx: RequestContext, record: ScenarioRecord, inputs: ScenarioInputs): Promise<AwardScenario> {
    const repo = this.connection.getRepository(ctx, AwardScenario);
    return repo.save(
      repo.create({
        organizationId: ctx.organizationId,
        caseId: inputs.purchaseCase.id,
        rfqId: inputs.rfq.id,
        name: record.name,
        kind: record.kind,
        objective: AwardScenarioObjective.MIN_COST,
        budget: null,
        lineGroups: [],
        rules: record.rules,
        status: record.status as AwardScenarioStatus,
        result: record.result,
        inputsFingerprint: inputs.fingerprint,
        createdBy: ctx.userId,
        solvedBy: ctx.userId,
        solvedAt: record.solvedAt,
        deletedAt: null,
      }),
    );
  }
}

/** What the decision record keeps of the scenario: its objective, rules in words, result by supplier and each rule's price. */
function recordOf(view: AwardScenarioType, scenario: AwardScenario, benchmarks: Benchmarks, inputs: ScenarioInputs): DecisionRecordScenario {
  const r = view.result!;
  const names = { suppliers: new Map(inputs.suppliers.map((s) => [s.id, s.name])), positions: new Map(inputs.lines.map((l) => [l.key, l.position])), groups: new Map(view.lineGroups.map((g) => [g.key, g.name])) };
  return {
    id: scenario.id,
    name: view.name,
    kind: view.kind,
    objective: view.objective,
    budget: view.budget,
    status: view.status,
    solvedAt: scenario.solvedAt ? new Date(scenario.solvedAt).toISOString() : null,
    inputsFingerprint: scenario.inputsFingerprint,
    lineGroups: view.lineGroups,
    rules: view.rules.map((x) => ({ ...ruleWords(x, names), id: x.id, description: x.description })),
    result: {
      totalBeforeDiscounts: r.totalBeforeDiscounts,
      discountTotal: r.discountTotal,
      totalCost: r.totalCost,
      supplierCount: r.supplierCount,
      score: r.score,
      suppliers: r.suppliers.map((s) => ({ supplier: s.supplierName, value: s.value, discount: s.discount, net: s.net, valueShare: s.valueShare, quantityShare: s.quantityShare, lines: s.lines.length })),
    },
    rulePrices: r.rulePrices.map((p) => ({ ruleId: p.ruleId, description: p.description, status: p.status, totalCostWithout: p.totalCostWithout, costOfRule: p.costOfRule })),
    benchmarks: { bestSingleSupplierTotal: benchmarks.bestSingleSupplierTotal, estimate: benchmarks.estimate },
  };
}
