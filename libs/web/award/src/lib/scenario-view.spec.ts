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
    expect(ruleText(rule({ kind: 'MIN_TECHNICAL', minScore: 60 }), names)).toEqual({ key: 'award.scenarios.ruleText.MIN_TECHNICAL', params: { n: 60 } });
    expect(ruleText(rule({ kind: 'SHARE', basis: 'QUANTITY', minPercent: 20, invitationIds: ['a'], lineGroupKey: 'lot-1' }), names)).toEqual({
      key: 'award.scenarios.ruleText.SHARE_MIN',
      params: { who: 'S-a', whoKey: null, min: 20, max: null, basisKey: 'award.scenarios.basis.QUANTITY', scope: ' (G-lot-1)' },
    });
    expect(ruleText(rule({ kind: 'INCUMBENT_RETENTION', basis: 'QUANTITY', minPercent: 30 }), names)).toEqual({
      key: 'award.scenarios.ruleText.INCUMBENT_RETENTION',
      params: { min: 30, basisKey: 'award.scenarios.basis.QUANTITY' },
    });
    expect(ruleText(rule({ kind: 'LOTS_TOGETHER', lineGroupKeys: ['lot-1', 'lot-2'] }), names)).toEqual({ key: 'award.scenarios.ruleText.LOTS_TOGETHER_SOME', params: { groups: 'G-lot-1, G-lot-2' } });
    expect(ruleText(rule({ kind: 'LOTS_TOGETHER' }), names)).toEqual({ key: 'award.scenarios.ruleText.LOTS_TOGETHER', params: {} });
    expect(ruleText(rule({ kind: 'WHOLE_LINES' }), names)).toEqual({ key: 'award.scenarios.ruleText.WHOLE_LINES', params: {} });
    expect(ruleText(rule({ kind: 'MUST_HAVES_REQUIRED' }), names)).toEqual({ key: 'award.scenarios.ruleText.MUST_HAVES_REQUIRED', params: {} });
    expect(ruleText(rule({ kind: 'MIN_SUPPLIERS', count: 2 }), names)).toEqual({ key: 'award.scenarios.ruleText.MIN_SUPPLIERS', params: { n: 2 } });
  });
});

describe('scenario errors at their fields', () => {
  it('finds the rule and its field, or the top field', () => {
    expect(scenarioFieldOf(error('input.rules.2.count', { rule: 'MIN' }))).toEqual({ field: 'count', rule: 2, group: null });
    expect(scenarioFieldOf(error('input.rules.0.invitationIds.0', { rule: 'UNKNOWN_SUPPLIER' }))).toEqual({ field: 'invitationIds', rule: 0, group: null });
    expect(scenarioFieldOf(error('input.rules.1'))).toEqual({ field: 'rules', rule: 1, group: null });
    expect(scenarioFieldOf(error('input.name'))).toEqual({ field: 'name', rule: null, group: null });
    expect(scenarioFieldOf(error('input.name', {}, 'CONFLICT'))).toBeNull();
    expect(scenarioFieldMessage(error('input.rules.0.minPercent', { rule: 'MIN_ABOVE_MAX' })).key).toBe('award.scenarios.fieldErrors.MIN_ABOVE_MAX');
    expect(scenarioFieldMessage(error('input.x', { rule: 'SOMETHING' })).key).toBe('award.scenarios.fieldErrors.INVALID');
  });

  it('finds the fields of shares, whole lines and lots, and the lot a line group error names', () => {
    expect(scenarioFieldOf(error('input.rules.2.minPercent', { rule: 'MIN_ABOVE_MAX' }))).toEqual({ field: 'minPercent', rule: 2, group: null });
    expect(scenarioFieldOf(error('input.rules.3.basis', { rule: 'IS_ENUM' }))).toEqual({ field: 'basis', rule: 3, group: null });
    expect(scenarioFieldOf(error('input.rules.1.lineGroupKey', { rule: 'UNKNOWN_LINE_GROUP' }))).toEqual({ field: 'lineGroupKey', rule: 1, group: null });
    expect(scenarioFieldOf(error('input.rules.4.lineGroupKeys.0', { rule: 'DUPLICATE' }))).toEqual({ field: 'lineGroupKeys', rule: 4, group: null });
    expect(scenarioFieldOf(error('input.rules.0.lineKeys.2', { rule: 'UNKNOWN_LINE' }))).toEqual({ field: 'lineKeys', rule: 0, group: null });
    expect(scenarioFieldOf(error('input.lineGroups.0.lineKeys', { rule: 'ARRAY_MIN_SIZE' }))).toEqual({ field: 'lineKeys', rule: null, group: 0 });
    expect(scenarioFieldOf(error('input.lineGroups.1.lineKeys.0', { rule: 'UNKNOWN_LINE' }))).toEqual({ field: 'lineKeys', rule: null, group: 1 });
    expect(scenarioFieldOf(error('input.lineGroups.2.name', { rule: 'IS_NOT_EMPTY' }))).toEqual({ field: 'name', rule: null, group: 2 });
    expect(scenarioFieldOf(error('input.lineGroups.1.key', { rule: 'DUPLICATE' }))).toEqual({ field: 'key', rule: null, group: 1 });
    expect(scenarioFieldMessage(error('input.lineGroups.0.lineKeys', { rule: 'ARRAY_MIN_SIZE' })).key).toBe('award.scenarios.fieldErrors.ARRAY_MIN_SIZE');
    expect(scenarioFieldMessage(error('input.rules.1.lineGroupKey', { rule: 'UNKNOWN_LINE_GROUP' })).key).toBe('award.scenarios.fieldErrors.UNKNOWN_LINE_GROUP');
  });

  it('says why a scenario cannot be proposed', () => {
    expect(scenarioErrorTranslation(error('', { rule: 'SCENARIO_STALE' }, 'CONFLICT')).key).toBe('award.scenarios.errors.SCENARIO_STALE');
  });
});
