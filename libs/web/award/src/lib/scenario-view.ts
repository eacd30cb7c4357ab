import { ErrorCode } from '@bc/shared/domain';
import { AppError, AwardScenarioRuleFieldsFragment, fieldIn } from '@bc/web/data-access';
import { awardErrorTranslation } from './award-view';

/**
 * Pure helpers of the award scenarios panel and its dialog (issue 16): each rule in the reader's
 * language from its kind and fields (the API's `description` is English only; the words are the
 * decision record's, `documents.decisionRecordScenario.ruleText`, mirrored under
 * `award.scenarios.ruleText`), and the API's errors at the dialog's fields.
 */

export interface RuleText {
  key: string;
  params: Record<string, unknown>;
}

/** Names of what rules refer to: suppliers by invitation, lines by key, groups by key. */
export interface RuleNames {
  supplier(invitationId: string): string;
  linePosition(lineKey: string): string;
  group(key: string): string;
}

const PREFIX = 'award.scenarios.ruleText.';

/**
 * A rule in words: the translation key and its parameters. Parameters ending in `Key` are keys
 * themselves (`award.scenarios.everySupplier`, `award.scenarios.basis.VALUE`): `ScenarioRulePipe`
 * translates them first and passes them without the suffix.
 */
export function ruleText(rule: AwardScenarioRuleFieldsFragment, names: RuleNames): RuleText {
  const who = rule.invitationIds?.length ? rule.invitationIds.map((id) => names.supplier(id)).join(', ') : null;
  const basisKey = `award.scenarios.basis.${rule.basis ?? 'VALUE'}`;
  const scope = rule.lineGroupKey ? names.group(rule.lineGroupKey) : '';
  switch (rule.kind) {
    case 'MAX_SUPPLIERS':
    case 'MIN_SUPPLIERS':
      return { key: PREFIX + rule.kind, params: { n: rule.count } };
    case 'MIN_RELIABILITY':
    case 'MIN_TECHNICAL':
      return { key: PREFIX + rule.kind, params: { n: rule.minScore } };
    case 'SHARE': {
      const kind = rule.minPercent != null && rule.maxPercent != null ? 'SHARE_BOTH' : rule.maxPercent != null ? 'SHARE_MAX' : 'SHARE_MIN';
      return {
        key: PREFIX + kind,
        params: { who, whoKey: who ? null : 'award.scenarios.everySupplier', min: rule.minPercent, max: rule.maxPercent, basisKey, scope: scope ? ` (${scope})` : '' },
      };
    }
    case 'EXCLUDE_SUPPLIERS':
      return { key: PREFIX + rule.kind, params: { who: who ?? '' } };
    case 'INCUMBENT_RETENTION':
      return { key: PREFIX + rule.kind, params: { min: rule.minPercent, basisKey } };
    case 'WHOLE_LINES':
      return rule.lineKeys?.length
        ? { key: PREFIX + 'WHOLE_LINES_SOME', params: { lines: rule.lineKeys.map((k) => names.linePosition(k)).join(', ') } }
        : { key: PREFIX + rule.kind, params: {} };
    case 'LOTS_TOGETHER':
      return rule.lineGroupKeys?.length
        ? { key: PREFIX + 'LOTS_TOGETHER_SOME', params: { groups: rule.lineGroupKeys.map((k) => names.group(k)).join(', ') } }
        : { key: PREFIX + rule.kind, params: {} };
    default:
      return { key: PREFIX + rule.kind, params: {} };
  }
}

/** The fields of the scenario dialog an API error may name (`input.rules.2.count` → that rule's count). */
export const SCENARIO_FIELDS = [
  'name',
  'objective',
  'budget',
  'count',
  'basis',
  'minPercent',
  'maxPercent',
  'minScore',
  'invitationIds',
  'lineKeys',
  'lineGroupKey',
  'lineGroupKeys',
  'key',
  'rules',
  'lineGroups',
] as const;
export type ScenarioField = (typeof SCENARIO_FIELDS)[number];

/** The index after `segments[at]` when it is one (`rules.2` → 2). */
function indexAfter(segments: string[], name: string): { at: number; index: number | null } {
  const at = segments.indexOf(name);
  return { at, index: at >= 0 && /^\d+$/.test(segments[at + 1] ?? '') ? Number(segments[at + 1]) : null };
}

/**
 * Where an error belongs in the dialog: a top field, a rule's field (by the rule's index in the
 * input; `rules` for the rule as a whole) or a line group's (`input.lineGroups.0.lineKeys.1` →
 * group 0's lines; `lineGroups` for the group as a whole).
 */
export function scenarioFieldOf(error: AppError): { field: ScenarioField; rule: number | null; group: number | null } | null {
  if (error.code !== ErrorCode.VALIDATION_FAILED || !error.field) return null;
  const segments = error.field.split('.');
  const inside = (at: number, fields: readonly ScenarioField[]) => segments.slice(at + 2).find((s): s is ScenarioField => (fields as readonly string[]).includes(s));
  const rule = indexAfter(segments, 'rules');
  if (rule.index !== null) return { field: inside(rule.at, SCENARIO_FIELDS) ?? 'rules', rule: rule.index, group: null };
  const group = indexAfter(segments, 'lineGroups');
  if (group.index !== null) return { field: inside(group.at, ['name', 'key', 'lineKeys']) ?? 'lineGroups', rule: null, group: group.index };
  const field = fieldIn(error, SCENARIO_FIELDS);
  return field ? { field, rule: null, group: null } : null;
}

/** The rule a scenario error names (`details.rule`), e.g. MIN_ABOVE_MAX, in words; else the field's general words. */
export function scenarioFieldMessage(error: AppError): RuleText {
  const rule = typeof error.details?.['rule'] === 'string' ? (error.details['rule'] as string) : null;
  const known = ['REQUIRED', 'NOT_FOR_KIND', 'NOT_FOR_OBJECTIVE', 'UNKNOWN_SUPPLIER', 'UNKNOWN_LINE', 'UNKNOWN_LINE_GROUP', 'DUPLICATE', 'MIN_ABOVE_MAX', 'MAX', 'MIN', 'ARRAY_MIN_SIZE', 'IS_NOT_EMPTY'];
  return { key: `award.scenarios.fieldErrors.${rule && known.includes(rule) ? rule : 'INVALID'}`, params: {} };
}

/** Codes the scenario screens say in their own words; the rest as the award panel says them. */
export function scenarioErrorTranslation(error: AppError): { key: string; params: Record<string, unknown> } {
  const rule = typeof error.details?.['rule'] === 'string' ? (error.details['rule'] as string) : null;
  if (error.code === ErrorCode.CONFLICT && rule && ['SCENARIO_UNSOLVED', 'SCENARIO_STALE', 'SCENARIO_NO_ALLOCATION', 'SCENARIO_IS_THE_PROPOSAL'].includes(rule)) {
    return { key: `award.scenarios.errors.${rule}`, params: {} };
  }
  return awardErrorTranslation(error);
}
