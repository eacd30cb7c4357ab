import type { Locale } from '@bc/shared/domain';
import { interpolate, translator } from '@bc/shared/i18n/documents';

/**
 * An award scenario's rule as a reader is told it: its kind (AwardScenarioRuleKind) and fields,
 * suppliers and line groups by name, lines by position. `description`: the API's English words,
 * said when the catalogue has no words for the kind.
 */
export interface ScenarioRuleWords {
  kind: string;
  description?: string;
  count: number | null;
  basis: string | null;
  minPercent: number | null;
  maxPercent: number | null;
  minScore: number | null;
  suppliers: string[] | null;
  positions: number[] | null;
  group: string | null;
  groups: string[] | null;
}

/**
 * A scenario rule in the reader's language, from its kind and fields: the one wording of rules in
 * documents (the decision record, the comparison workbook); the web says them from the same catalogue.
 */
export function scenarioRuleText(locale: Locale, rule: ScenarioRuleWords): string {
  const t = translator(locale, 'documents.decisionRecordScenario');
  const say = (key: string, params: Record<string, string | number> = {}) => interpolate(t.pick('ruleText', key) ?? rule.description ?? rule.kind, params);
  const basis = rule.basis ? (t.pick('basis', rule.basis) ?? rule.basis) : '';
  const who = rule.suppliers?.length ? rule.suppliers.join(', ') : t('everySupplier');
  switch (rule.kind) {
    case 'MAX_SUPPLIERS':
    case 'MIN_SUPPLIERS':
      return say(rule.kind, { n: rule.count ?? 0 });
    case 'SHARE': {
      const scope = rule.group ? t('ofGroup', { group: rule.group }) : '';
      const key = rule.minPercent !== null && rule.maxPercent !== null ? 'SHARE_BOTH' : rule.maxPercent !== null ? 'SHARE_MAX' : 'SHARE_MIN';
      return say(key, { who, basis, scope, min: rule.minPercent ?? 0, max: rule.maxPercent ?? 100 });
    }
    case 'EXCLUDE_SUPPLIERS':
      return say(rule.kind, { who });
    case 'MIN_RELIABILITY':
    case 'MIN_TECHNICAL':
      return say(rule.kind, { n: rule.minScore ?? 0 });
    case 'INCUMBENT_RETENTION':
      return say(rule.kind, { min: rule.minPercent ?? 0, basis });
    case 'WHOLE_LINES':
      return rule.positions ? say('WHOLE_LINES_SOME', { lines: rule.positions.join(', ') }) : say(rule.kind);
    case 'LOTS_TOGETHER':
      return rule.groups ? say('LOTS_TOGETHER_SOME', { groups: rule.groups.join(', ') }) : say(rule.kind);
    default:
      return say(rule.kind);
  }
}
