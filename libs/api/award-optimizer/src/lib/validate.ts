import { isDecimal } from '@bc/shared/domain';
import type { ScenarioProblem, ScenarioRule } from './model';

/** A problem the optimizer cannot read; `field` names the bad value ("offers.3.unitPrice"). */
export class ScenarioInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ScenarioInputError';
  }
}

function fail(field: string, message: string): never {
  throw new ScenarioInputError(field, message);
}

function decimalAtLeast(value: unknown, field: string, positive = false): void {
  if (!isDecimal(value)) fail(field, `not a decimal number: "${String(value)}"`);
  const n = Number(value);
  if (positive ? !(n > 0) : n < 0) fail(field, positive ? 'must be above 0' : 'must not be negative');
}

function percent(value: unknown, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) fail(field, 'must be a percentage from 0 to 100');
}

function uniqueIds(items: readonly { id: string }[], field: string): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (typeof item.id !== 'string' || item.id === '') fail(`${field}.${i}.id`, 'missing');
    if (ids.has(item.id)) fail(`${field}.${i}.id`, `"${item.id}" appears twice`);
    ids.add(item.id);
  });
  return ids;
}

function known(ids: Set<string>, list: readonly string[] | undefined, field: string): void {
  (list ?? []).forEach((id, i) => ids.has(id) || fail(`${field}.${i}`, `unknown id "${id}"`));
}

/**
 * Checks a problem before it is solved: ids unique and known, quantities above 0, prices and
 * amounts decimal strings, percentages 0–100, counts whole.
 * @throws ScenarioInputError naming the first bad field.
 */
export function validateProblem(problem: ScenarioProblem): void {
  const lines = uniqueIds(problem.lines, 'lines');
  const suppliers = uniqueIds(problem.suppliers, 'suppliers');
  const groups = uniqueIds(problem.lineGroups ?? [], 'lineGroups');
  uniqueIds(problem.discounts ?? [], 'discounts');
  uniqueIds(problem.rules, 'rules');
  problem.lines.forEach((line, i) => {
    decimalAtLeast(line.quantity, `lines.${i}.quantity`, true);
    if (line.splitStep !== undefined) decimalAtLeast(line.splitStep, `lines.${i}.splitStep`, true);
  });
  const pairs = new Set<string>();
  problem.offers.forEach((offer, i) => {
    known(lines, [offer.lineId], `offers.${i}.lineId`);
    known(suppliers, [offer.supplierId], `offers.${i}.supplierId`);
    const pair = `${offer.lineId}\u0000${offer.supplierId}`;
    if (pairs.has(pair)) fail(`offers.${i}`, 'a second offer for the same line and supplier');
    pairs.add(pair);
    decimalAtLeast(offer.unitPrice, `offers.${i}.unitPrice`);
    if (offer.capacity != null) decimalAtLeast(offer.capacity, `offers.${i}.capacity`);
  });
  (problem.lineGroups ?? []).forEach((group, i) => known(lines, group.lineIds, `lineGroups.${i}.lineIds`));
  (problem.discounts ?? []).forEach((d, i) => {
    known(suppliers, [d.supplierId], `discounts.${i}.supplierId`);
    decimalAtLeast(d.value, `discounts.${i}.value`);
    if (d.type === 'PERCENT') percent(Number(d.value), `discounts.${i}.value`);
    else if (d.type !== 'AMOUNT') fail(`discounts.${i}.type`, 'must be PERCENT or AMOUNT');
    if ('minValue' in d.condition) decimalAtLeast(d.condition.minValue, `discounts.${i}.condition.minValue`);
    else known(lines, d.condition.lineIds, `discounts.${i}.condition.lineIds`);
  });
  if (problem.objective.kind === 'MAX_SCORE' && problem.objective.budget !== null) decimalAtLeast(problem.objective.budget, 'objective.budget');
  problem.rules.forEach((rule, i) => validateRule(rule, `rules.${i}`, { suppliers, groups, lines }));
}

function count(value: unknown, field: string): void {
  if (!Number.isInteger(value) || (value as number) < 0) fail(field, 'must be a whole number, 0 or more');
}

function validateRule(rule: ScenarioRule, field: string, ids: { suppliers: Set<string>; groups: Set<string>; lines: Set<string> }): void {
  switch (rule.kind) {
    case 'maxSuppliers':
      return count(rule.max, `${field}.max`);
    case 'minSuppliers':
      return count(rule.min, `${field}.min`);
    case 'share':
      known(ids.suppliers, rule.supplierIds, `${field}.supplierIds`);
      if (rule.lineGroupId !== undefined) known(ids.groups, [rule.lineGroupId], `${field}.lineGroupId`);
      if (rule.minPercent !== undefined) percent(rule.minPercent, `${field}.minPercent`);
      if (rule.maxPercent !== undefined) percent(rule.maxPercent, `${field}.maxPercent`);
      return basis(rule.basis, `${field}.basis`);
    case 'incumbentRetention':
      percent(rule.minPercent, `${field}.minPercent`);
      return basis(rule.basis, `${field}.basis`);
    case 'excludeSuppliers':
      return known(ids.suppliers, rule.supplierIds, `${field}.supplierIds`);
    case 'minReliability':
    case 'minTechnical':
      if (typeof rule.min !== 'number' || !Number.isFinite(rule.min)) fail(`${field}.min`, 'must be a number');
      return;
    case 'wholeLines':
      return known(ids.lines, rule.lineIds, `${field}.lineIds`);
    case 'lotsTogether':
      return known(ids.groups, rule.lineGroupIds, `${field}.lineGroupIds`);
    case 'capacity':
    case 'mustHavesRequired':
      return;
    default:
      fail(`${field}.kind`, `unknown rule "${(rule as { kind: string }).kind}"`);
  }
}

function basis(value: unknown, field: string): void {
  if (value !== 'VALUE' && value !== 'QUANTITY') fail(field, 'must be VALUE or QUANTITY');
}
