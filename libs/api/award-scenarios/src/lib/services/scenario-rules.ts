import { AppError } from '@bc/api/core';
import type { LineGroup, ScenarioRule } from '@bc/api/award-optimizer';
import { ErrorCode } from '@bc/shared/domain';
import { AwardScenarioObjective } from '../entities/award-scenario.entity';
import { AwardScenarioInput, AwardScenarioRuleInput, AwardScenarioRuleKind, ShareBasis } from '../dto/scenario.inputs';

/** What a scenario's rules may name: the suppliers taking part (by invitation) and the specification's lines. */
export interface KnownIds {
  invitationIds: ReadonlySet<string>;
  lineKeys: ReadonlySet<string>;
}

/** Stable codes (`details.rule`) of what is wrong with a scenario's input, beyond a field's own shape. */
export const SCENARIO_INPUT_RULES = {
  REQUIRED: 'REQUIRED',
  NOT_FOR_KIND: 'NOT_FOR_KIND',
  NOT_FOR_OBJECTIVE: 'NOT_FOR_OBJECTIVE',
  UNKNOWN_SUPPLIER: 'UNKNOWN_SUPPLIER',
  UNKNOWN_LINE: 'UNKNOWN_LINE',
  UNKNOWN_LINE_GROUP: 'UNKNOWN_LINE_GROUP',
  DUPLICATE: 'DUPLICATE',
  MIN_ABOVE_MAX: 'MIN_ABOVE_MAX',
} as const;

const invalid = (field: string, message: string, rule: string) => new AppError(ErrorCode.VALIDATION_FAILED, message, { field, details: { rule } });

type RuleField = 'count' | 'basis' | 'minPercent' | 'maxPercent' | 'minScore' | 'invitationIds' | 'lineKeys' | 'lineGroupKey' | 'lineGroupKeys';
const RULE_FIELDS: readonly RuleField[] = ['count', 'basis', 'minPercent', 'maxPercent', 'minScore', 'invitationIds', 'lineKeys', 'lineGroupKey', 'lineGroupKeys'];

/** Per kind: the fields it needs, and those it may take besides. */
const FIELDS_OF: Record<AwardScenarioRuleKind, { required: RuleField[]; optional: RuleField[] }> = {
  MAX_SUPPLIERS: { required: ['count'], optional: [] },
  MIN_SUPPLIERS: { required: ['count'], optional: [] },
  SHARE: { required: ['basis'], optional: ['minPercent', 'maxPercent', 'invitationIds', 'lineGroupKey'] },
  CAPACITY: { required: [], optional: [] },
  EXCLUDE_SUPPLIERS: { required: ['invitationIds'], optional: [] },
  MIN_RELIABILITY: { required: ['minScore'], optional: [] },
  MIN_TECHNICAL: { required: ['minScore'], optional: [] },
  MUST_HAVES_REQUIRED: { required: [], optional: [] },
  INCUMBENT_RETENTION: { required: ['basis', 'minPercent'], optional: [] },
  WHOLE_LINES: { required: [], optional: ['lineKeys'] },
  LOTS_TOGETHER: { required: [], optional: ['lineGroupKeys'] },
};

/** The optimizer's id of the rule at `index` (0-based): conflicts and rule prices name it. */
export const ruleId = (index: number) => `r${index + 1}`;

/**
 * A scenario's input as the optimizer takes it, every field checked: each rule takes the fields its
 * kind needs and no other, suppliers are invitations taking part, lines and groups exist, nothing is
 * named twice, a share's minimum is not above its maximum, a budget only under MAX_SCORE. Refused
 * with VALIDATION_FAILED naming the field (`input.rules.2.invitationIds.0`) and `details.rule`.
 */
export function scenarioFromInput(input: AwardScenarioInput, known: KnownIds): { lineGroups: LineGroup[]; rules: ScenarioRule[]; budget: string | null } {
  if (input.budget != null && input.objective !== AwardScenarioObjective.MAX_SCORE) {
    throw invalid('input.budget', 'A budget belongs to the objective MAX_SCORE (the best score within the budget)', SCENARIO_INPUT_RULES.NOT_FOR_OBJECTIVE);
  }
  const lineGroups = (input.lineGroups ?? []).map((g, i) => lineGroupOf(g, i, known));
  const duplicate = lineGroups.findIndex((g, i) => lineGroups.findIndex((o) => o.id === g.id) !== i);
  if (duplicate >= 0) throw invalid(`input.lineGroups.${duplicate}.key`, `The line group ${lineGroups[duplicate].id} is given twice`, SCENARIO_INPUT_RULES.DUPLICATE);
  const groupIds = new Set(lineGroups.map((g) => g.id));
  const rules = (input.rules ?? []).map((r, i) => ruleOf(r, `input.rules.${i}`, ruleId(i), known, groupIds));
  return { lineGroups, rules, budget: input.budget ?? null };
}

function lineGroupOf(g: { key: string; name: string; lineKeys: string[] }, i: number, known: KnownIds): LineGroup {
  const field = `input.lineGroups.${i}.lineKeys`;
  return { id: g.key, name: g.name, lineIds: checkedList(g.lineKeys, field, known.lineKeys, 'line') };
}

/** A list of ids, each known and given once. */
function checkedList(ids: readonly string[], field: string, known: ReadonlySet<string>, what: 'supplier' | 'line' | 'line group'): string[] {
  const seen = new Set<string>();
  ids.forEach((id, j) => {
    if (!known.has(id)) {
      const rule = what === 'supplier' ? SCENARIO_INPUT_RULES.UNKNOWN_SUPPLIER : what === 'line' ? SCENARIO_INPUT_RULES.UNKNOWN_LINE : SCENARIO_INPUT_RULES.UNKNOWN_LINE_GROUP;
      const message =
        what === 'supplier' ? `${id} is not a supplier taking part in this RFQ's scenarios (an invitation with a submitted quote in the RFQ currency)` : `No ${what} ${id} in this scenario's RFQ`;
      throw invalid(`${field}.${j}`, message, rule);
    }
    if (seen.has(id)) throw invalid(`${field}.${j}`, `${id} is named twice`, SCENARIO_INPUT_RULES.DUPLICATE);
    seen.add(id);
  });
  return [...ids];
}

function ruleOf(r: AwardScenarioRuleInput, field: string, id: string, known: KnownIds, groups: ReadonlySet<string>): ScenarioRule {
  const { required, optional } = FIELDS_OF[r.kind];
  for (const f of RULE_FIELDS) {
    const given = r[f] !== undefined && r[f] !== null;
    if (required.includes(f) && !given) throw invalid(`${field}.${f}`, `A ${r.kind} rule needs ${f}`, SCENARIO_INPUT_RULES.REQUIRED);
    if (given && !required.includes(f) && !optional.includes(f)) throw invalid(`${field}.${f}`, `A ${r.kind} rule takes no ${f}`, SCENARIO_INPUT_RULES.NOT_FOR_KIND);
  }
  const suppliers = (ids: string[]) => checkedList(ids, `${field}.invitationIds`, known.invitationIds, 'supplier');
  switch (r.kind) {
    case AwardScenarioRuleKind.MAX_SUPPLIERS:
      return { id, kind: 'maxSuppliers', max: r.count! };
    case AwardScenarioRuleKind.MIN_SUPPLIERS:
      return { id, kind: 'minSuppliers', min: r.count! };
    case AwardScenarioRuleKind.SHARE:
      return shareRule(r, field, id, groups, suppliers);
    case AwardScenarioRuleKind.CAPACITY:
      return { id, kind: 'capacity' };
    case AwardScenarioRuleKind.EXCLUDE_SUPPLIERS:
      if (r.invitationIds!.length === 0) throw invalid(`${field}.invitationIds`, 'Name at least one supplier to exclude', SCENARIO_INPUT_RULES.REQUIRED);
      return { id, kind: 'excludeSuppliers', supplierIds: suppliers(r.invitationIds!) };
    case AwardScenarioRuleKind.MIN_RELIABILITY:
      return { id, kind: 'minReliability', min: r.minScore! };
    case AwardScenarioRuleKind.MIN_TECHNICAL:
      return { id, kind: 'minTechnical', min: r.minScore! };
    case AwardScenarioRuleKind.MUST_HAVES_REQUIRED:
      return { id, kind: 'mustHavesRequired' };
    case AwardScenarioRuleKind.INCUMBENT_RETENTION:
      return { id, kind: 'incumbentRetention', basis: r.basis!, minPercent: r.minPercent! };
    case AwardScenarioRuleKind.WHOLE_LINES:
      return r.lineKeys ? { id, kind: 'wholeLines', lineIds: checkedList(r.lineKeys, `${field}.lineKeys`, known.lineKeys, 'line') } : { id, kind: 'wholeLines' };
    case AwardScenarioRuleKind.LOTS_TOGETHER:
      if (!r.lineGroupKeys && groups.size === 0) throw invalid(`${field}.kind`, 'Lots kept together need line groups: add them to the scenario', SCENARIO_INPUT_RULES.REQUIRED);
      return r.lineGroupKeys ? { id, kind: 'lotsTogether', lineGroupIds: checkedList(r.lineGroupKeys, `${field}.lineGroupKeys`, groups, 'line group') } : { id, kind: 'lotsTogether' };
  }
}

function shareRule(r: AwardScenarioRuleInput, field: string, id: string, groups: ReadonlySet<string>, suppliers: (ids: string[]) => string[]): ScenarioRule {
  if (r.minPercent == null && r.maxPercent == null) throw invalid(`${field}.maxPercent`, 'A share rule sets a minimum, a maximum or both', SCENARIO_INPUT_RULES.REQUIRED);
  if (r.minPercent != null && r.maxPercent != null && r.minPercent > r.maxPercent) {
    throw invalid(`${field}.minPercent`, `The minimum share (${r.minPercent} %) is above the maximum (${r.maxPercent} %)`, SCENARIO_INPUT_RULES.MIN_ABOVE_MAX);
  }
  if (r.lineGroupKey != null && !groups.has(r.lineGroupKey)) throw invalid(`${field}.lineGroupKey`, `No line group ${r.lineGroupKey} in this scenario`, SCENARIO_INPUT_RULES.UNKNOWN_LINE_GROUP);
  return {
    id,
    kind: 'share',
    basis: r.basis as ShareBasis,
    ...(r.invitationIds ? { supplierIds: suppliers(r.invitationIds) } : {}),
    ...(r.lineGroupKey != null ? { lineGroupId: r.lineGroupKey } : {}),
    ...(r.minPercent != null ? { minPercent: r.minPercent } : {}),
    ...(r.maxPercent != null ? { maxPercent: r.maxPercent } : {}),
  };
}

/** The GraphQL kind of an optimizer rule. */
export const RULE_KIND_OF: Record<ScenarioRule['kind'], AwardScenarioRuleKind> = {
  maxSuppliers: AwardScenarioRuleKind.MAX_SUPPLIERS,
  minSuppliers: AwardScenarioRuleKind.MIN_SUPPLIERS,
  share: AwardScenarioRuleKind.SHARE,
  capacity: AwardScenarioRuleKind.CAPACITY,
  excludeSuppliers: AwardScenarioRuleKind.EXCLUDE_SUPPLIERS,
  minReliability: AwardScenarioRuleKind.MIN_RELIABILITY,
  minTechnical: AwardScenarioRuleKind.MIN_TECHNICAL,
  mustHavesRequired: AwardScenarioRuleKind.MUST_HAVES_REQUIRED,
  incumbentRetention: AwardScenarioRuleKind.INCUMBENT_RETENTION,
  wholeLines: AwardScenarioRuleKind.WHOLE_LINES,
  lotsTogether: AwardScenarioRuleKind.LOTS_TOGETHER,
};

/** Names the rules speak of: suppliers by invitation, lines by key, groups by key. */
export interface Names {
  supplier(invitationId: string): string;
  line(lineKey: string): string;
  group(groupKey: string): string;
}

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const basisWord = (b: string) => (b === 'VALUE' ? 'value' : 'quantity');

/** A rule in the API's words (English; the web and the documents say it in the reader's language from the rule's fields). */
export function describeRule(rule: ScenarioRule, names: Names): string {
  switch (rule.kind) {
    case 'maxSuppliers':
      return `At most ${rule.max} supplier${rule.max === 1 ? '' : 's'}`;
    case 'minSuppliers':
      return `At least ${rule.min} supplier${rule.min === 1 ? '' : 's'}`;
    case 'share': {
      const who = rule.supplierIds ? list(rule.supplierIds.map(names.supplier)) : 'Each supplier';
      const scope = rule.lineGroupId ? ` of ${names.group(rule.lineGroupId)}` : '';
      const bounds = [rule.minPercent != null ? `at least ${rule.minPercent} % (when awarded)` : null, rule.maxPercent != null ? `at most ${rule.maxPercent} %` : null].filter(Boolean).join(' and ');
      return `${who}: ${bounds} of the ${basisWord(rule.basis)}${scope}`;
    }
    case 'capacity':
      return "No supplier above its stated capacity";
    case 'excludeSuppliers':
      return `Exclude ${list(rule.supplierIds.map(names.supplier))}`;
    case 'minReliability':
      return `Nobody below reliability ${rule.min}`;
    case 'minTechnical':
      return `Nobody below technical score ${rule.min}`;
    case 'mustHavesRequired':
      return 'Every must-have requirement met';
    case 'incumbentRetention':
      return `Keep the incumbent at ${rule.minPercent} % or more of the ${basisWord(rule.basis)}`;
    case 'wholeLines':
      return rule.lineIds ? `Awarded whole: ${list(rule.lineIds.map(names.line))}` : 'Whole lines only';
    case 'lotsTogether':
      return rule.lineGroupIds ? `Kept together: ${list(rule.lineGroupIds.map(names.group))}` : 'Every lot kept together';
  }
}
