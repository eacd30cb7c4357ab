import {
  routeShortfalls,
  worstCaseShortfalls,
  ApprovalMode,
  approvalPolicyProblems,
  approvalSteps,
  approvingRole,
  awardTotals,
  DEFAULT_APPROVAL_POLICY,
  fillSteps,
  openSteps,
  requiredApprovals,
  routeComplete,
  savings,
} from './award';
import { ImportanceClass } from './purchasing';
import { Role } from './roles';

const D = Role.DECIDER;
const G = Role.GATEKEEPER;

describe('the approval policy picks the route by value and importance (product.md defaults)', () => {
  it.each([
    [9_999.99, ImportanceClass.ROUTINE, { deciders: 1, gatekeeper: false }],
    [10_000, ImportanceClass.LEVERAGE, { deciders: 1, gatekeeper: false }],
    [10_000.01, ImportanceClass.ROUTINE, { deciders: 2, gatekeeper: false }],
    [100_000, ImportanceClass.BOTTLENECK, { deciders: 2, gatekeeper: false }],
    [100_000.01, ImportanceClass.ROUTINE, { deciders: 2, gatekeeper: true }],
    // Strategic needs two deciders and the gatekeeper whatever the value.
    [500, ImportanceClass.STRATEGIC, { deciders: 2, gatekeeper: true }],
  ])('%d %s → %o', (value, importance, expected) => {
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, value, importance)).toEqual(expected);
  });

  it('takes the stricter of tier and importance rule, element by element', () => {
    const policy = { ...DEFAULT_APPROVAL_POLICY, byImportance: { [ImportanceClass.BOTTLENECK]: { deciders: 0, gatekeeper: true } } };
    expect(requiredApprovals(policy, 50_000, ImportanceClass.BOTTLENECK)).toEqual({ deciders: 2, gatekeeper: true });
    expect(requiredApprovals(policy, 50_000, ImportanceClass.STRATEGIC)).toEqual({ deciders: 2, gatekeeper: false });
  });
});

describe('the approval route', () => {
  const steps = approvalSteps({ deciders: 2, gatekeeper: true });

  it('lists the deciders, then the gatekeeper', () => {
    expect(steps).toEqual([D, D, G]);
    expect(approvalSteps({ deciders: 0, gatekeeper: true })).toEqual([G]);
  });

  it('sequential: only the first unfilled step is open; the gatekeeper waits for both deciders', () => {
    expect(openSteps(steps, [], ApprovalMode.SEQUENTIAL)).toEqual([0]);
    expect(openSteps(steps, [D], ApprovalMode.SEQUENTIAL)).toEqual([1]);
    expect(openSteps(steps, [D, D], ApprovalMode.SEQUENTIAL)).toEqual([2]);
    expect(approvingRole(steps, [], ApprovalMode.SEQUENTIAL, [G])).toBeNull();
    expect(approvingRole(steps, [D, D], ApprovalMode.SEQUENTIAL, [G])).toBe(G);
  });

  it('parallel: every unfilled step is open, in any order', () => {
    expect(openSteps(steps, [], ApprovalMode.PARALLEL)).toEqual([0, 1, 2]);
    expect(approvingRole(steps, [], ApprovalMode.PARALLEL, [G])).toBe(G);
    expect(openSteps(steps, [G], ApprovalMode.PARALLEL)).toEqual([0, 1]);
  });

  it('a user holding both roles fills a decider step first; a role not on the route approves nothing', () => {
    expect(approvingRole(steps, [], ApprovalMode.PARALLEL, [G, D])).toBe(D);
    expect(approvingRole([D], [], ApprovalMode.PARALLEL, [G])).toBeNull();
    expect(approvingRole([D], [], ApprovalMode.PARALLEL, [Role.BUYER])).toBeNull();
  });

  it('is complete when every step is filled; approvals beyond the route fill nothing', () => {
    expect(fillSteps(steps, [G, D])).toEqual([true, false, true]);
    expect(routeComplete(steps, [D, G])).toBe(false);
    expect(routeComplete(steps, [D, G, D])).toBe(true);
    expect(routeComplete([D], [G])).toBe(false);
  });
});

describe("an admin's policy is checked before it is saved", () => {
  it('accepts the defaults', () => {
    expect(approvalPolicyProblems(DEFAULT_APPROVAL_POLICY)).toEqual([]);
  });

  it('names the field of each problem', () => {
    const problems = approvalPolicyProblems({
      mode: ApprovalMode.PARALLEL,
      tiers: [
        { upTo: 5_000, deciders: 1, gatekeeper: false },
        { upTo: 5_000, deciders: 0, gatekeeper: false },
        { upTo: 10_000, deciders: 6, gatekeeper: false },
      ],
      byImportance: { [ImportanceClass.STRATEGIC]: { deciders: -1, gatekeeper: true } },
    });
    expect(problems.map((p) => p.field)).toEqual([
      'input.tiers.1.upTo',
      'input.tiers.1.deciders',
      'input.tiers.2.upTo',
      'input.tiers.2.deciders',
      'input.byImportance.STRATEGIC.deciders',
    ]);
  });

  it('refuses an empty policy and an open-ended tier before the last', () => {
    expect(approvalPolicyProblems({ mode: ApprovalMode.SEQUENTIAL, tiers: [], byImportance: {} })[0].field).toBe('input.tiers');
    expect(
      approvalPolicyProblems({
        mode: ApprovalMode.SEQUENTIAL,
        tiers: [
          { upTo: null, deciders: 1, gatekeeper: false },
          { upTo: null, deciders: 2, gatekeeper: false },
        ],
        byImportance: {},
      }).map((p) => p.field),
    ).toEqual(['input.tiers.0.upTo']);
  });
});

describe('the totals of a split award', () => {
  it('sums each line (rounded to cents) per supplier and overall', () => {
    // 4 pumps at 100.005 → 400.02; 8 seal kits at 12.3333 → 98.67 (Alpine); 3 manuals at 0.1 → 0.30 (Hanse).
    const totals = awardTotals([
      { lineKey: 'pump', invitationId: 'hanse', quantity: '4', unitPrice: '100.005' },
      { lineKey: 'seal', invitationId: 'alpine', quantity: '8', unitPrice: '12.3333' },
      { lineKey: 'manual', invitationId: 'hanse', quantity: '3', unitPrice: '0.1' },
    ]);
    expect(totals.bySupplier).toEqual([
      { invitationId: 'hanse', total: '400.32', lines: 2 },
      { invitationId: 'alpine', total: '98.67', lines: 1 },
    ]);
    expect(totals.total).toBe('498.99');
  });

  it('measures savings against the first best quote', () => {
    expect(savings('1200.00', '1080.00')).toEqual({ amount: '120.00', percent: 10 });
    expect(savings('1000.00', '1050.00')).toEqual({ amount: '-50.00', percent: -5 });
    expect(savings(null, '1000.00')).toBeNull();
  });
});

describe('whether a route can be completed by the people who may approve it', () => {
  it('two decider steps and one decider: one decider short', () => {
    expect(routeShortfalls([D, D], [[D]])).toEqual([{ role: D, required: 2, available: 1 }]);
    expect(routeShortfalls([D, D], [[D], [D]])).toEqual([]);
  });

  it('a gatekeeper step with no gatekeeper', () => {
    expect(routeShortfalls([D, G], [[D], [D]])).toEqual([{ role: G, required: 1, available: 0 }]);
  });

  it('someone holding both roles fills one step only', () => {
    expect(routeShortfalls([D, G], [[D, G]])).toEqual([{ role: G, required: 1, available: 0 }]);
    expect(routeShortfalls([D, G], [[D, G], [G]])).toEqual([]);
    expect(routeShortfalls([D, D, G], [[D], [D, G], [D, G]])).toEqual([]);
  });

  it('people without an approving role do not count', () => {
    expect(routeShortfalls([D], [[Role.BUYER]])).toEqual([{ role: D, required: 1, available: 0 }]);
  });

  it('the worst case drops each requester in turn: a buyer who is also the only second decider', () => {
    const people = [
      { id: 'a', roles: [D] },
      { id: 'b', roles: [Role.BUYER, D] },
    ];
    expect(worstCaseShortfalls([D, D], people, [])).toEqual([]);
    expect(worstCaseShortfalls([D, D], people, ['b'])).toEqual([{ role: D, required: 2, available: 1 }]);
  });
});
