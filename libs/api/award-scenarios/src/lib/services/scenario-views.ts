import type { LineGroup, ScenarioConflict, ScenarioRule } from '@bc/api/award-optimizer';
import type { ScenarioRuleWords } from '@bc/api/award';
import { compareDecimals, Locale, percentOf, subtractMoney, sumMoney } from '@bc/shared/domain';
import { translator } from '@bc/shared/i18n/documents';
import { AwardScenarioKind, AwardScenarioObjective, AwardScenarioStatus, StoredScenarioResult } from '../entities/award-scenario.entity';
import { ShareBasis } from '../dto/scenario.inputs';
import type { AwardScenarioConflictType, AwardScenarioResultType, AwardScenarioRuleType, AwardScenarioType } from '../dto/scenario.types';
import { describeRule, Names, RULE_KIND_OF } from './scenario-rules';
import type { ScenarioInputs } from './scenario-inputs.service';

/** A scenario as stored, or a built-in one as computed now. */
export interface ScenarioRecord {
  id: string;
  rfqId: string;
  kind: AwardScenarioKind;
  name: string;
  objective: AwardScenarioObjective;
  budget: string | null;
  lineGroups: LineGroup[];
  rules: ScenarioRule[];
  status: AwardScenarioStatus;
  result: StoredScenarioResult | null;
  inputsFingerprint: string | null;
  createdByName: string | null;
  createdAt: Date | null;
  solvedAt: Date | null;
}

/** What the comparison measures each scenario against. */
export interface Benchmarks {
  bestSingleSupplierTotal: string | null;
  estimate: string | null;
}

/** Names of suppliers, lines and groups from the inputs (an id no longer there is shown as it is). */
export function namesOf(inputs: ScenarioInputs, lineGroups: readonly LineGroup[]): Names {
  const suppliers = new Map(inputs.suppliers.map((s) => [s.id, s.name]));
  const lines = new Map(inputs.lines.map((l) => [l.key, `line ${l.position} (${l.description})`]));
  const groups = new Map(lineGroups.map((g) => [g.id, `«${g.name}»`]));
  return { supplier: (id) => suppliers.get(id) ?? id, line: (key) => lines.get(key) ?? key, group: (key) => groups.get(key) ?? key };
}

/** Who and what a rule's ids name, for a reader: suppliers by invitation, lines by key (to their position), line groups by key. */
export interface RuleNames {
  suppliers: ReadonlyMap<string, string>;
  positions: ReadonlyMap<string, number>;
  groups: ReadonlyMap<string, string>;
}

/** A rule's kind and fields as a reader is told them (`scenarioRuleText` says them): names, not ids. */
export function ruleWords(rule: AwardScenarioRuleType, names: RuleNames): ScenarioRuleWords {
  const named = <T>(ids: string[] | null, of: ReadonlyMap<string, T>) => (ids === null ? null : ids.map((id) => of.get(id) ?? (id as unknown as T)));
  return {
    kind: rule.kind,
    description: rule.description,
    count: rule.count,
    basis: rule.basis,
    minPercent: rule.minPercent,
    maxPercent: rule.maxPercent,
    minScore: rule.minScore,
    suppliers: named(rule.invitationIds, names.suppliers),
    positions: named(rule.lineKeys, names.positions),
    group: rule.lineGroupKey === null ? null : (names.groups.get(rule.lineGroupKey) ?? rule.lineGroupKey),
    groups: named(rule.lineGroupKeys, names.groups),
  };
}

export function ruleView(rule: ScenarioRule, names: Names): AwardScenarioRuleType {
  const r = rule as unknown as Partial<Record<string, unknown>>;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const ids = (v: unknown) => (Array.isArray(v) ? (v as string[]) : null);
  return {
    id: rule.id,
    kind: RULE_KIND_OF[rule.kind],
    description: describeRule(rule, names),
    count: rule.kind === 'maxSuppliers' ? rule.max : rule.kind === 'minSuppliers' ? rule.min : null,
    basis: (r['basis'] as ShareBasis | undefined) ?? null,
    minPercent: num(r['minPercent']),
    maxPercent: num(r['maxPercent']),
    minScore: rule.kind === 'minReliability' || rule.kind === 'minTechnical' ? rule.min : null,
    invitationIds: ids(r['supplierIds']),
    lineKeys: ids(r['lineIds']),
    lineGroupKey: (r['lineGroupId'] as string | undefined) ?? null,
    lineGroupKeys: ids(r['lineGroupIds']),
  };
}

export function scenarioView(s: ScenarioRecord, inputs: ScenarioInputs, benchmarks: Benchmarks): AwardScenarioType {
  const names = namesOf(inputs, s.lineGroups);
  const rules = s.rules.map((r) => ruleView(r, names));
  return {
    id: s.id,
    rfqId: s.rfqId,
    kind: s.kind,
    builtIn: s.kind !== AwardScenarioKind.CUSTOM,
    name: s.name,
    objective: s.objective,
    budget: s.budget,
    lineGroups: s.lineGroups.map((g) => ({ key: g.id, name: g.name, lineKeys: g.lineIds })),
    rules,
    status: s.status,
    stale: s.result !== null && s.inputsFingerprint !== inputs.fingerprint,
    result: s.result ? resultView(s.result, rules, inputs, benchmarks) : null,
    createdByName: s.createdByName,
    createdAt: s.createdAt,
    solvedAt: s.solvedAt,
  };
}

function resultView(stored: StoredScenarioResult, rules: AwardScenarioRuleType[], inputs: ScenarioInputs, benchmarks: Benchmarks): AwardScenarioResultType {
  const { result, rulePrices } = stored;
  const lineOf = new Map(inputs.lines.map((l) => [l.key, l]));
  const supplierOf = new Map(inputs.suppliers.map((s) => [s.id, s]));
  const discountOf = new Map<string, string>();
  for (const d of result.discounts) discountOf.set(d.supplierId, sumMoney([discountOf.get(d.supplierId) ?? '0', d.amount]));
  const allocation = result.allocation.map((a) => {
    const line = lineOf.get(a.lineId);
    return {
      lineKey: a.lineId,
      position: line?.position ?? 0,
      description: line?.description ?? a.lineId,
      unit: line?.unit ?? '',
      invitationId: a.supplierId,
      quantity: a.quantity,
      wholeLine: line ? compareDecimals(a.quantity, line.quantity) === 0 : true,
      unitPrice: a.unitPrice,
      total: a.total,
    };
  });
  const solved = result.status === 'OPTIMAL' || result.status === 'TIME_LIMIT' || result.status === 'EVALUATED';
  const has = solved && result.allocation.length > 0;
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const savings = (benchmark: string | null) => (has && benchmark !== null ? subtractMoney(benchmark, result.totalCost) : null);
  const vsEstimate = savings(benchmarks.estimate);
  return {
    totalBeforeDiscounts: result.totalBeforeDiscounts,
    discountTotal: sumMoney(result.discounts.map((d) => d.amount)),
    totalCost: result.totalCost,
    savingsVsSingleSupplier: savings(benchmarks.bestSingleSupplierTotal),
    savingsVsEstimate: vsEstimate,
    savingsVsEstimatePercent: vsEstimate !== null && benchmarks.estimate !== null && compareDecimals(benchmarks.estimate, '0') > 0 ? percentOf(vsEstimate, benchmarks.estimate) : null,
    supplierCount: result.supplierCount,
    score: result.score,
    split: allocation.some((a) => !a.wholeLine),
    suppliers: [...result.suppliers]
      .sort((a, b) => compareDecimals(b.value, a.value) || (supplierOf.get(a.supplierId)?.name ?? '').localeCompare(supplierOf.get(b.supplierId)?.name ?? ''))
      .map((s) => ({
        invitationId: s.supplierId,
        supplierId: supplierOf.get(s.supplierId)?.supplierId ?? s.supplierId,
        supplierName: supplierOf.get(s.supplierId)?.name ?? s.supplierId,
        value: s.value,
        discount: discountOf.get(s.supplierId) ?? '0.00',
        net: s.net,
        valueShare: s.valueShare,
        quantity: s.quantity,
        quantityShare: s.quantityShare,
        lines: allocation.filter((a) => a.invitationId === s.supplierId).sort((a, b) => a.position - b.position),
      })),
    rulePrices: rulePrices.map((p) => ({
      ruleId: p.ruleId,
      kind: ruleById.get(p.ruleId)?.kind ?? RULE_KIND_OF[p.kind],
      description: ruleById.get(p.ruleId)?.description ?? p.ruleId,
      status: p.status as AwardScenarioStatus,
      totalCostWithout: p.totalCostWithout,
      costOfRule: p.costOfRule,
      scoreWithout: p.scoreWithout,
      scoreDifference: p.scoreDifference,
    })),
    conflict: result.conflict ? conflictView(result.conflict, ruleById, inputs) : null,
    violations: result.violations.map((v) => ({ ruleId: v.ruleId, message: v.message })),
    // Results stored before the gap was recorded were solved exactly: OPTIMAL was proven then.
    gap: result.gap ?? (result.status === 'OPTIMAL' ? 0 : null),
    provenOptimal: result.provenOptimal ?? result.status === 'OPTIMAL',
  };
}

function conflictView(conflict: ScenarioConflict, ruleById: ReadonlyMap<string, AwardScenarioRuleType>, inputs: ScenarioInputs): AwardScenarioConflictType {
  const rules = conflict.ruleIds.flatMap((id) => (ruleById.has(id) ? [ruleById.get(id)!] : []));
  const lines = inputs.lines.filter((l) => conflict.linesWithoutOffers.includes(l.key));
  return { rules, budget: conflict.budget, linesWithoutOffers: lines, explanation: explainConflict(Locale.EN, rules.map((r) => r.description), conflict.budget, lines) };
}

/**
 * The conflict in the reader's words: which rules (given in words) cannot hold together, or which
 * lines nobody offered. English in the API's `explanation`; the workbook's reader's language there.
 */
export function explainConflict(locale: Locale, rules: string[], budget: boolean, linesWithoutOffers: ReadonlyArray<{ position: number; description: string }>): string {
  const t = translator(locale, 'documents.scenarioConflict');
  if (linesWithoutOffers.length > 0) return t('noOffers', { lines: linesWithoutOffers.map((l) => t('line', { position: l.position, description: l.description })).join(', ') });
  const quoted = rules.map((rule) => t('rule', { rule }));
  if (budget && quoted.length === 0) return t('budgetOnly');
  const parts = budget ? [...quoted, t('budget')] : quoted;
  if (parts.length === 1) return t('one', { rule: parts[0] });
  return t('all', { rules: parts.slice(0, -1).join(', '), last: parts[parts.length - 1] });
}
