import { ApprovalDecision, ApprovalMode, AwardStatus, CaseStage, DEFAULT_APPROVAL_POLICY, ErrorCode, Role } from '@bc/shared/domain';
import { decisionVerdict, DecisionFacts, liveReservations, policyOf, reservedSteps, stepAssignments } from './award-rules';

const D = Role.DECIDER as const;
const G = Role.GATEKEEPER as const;

describe('the stored policy', () => {
  it('is the default without a row', () => {
    expect(policyOf(null)).toBe(DEFAULT_APPROVAL_POLICY);
  });
  it('reads tiers and importance rules from a row', () => {
    expect(
      policyOf({ mode: ApprovalMode.PARALLEL, tiers: [{ upTo: null, deciders: 1, gatekeeper: false }], byImportance: { STRATEGIC: { deciders: 2, gatekeeper: true } } }),
    ).toEqual({ mode: ApprovalMode.PARALLEL, tiers: [{ upTo: null, deciders: 1, gatekeeper: false }], byImportance: { STRATEGIC: { deciders: 2, gatekeeper: true } } });
  });
});

describe('who may decide a proposal now', () => {
  const base: DecisionFacts = {
    status: AwardStatus.PENDING,
    caseStage: CaseStage.DECISION,
    proposedBy: 'buyer',
    steps: [D, D, G],
    mode: ApprovalMode.SEQUENTIAL,
    approvals: [],
    awardedSupplierIds: ['s1'],
  };
  const decider = { userId: 'd1', roles: [Role.DECIDER], conflictedSupplierIds: [] as string[] };
  const codeOf = (facts: Partial<DecisionFacts>, user: Partial<typeof decider> = {}) => {
    const v = decisionVerdict({ ...base, ...facts }, { ...decider, ...user });
    return v.ok ? v.role : v.code;
  };

  it('lets a decider take the first open decider step', () => {
    expect(codeOf({})).toBe(D);
  });

  it('refuses in a fixed order: FORBIDDEN, STALE, STAGE_LOCKED, SEPARATION_OF_DUTIES, ALREADY_DECIDED, CONFLICT_OF_INTEREST, NOT_YOUR_TURN', () => {
    expect(codeOf({}, { roles: [Role.BUYER] })).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf({ status: AwardStatus.SUPERSEDED }, { userId: 'buyer' })).toBe(ErrorCode.STALE);
    expect(codeOf({ caseStage: CaseStage.CANCELLED })).toBe(ErrorCode.STAGE_LOCKED);
    expect(codeOf({}, { userId: 'buyer', roles: [Role.BUYER, Role.DECIDER] })).toBe(ErrorCode.SEPARATION_OF_DUTIES);
    expect(codeOf({ approvals: [{ approverId: 'd1', role: D, decision: ApprovalDecision.APPROVED }] }, { conflictedSupplierIds: ['s1'] })).toBe(ErrorCode.ALREADY_DECIDED);
    expect(codeOf({}, { conflictedSupplierIds: ['s1'] })).toBe(ErrorCode.CONFLICT_OF_INTEREST);
    expect(codeOf({}, { conflictedSupplierIds: ['s2'] })).toBe(D);
    expect(codeOf({}, { userId: 'g', roles: [Role.GATEKEEPER] })).toBe(ErrorCode.NOT_YOUR_TURN);
  });

  it('opens the gatekeeper step after both deciders when sequential, at once when parallel, and never on a route without it', () => {
    const two = [
      { approverId: 'a', role: D, decision: ApprovalDecision.APPROVED },
      { approverId: 'b', role: D, decision: ApprovalDecision.APPROVED },
    ];
    expect(codeOf({ approvals: two }, { userId: 'g', roles: [Role.GATEKEEPER] })).toBe(G);
    expect(codeOf({ approvals: two }, { userId: 'c' })).toBe(ErrorCode.NOT_YOUR_TURN);
    expect(codeOf({ mode: ApprovalMode.PARALLEL }, { userId: 'g', roles: [Role.GATEKEEPER] })).toBe(G);
    expect(codeOf({ steps: [D, D], mode: ApprovalMode.PARALLEL }, { userId: 'g', roles: [Role.GATEKEEPER] })).toBe(ErrorCode.NOT_YOUR_TURN);
  });
});

describe('the route as shown', () => {
  it('puts each decision on the first unfilled step of its role', () => {
    const approvals = [
      { approverId: 'g', role: G, decision: ApprovalDecision.APPROVED },
      { approverId: 'a', role: D, decision: ApprovalDecision.APPROVED },
    ];
    expect(stepAssignments([D, D, G], approvals)).toEqual([1, null, 0]);
    expect(stepAssignments([D], [])).toEqual([null]);
  });
});

describe('steps an admin reassigned', () => {
  const parallel: DecisionFacts = {
    status: AwardStatus.PENDING,
    caseStage: CaseStage.DECISION,
    proposedBy: 'buyer',
    steps: [D, D],
    mode: ApprovalMode.PARALLEL,
    approvals: [],
    awardedSupplierIds: ['s1'],
    reservations: [{ stepIndex: 1, role: D, assigneeId: 'gina' }],
  };
  const as = (userId: string, roles: Role[]) => decisionVerdict(parallel, { userId, roles, conflictedSupplierIds: [] });
  const approved = (approverId: string) => ({ approverId, role: D, decision: ApprovalDecision.APPROVED });

  it('lets the assignee fill the held step in its role, whatever approving role they hold', () => {
    expect(as('gina', [G])).toEqual({ ok: true, role: D });
  });

  it('leaves others only the steps of the role beyond those held', () => {
    expect(as('dave', [D])).toEqual({ ok: true, role: D });
    const oneLeft = { ...parallel, approvals: [approved('dave')] };
    expect(decisionVerdict(oneLeft, { userId: 'dora', roles: [D], conflictedSupplierIds: [] })).toMatchObject({ ok: false, code: ErrorCode.NOT_YOUR_TURN });
    expect(decisionVerdict(oneLeft, { userId: 'gina', roles: [G], conflictedSupplierIds: [] })).toEqual({ ok: true, role: D });
  });

  it('keeps only the latest assignment of a step, until its assignee decided', () => {
    const at = (m: number) => new Date(2026, 0, 1, 0, m);
    const assignments = [
      { stepIndex: 0, role: D, assigneeId: 'a', assignedAt: at(1) },
      { stepIndex: 0, role: D, assigneeId: 'b', assignedAt: at(2) },
      { stepIndex: 1, role: D, assigneeId: 'c', assignedAt: at(3) },
    ];
    expect(liveReservations([D, D], [], assignments)).toEqual([
      { stepIndex: 0, role: D, assigneeId: 'b' },
      { stepIndex: 1, role: D, assigneeId: 'c' },
    ]);
    expect(liveReservations([D, D], [approved('c')], assignments)).toEqual([{ stepIndex: 0, role: D, assigneeId: 'b' }]);
  });

  it("shows a held step on its role's unfilled steps, in order", () => {
    expect(reservedSteps([D, D, G], [approved('dave')], [{ stepIndex: 0, role: D, assigneeId: 'gina' }])).toEqual([null, 'gina', null]);
  });
});
