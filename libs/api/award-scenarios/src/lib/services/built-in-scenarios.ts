import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { asProposedScenario, bestPricePerLineProblem, singleSupplierScenario, type AllocationEntry, type ScenarioProblem, type ScenarioRule } from '@bc/api/award-optimizer';
import { AwardLine, AwardProposal } from '@bc/api/award';
import { AwardStatus, trimDecimal } from '@bc/shared/domain';
import { AwardScenarioKind, AwardScenarioObjective, AwardScenarioStatus, StoredScenarioResult } from '../entities/award-scenario.entity';
import type { ScenarioInputs } from './scenario-inputs.service';
import { ScenarioSolverProvider } from './scenario-solver.provider';
import type { ScenarioRecord } from './scenario-views';

export const BUILT_IN_KINDS = [AwardScenarioKind.BEST_PRICE_PER_LINE, AwardScenarioKind.SINGLE_SUPPLIER, AwardScenarioKind.AS_PROPOSED] as const;
export type BuiltInKind = (typeof BUILT_IN_KINDS)[number];

const NAMES: Record<BuiltInKind, string> = {
  BEST_PRICE_PER_LINE: 'Best price per line',
  SINGLE_SUPPLIER: 'Single supplier',
  AS_PROPOSED: 'As proposed',
};

/** A built-in scenario's id: `<rfqId>/<kind>` (it is not stored; awardScenarios gives it, and the mutations take it back). */
export const builtInId = (rfqId: string, kind: BuiltInKind) => `${rfqId}/${kind}`;

export function parseBuiltInId(id: string): { rfqId: string; kind: BuiltInKind } | null {
  const match = /^([0-9a-f-]{36})\/([A-Z_]+)$/i.exec(id);
  if (!match || !(BUILT_IN_KINDS as readonly string[]).includes(match[2])) return null;
  return { rfqId: match[1].toLowerCase(), kind: match[2] as BuiltInKind };
}

/** The built-in "best price per line" keeps one rule: nobody gets more of a line than it quoted (a quote's quantity is a real limit). */
const CAPACITY: ScenarioRule = { id: 'r1', kind: 'capacity' };

/** Results of the built-ins already computed, by the inputs' fingerprint: the same inputs give the same result. */
const CACHE_LIMIT = 200;

/**
 * The built-in scenarios of an RFQ, computed from its inputs as they are now: "best price per line"
 * (no rule but the quoted capacities; solved in the worker), "single supplier" (the cheapest
 * supplier that covers every line within its capacity; exact, no solver) and, when a pending or
 * approved award proposal exists, "as proposed" (its allocation evaluated, every line awarded whole
 * counted at the line's quantity).
 */
@Injectable()
export class BuiltInScenarios {
  private readonly cache = new Map<string, StoredScenarioResult>();

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly solvers: ScenarioSolverProvider,
  ) {}

  async all(ctx: RequestContext, inputs: ScenarioInputs): Promise<ScenarioRecord[]> {
    const records: ScenarioRecord[] = [];
    for (const kind of BUILT_IN_KINDS) {
      const record = await this.one(ctx, inputs, kind);
      if (record) records.push(record);
    }
    return records;
  }

  /** One built-in scenario now (null: "as proposed" without a proposal, or with a supplier no longer taking part). */
  async one(ctx: RequestContext, inputs: ScenarioInputs, kind: BuiltInKind): Promise<ScenarioRecord | null> {
    const problem: ScenarioProblem = { ...inputs.base, objective: { kind: 'MIN_COST' }, rules: [] };
    let rules: ScenarioRule[] = [];
    let stored: StoredScenarioResult | null;
    if (kind === AwardScenarioKind.BEST_PRICE_PER_LINE) {
      rules = [CAPACITY];
      stored = await this.cached(`${inputs.fingerprint}:${kind}`, async () => ({ result: await this.solvers.get().solve({ ...bestPricePerLineProblem(problem), rules }), rulePrices: [] }));
    } else if (kind === AwardScenarioKind.SINGLE_SUPPLIER) {
      stored = { result: singleSupplierScenario(problem), rulePrices: [] };
    } else {
      const allocation = await this.proposedAllocation(ctx, inputs);
      stored = allocation ? { result: asProposedScenario(problem, allocation), rulePrices: [] } : null;
    }
    if (!stored) return null;
    return {
      id: builtInId(inputs.rfq.id, kind),
      rfqId: inputs.rfq.id,
      kind,
      name: NAMES[kind],
      objective: AwardScenarioObjective.MIN_COST,
      budget: null,
      lineGroups: [],
      rules,
      status: stored.result.status as AwardScenarioStatus,
      result: stored,
      inputsFingerprint: inputs.fingerprint,
      createdByName: null,
      createdAt: null,
      solvedAt: null,
    };
  }

  private async cached(key: string, compute: () => Promise<StoredScenarioResult>): Promise<StoredScenarioResult> {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const value = await compute();
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, value);
    return value;
  }

  /** The allocation of the RFQ's pending or approved award proposal, as the optimizer reads one (null: none, or not all its suppliers take part). */
  private async proposedAllocation(ctx: RequestContext, inputs: ScenarioInputs): Promise<AllocationEntry[] | null> {
    const proposal = await this.connection.getRepository(ctx, AwardProposal).findOne({
      where: { rfqId: inputs.rfq.id, organizationId: ctx.organizationId, status: In([AwardStatus.PENDING, AwardStatus.APPROVED]) },
      order: { version: 'DESC' },
    });
    if (!proposal) return null;
    const lines = await this.connection.getRepository(ctx, AwardLine).find({ where: { proposalId: proposal.id } });
    const taking = new Set(inputs.suppliers.map((s) => s.id));
    const quantityOf = new Map(inputs.lines.map((l) => [l.key, l.quantity]));
    if (lines.some((l) => !taking.has(l.invitationId) || !quantityOf.has(l.lineKey))) return null;
    const parts = (key: string) => lines.filter((l) => l.lineKey === key).length;
    // A whole line was awarded at the quantity the supplier quoted (perhaps more than asked): the scenario counts the line's.
    return lines.map((l) => ({ lineId: l.lineKey, supplierId: l.invitationId, quantity: parts(l.lineKey) === 1 ? quantityOf.get(l.lineKey)! : trimDecimal(String(l.quantity)) }));
  }
}
