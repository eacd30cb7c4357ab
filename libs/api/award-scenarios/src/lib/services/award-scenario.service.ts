import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AppError, assertId, Clock, notFound, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { ScenarioInputError, type ScenarioProblem } from '@bc/api/award-optimizer';
import { UserDirectory } from '@bc/api/identity';
import { CaseAccessService } from '@bc/api/purchasing';
import { ErrorCode, Permission, can } from '@bc/shared/domain';
import { AwardScenario, AwardScenarioKind, AwardScenarioObjective, AwardScenarioStatus } from '../entities/award-scenario.entity';
import { AwardScenarioInput, CreateAwardScenarioInput } from '../dto/scenario.inputs';
import type { AwardScenarioComparisonType, AwardScenarioType } from '../dto/scenario.types';
import { BuiltInScenarios, parseBuiltInId } from './built-in-scenarios';
import { ScenarioInputs, ScenarioInputsService } from './scenario-inputs.service';
import { scenarioFromInput } from './scenario-rules';
import { ScenarioSolverProvider } from './scenario-solver.provider';
import { scenarioLock } from './scenario-stage';
import { Benchmarks, ScenarioRecord, scenarioView } from './scenario-views';

/** The optimizer's problem of a stored scenario on these inputs. */
export function problemOf(s: Pick<AwardScenario, 'objective' | 'budget' | 'lineGroups' | 'rules'>, inputs: ScenarioInputs): ScenarioProblem {
  return {
    ...inputs.base,
    lineGroups: s.lineGroups,
    objective: s.objective === AwardScenarioObjective.MAX_SCORE ? { kind: 'MAX_SCORE', budget: s.budget } : { kind: 'MIN_COST' },
    rules: s.rules,
  };
}

/**
 * A buyer's award scenarios on a closed RFQ (issue 16): kept per RFQ, built and solved by those
 * who may propose an award (buyers on the case), read by those who may read the quotes. Solving
 * runs HiGHS in the ScenarioSolver's worker thread, outside any database transaction: the result
 * is written (with its audit entry) in a short transaction of its own afterwards.
 */
/** A scenario without a result: as created, and after any change to it (solve it again). */
const UNSOLVED = { status: AwardScenarioStatus.UNSOLVED, result: null, inputsFingerprint: null, solvedBy: null, solvedAt: null } as const;

@Injectable()
export class AwardScenarioService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly inputs: ScenarioInputsService,
    private readonly builtIns: BuiltInScenarios,
    private readonly solvers: ScenarioSolverProvider,
    private readonly directory: UserDirectory,
    private readonly access: CaseAccessService,
    private readonly clock: Clock,
  ) {}

  /** The RFQ's scenarios side by side: the built-in ones (computed now) and the custom ones as last solved. */
  async comparison(ctx: RequestContext, rfqId: string): Promise<AwardScenarioComparisonType> {
    const { rfq, purchaseCase } = await this.inputs.open(ctx, rfqId, Permission.QUOTE_READ);
    const inputs = await this.inputs.of(ctx, rfq, purchaseCase);
    const builtIns = await this.builtIns.all(ctx, inputs);
    const stored = await this.connection.getRepository(ctx, AwardScenario).find({
      where: { rfqId: rfq.id, organizationId: ctx.organizationId, kind: AwardScenarioKind.CUSTOM, deletedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const benchmarks = benchmarksOf(builtIns, inputs);
    const records = [...builtIns, ...(await this.records(ctx, stored))];
    const { roles } = await this.access.open(ctx, purchaseCase.id);
    return {
      rfqId: rfq.id,
      rfqReference: rfq.reference,
      caseId: purchaseCase.id,
      currency: rfq.currency,
      estimate: inputs.estimate,
      bestSingleSupplierTotal: benchmarks.bestSingleSupplierTotal,
      inputsFingerprint: inputs.fingerprint,
      lines: inputs.lines,
      suppliers: inputs.suppliers.map((s) => ({
        invitationId: s.id,
        supplierId: s.supplierId,
        supplierName: s.name,
        rank: s.rank,
        reliabilityScore: s.reliabilityScore,
        technicalScore: s.technicalScore,
        totalScore: s.totalScore,
        mustHavesMet: s.mustHavesMet,
        incumbent: s.incumbent,
      })),
      leftOut: inputs.leftOut,
      scenarios: records.map((r) => scenarioView(r, inputs, benchmarks)),
      canEdit: can(roles, Permission.AWARD_PROPOSE) && scenarioLock(purchaseCase, rfq, inputs.evaluation, 'rfqId') === null,
    };
  }

  async create(ctx: RequestContext, input: CreateAwardScenarioInput): Promise<AwardScenarioType> {
    const { rfq, purchaseCase } = await this.inputs.open(ctx, input.rfqId, Permission.AWARD_PROPOSE);
    const inputs = await this.inputs.of(ctx, rfq, purchaseCase);
    throwIf(scenarioLock(purchaseCase, rfq, inputs.evaluation, 'input.rfqId'));
    const { lineGroups, rules, budget } = scenarioFromInput(input, knownOf(inputs));
    const repo = this.connection.getRepository(ctx, AwardScenario);
    const saved = await repo.save(
      repo.create({
        organizationId: ctx.organizationId,
        caseId: purchaseCase.id,
        rfqId: rfq.id,
        name: input.name,
        kind: AwardScenarioKind.CUSTOM,
        objective: input.objective,
        budget,
        lineGroups,
        rules,
        ...UNSOLVED,
        createdBy: ctx.userId,
        deletedAt: null,
      }),
    );
    await this.audited(ctx, 'award-scenario.created', saved, rfq.reference, { objective: input.objective, budget, rules: rules.map((r) => r.kind), lineGroups: lineGroups.length });
    return this.view(ctx, saved, inputs);
  }

  /** Replaces a custom scenario's name, objective, line groups and rules: its result is gone (solve it again). */
  async update(ctx: RequestContext, id: string, input: AwardScenarioInput): Promise<AwardScenarioType> {
    const scenario = await this.custom(ctx, id, true);
    const { rfq, purchaseCase } = await this.inputs.open(ctx, scenario.rfqId, Permission.AWARD_PROPOSE);
    const inputs = await this.inputs.of(ctx, rfq, purchaseCase);
    throwIf(scenarioLock(purchaseCase, rfq, inputs.evaluation, 'id'));
    const { lineGroups, rules, budget } = scenarioFromInput(input, knownOf(inputs));
    const repo = this.connection.getRepository(ctx, AwardScenario);
    await repo.update(scenario.id, {
      name: input.name,
      objective: input.objective,
      budget,
      lineGroups,
      rules,
      ...UNSOLVED,
    });
    const saved = await repo.findOneByOrFail({ id: scenario.id });
    await this.audited(ctx, 'award-scenario.updated', saved, rfq.reference, { objective: input.objective, budget, rules: rules.map((r) => r.kind), lineGroups: lineGroups.length });
    return this.view(ctx, saved, inputs);
  }

  /** Deletes a custom scenario (kept, marked deleted: a proposal made from it still points at it). */
  async remove(ctx: RequestContext, id: string): Promise<string> {
    const scenario = await this.custom(ctx, id, true);
    const { rfq, purchaseCase } = await this.inputs.open(ctx, scenario.rfqId, Permission.AWARD_PROPOSE);
    throwIf(scenarioLock(purchaseCase, rfq, null, 'id'));
    await this.connection.getRepository(ctx, AwardScenario).update(scenario.id, { deletedAt: this.clock.now() });
    await this.audited(ctx, 'award-scenario.deleted', scenario, rfq.reference, {});
    return scenario.id;
  }

  /**
   * Solves a custom scenario and prices each of its rules (one HiGHS run per rule more) in the
   * worker, then stores the result with the inputs' fingerprint. A scenario changed while it was
   * being solved keeps the change (STALE: solve it again).
   */
  async solve(ctx: RequestContext, id: string): Promise<AwardScenarioType> {
    if (parseBuiltInId(id)) throw new AppError(ErrorCode.VALIDATION_FAILED, 'A built-in scenario is solved whenever it is read', { field: 'id', details: { rule: 'BUILT_IN' } });
    const scenario = await this.custom(ctx, id, false);
    const { rfq, purchaseCase } = await this.inputs.open(ctx, scenario.rfqId, Permission.AWARD_PROPOSE);
    const inputs = await this.inputs.of(ctx, rfq, purchaseCase);
    throwIf(scenarioLock(purchaseCase, rfq, inputs.evaluation, 'id'));
    const analysed = await this.solvers
      .get()
      .analyse(problemOf(scenario, inputs))
      .catch((e: unknown) => {
        // The rules were checked against these inputs when saved; one naming what has gone since (a quote withdrawn) is refused here.
        if (e instanceof ScenarioInputError) throw new AppError(ErrorCode.STALE, `The scenario no longer fits the RFQ's quotes (${e.message}): edit it`, { field: 'id', details: { rule: 'SCENARIO_OUTDATED' } });
        throw e;
      });
    const saved = await this.connection.withTransaction(ctx, async () => {
      const repo = this.connection.getRepository(ctx, AwardScenario);
      const now = await repo.findOne({ where: { id: scenario.id }, lock: { mode: 'pessimistic_write' } });
      if (!now || now.deletedAt || now.updatedAt.getTime() !== scenario.updatedAt.getTime()) {
        throw new AppError(ErrorCode.STALE, 'The scenario was changed or deleted while it was being solved: solve it again', { field: 'id' });
      }
      await repo.update(scenario.id, {
        status: analysed.result.status as AwardScenarioStatus,
        result: analysed,
        inputsFingerprint: inputs.fingerprint,
        solvedBy: ctx.userId,
        solvedAt: this.clock.now(),
      });
      const saved = await repo.findOneByOrFail({ id: scenario.id });
      const r = analysed.result;
      await this.audited(ctx, 'award-scenario.solved', saved, rfq.reference, {
        status: r.status,
        totalCost: r.totalCost,
        supplierCount: r.supplierCount,
        ...(r.conflict ? { conflict: r.conflict } : {}),
        rulePrices: analysed.rulePrices.map((p) => ({ ruleId: p.ruleId, costOfRule: p.costOfRule })),
        inputsFingerprint: inputs.fingerprint,
      });
      return saved;
    });
    return this.view(ctx, saved, inputs);
  }

  /** A custom scenario of the caller's organization (NOT_FOUND otherwise, deleted ones included). */
  async custom(ctx: RequestContext, id: string, lock: boolean): Promise<AwardScenario> {
    assertId(id, 'Award scenario');
    const scenario = await this.connection.getRepository(ctx, AwardScenario).findOne({
      where: { id, organizationId: ctx.organizationId, kind: AwardScenarioKind.CUSTOM, deletedAt: IsNull() },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!scenario) throw notFound('Award scenario');
    return scenario;
  }

  /** One scenario as the comparison shows it, measured against the built-ins of the same inputs. */
  async view(ctx: RequestContext, scenario: AwardScenario, inputs: ScenarioInputs): Promise<AwardScenarioType> {
    const builtIns = await this.builtIns.all(ctx, inputs);
    const [record] = await this.records(ctx, [scenario]);
    return scenarioView(record, inputs, benchmarksOf(builtIns, inputs));
  }

  async records(ctx: RequestContext, stored: AwardScenario[]): Promise<ScenarioRecord[]> {
    const names = await this.directory.names(ctx, [...new Set(stored.map((s) => s.createdBy))]);
    return stored.map((s) => ({
      id: s.id,
      rfqId: s.rfqId,
      kind: s.kind,
      name: s.name,
      objective: s.objective,
      budget: s.budget === null ? null : String(s.budget),
      lineGroups: s.lineGroups,
      rules: s.rules,
      status: s.status,
      result: s.result,
      inputsFingerprint: s.inputsFingerprint,
      createdByName: names.get(s.createdBy) ?? null,
      createdAt: s.createdAt,
      solvedAt: s.solvedAt,
    }));
  }

  private audited(ctx: RequestContext, action: string, s: AwardScenario, rfqReference: string, summary: Record<string, unknown>): Promise<unknown> {
    return this.audit.record(ctx, {
      action,
      entityType: 'AwardScenario',
      entityId: s.id,
      organizationId: s.organizationId,
      summary: { rfq: rfqReference, rfqId: s.rfqId, caseId: s.caseId, name: s.name, kind: s.kind, ...summary },
    });
  }
}

export function throwIf(error: AppError | null): void {
  if (error) throw error;
}

export function knownOf(inputs: ScenarioInputs) {
  return { invitationIds: new Set(inputs.suppliers.map((s) => s.id)), lineKeys: new Set(inputs.lines.map((l) => l.key)) };
}

/** What every scenario is measured against: the best single supplier's total and the case's estimate. */
export function benchmarksOf(builtIns: readonly ScenarioRecord[], inputs: ScenarioInputs): Benchmarks {
  const single = builtIns.find((b) => b.kind === AwardScenarioKind.SINGLE_SUPPLIER)?.result?.result;
  return { bestSingleSupplierTotal: single && single.status === 'OPTIMAL' ? single.totalCost : null, estimate: inputs.estimate };
}

