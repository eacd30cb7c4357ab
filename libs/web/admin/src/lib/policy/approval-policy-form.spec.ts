import { ApprovalMode, DEFAULT_APPROVAL_POLICY, ImportanceClass, PolicyRule } from '@bc/shared/domain';
import { formPathOf, policyFormProblems, serverProblemKey, toFormValue, toPolicyInput } from './approval-policy-form';

const defaults = {
  mode: DEFAULT_APPROVAL_POLICY.mode,
  tiers: DEFAULT_APPROVAL_POLICY.tiers,
  byImportance: [{ importance: ImportanceClass.STRATEGIC, deciders: 2, gatekeeper: true }],
};

describe('the approval policy form', () => {
  it('starts from the policy, every importance class listed, and sends it back unchanged', () => {
    const value = toFormValue(defaults);
    expect(value.byImportance[ImportanceClass.STRATEGIC]).toEqual({ on: true, deciders: 2, gatekeeper: true });
    expect(value.byImportance[ImportanceClass.ROUTINE].on).toBe(false);
    expect(toPolicyInput(value)).toEqual({
      mode: ApprovalMode.SEQUENTIAL,
      tiers: [
        { upTo: 10000, deciders: 1, gatekeeper: false },
        { upTo: 100000, deciders: 2, gatekeeper: false },
        { upTo: null, deciders: 2, gatekeeper: true },
      ],
      byImportance: [{ importance: ImportanceClass.STRATEGIC, deciders: 2, gatekeeper: true }],
    });
    expect(policyFormProblems(value)).toEqual([]);
  });

  it('keeps the last tier open-ended whatever its field held', () => {
    const value = toFormValue(defaults);
    value.tiers[2].upTo = 5;
    expect(toPolicyInput(value).tiers[2].upTo).toBeNull();
  });

  it('names each problem at its field: a missing or falling limit, deciders out of range, a route with no approval', () => {
    const value = toFormValue(defaults);
    value.tiers[0].upTo = '';
    value.tiers[1].upTo = 100000;
    value.tiers[1].deciders = 9;
    value.tiers[2].deciders = 0;
    value.tiers[2].gatekeeper = false;
    value.byImportance[ImportanceClass.BOTTLENECK] = { on: true, deciders: 0, gatekeeper: false };
    expect(policyFormProblems(value).map((p) => [p.path, p.key])).toEqual([
      ['tiers.0.upTo', 'approvalPolicy.errors.upToRequired'],
      ['tiers.1.deciders', 'approvalPolicy.errors.decidersRange'],
      ['tiers.2.deciders', 'approvalPolicy.errors.noApproval'],
      ['byImportance.BOTTLENECK.deciders', 'approvalPolicy.errors.noApproval'],
    ]);
    value.tiers[0].upTo = 200000;
    expect(policyFormProblems(value).map((p) => p.path)).toContain('tiers.1.upTo');
  });

  it('refuses a limit above one trillion or with more than 2 decimal places, as the API does', () => {
    const value = toFormValue(defaults);
    value.tiers[0].upTo = 1e308;
    value.tiers[1].upTo = 100000.005;
    expect(policyFormProblems(value).map((p) => [p.path, p.key])).toEqual([
      ['tiers.0.upTo', 'approvalPolicy.errors.upToMax'],
      ['tiers.1.upTo', 'approvalPolicy.errors.upToPlaces'],
    ]);
    value.tiers[0].upTo = 10000;
    value.tiers[1].upTo = 1_000_000_000_000;
    expect(policyFormProblems(value)).toEqual([]);
  });

  it('finds the field the API refused: a tier by index, an importance rule by its position in what was sent', () => {
    const sent = toPolicyInput(toFormValue({ ...defaults, byImportance: [...defaults.byImportance, { importance: ImportanceClass.ROUTINE, deciders: 1, gatekeeper: false }] }));
    expect(formPathOf('input.tiers.1.upTo', sent)).toBe('tiers.1.upTo');
    expect(formPathOf('input.tiers', sent)).toBe('tiers');
    expect(formPathOf('input.byImportance.1.deciders', sent)).toBe('byImportance.ROUTINE.deciders');
    expect(formPathOf('input.byImportance.STRATEGIC.deciders', sent)).toBe('byImportance.STRATEGIC.deciders');
    expect(formPathOf('input.somethingElse', sent)).toBeNull();
    expect(formPathOf(undefined, sent)).toBeNull();
  });

  it('words the shared rules in the page’s language', () => {
    expect(serverProblemKey(PolicyRule.UP_TO_RISING).key).toBe('approvalPolicy.errors.upToRising');
    expect(serverProblemKey(PolicyRule.NO_APPROVAL).key).toBe('approvalPolicy.errors.noApproval');
    expect(serverProblemKey('SOMETHING_NEW').key).toBe('approvalPolicy.errors.refused');
    expect(serverProblemKey(undefined).key).toBe('approvalPolicy.errors.refused');
  });
});
