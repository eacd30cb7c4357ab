import { AppError, AwardScenarioRuleFieldsFragment } from '@bc/web/data-access';
import { ruleText, scenarioFieldMessage, scenarioFieldOf, scenarioErrorTranslation } from './scenario-view';

const names = { supplier: (id: string) => `S-${id}`, linePosition: (key: string) => `#${key}`, group: (key: string) => `G-${key}` };
const rule = (r: Partial<AwardScenarioRuleFieldsFragment>): AwardScenarioRuleFieldsFragment => ({
  id: 'r1',
  kind: 'MAX_SUPPLIERS',
  basis: null,
  count: null,
  invitationIds: null,
  lineGroupKey: null,
  lineGroupKeys: null,
  lineKeys: null,
  maxPercent: null,
  minPercent: null,
  minScore: null,
  description: 'in English',
  ...r,
});
const error = (field: string, details: Record<string, unknown> = {}, code = 'VALIDATION_FAILED'): AppError => ({ code, field, details, message: 'x' }) as AppError;

describe('scenario rules in words', () => {
  it('says each kind from its fields, not from the English description', () => {
    expect(ruleText(rule({ kind: 'MAX_SUPPLIERS', count: 3 }), names)).toEqual({ key: 'award.scenarios.ruleText.MAX_SUPPLIERS', params: { n: 3 } });
    expect(ruleText(rule({ kind: 'MIN_RELIABILITY', minScore: 70 }), names)).toEqual({ key: 'award.scenarios.ruleText.MIN_RELIABILITY', params: { n: 70 } });
    expect(ruleText(rule({ kind: 'SHARE', basis: 'VALUE', maxPercent: 60 }), names)).toMatchObject({
      key: 'award.scenarios.ruleText.SHARE_MAX',
      params: { who: null, whoKey: 'award.scenarios.everySupplier', max: 60, basisKey: 'award.scenarios.basis.VALUE' },
    });
    expect(ruleText(rule({ kind: 'SHARE', basis: 'QUANTITY', minPercent: 10, maxPercent: 50, invitationIds: ['a'] }), names).key).toBe('award.scenarios.ruleText.SHARE_BOTH');
    expect(ruleText(rule({ kind: 'EXCLUDE_SUPPLIERS', invitationIds: ['a', 'b'] }), names).params).toEqual({ who: 'S-a, S-b' });
    expect(ruleText(rule({ kind: 'WHOLE_LINES', lineKeys: ['1', '3'] }), names)).toEqual({ key: 'award.scenarios.ruleText.WHOLE_LINES_SOME', params: { lines: '#1, #3' } });
    expect(ruleText(rule({ kind: 'CAPACITY' }), names)).toEqual({ key: 'award.scenarios.ruleText.CAPACITY', params: {} });
  });
});

describe('scenario errors at their fields', () => {
  it('finds the rule and its field, or the top field', () => {
    expect(scenarioFieldOf(error('input.rules.2.count', { rule: 'MIN' }))).toEqual({ field: 'count', rule: 2 });
    expect(scenarioFieldOf(error('input.rules.0.invitationIds.0', { rule: 'UNKNOWN_SUPPLIER' }))).toEqual({ field: 'invitationIds', rule: 0 });
    expect(scenarioFieldOf(error('input.rules.1'))).toEqual({ field: 'rules', rule: 1 });
    expect(scenarioFieldOf(error('input.name'))).toEqual({ field: 'name', rule: null });
    expect(scenarioFieldOf(error('input.name', {}, 'CONFLICT'))).toBeNull();
    expect(scenarioFieldMessage(error('input.rules.0.minPercent', { rule: 'MIN_ABOVE_MAX' })).key).toBe('award.scenarios.fieldErrors.MIN_ABOVE_MAX');
    expect(scenarioFieldMessage(error('input.x', { rule: 'SOMETHING' })).key).toBe('award.scenarios.fieldErrors.INVALID');
  });

  it('says why a scenario cannot be proposed', () => {
    expect(scenarioErrorTranslation(error('', { rule: 'SCENARIO_STALE' }, 'CONFLICT')).key).toBe('award.scenarios.errors.SCENARIO_STALE');
  });
});
