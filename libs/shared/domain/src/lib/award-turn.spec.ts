import { ApprovalDecision, ApprovalMode, ApproverRole } from './award';
import { liveReservations, routeTurn, storedTurn, turnRole } from './award-turn';
import { Role } from './roles';

const D = Role.DECIDER as ApproverRole;
const G = Role.GATEKEEPER as ApproverRole;
const approved = (role: ApproverRole) => ({ role, decision: ApprovalDecision.APPROVED });
const rejected = (role: ApproverRole) => ({ role, decision: ApprovalDecision.REJECTED });

describe('whose turn it is on a route', () => {
  it('sequential: the first unfilled step only; an approval moves it on, a rejection does not fill a step', () => {
    const steps = [D, D, G];
    expect(routeTurn(steps, [], ApprovalMode.SEQUENTIAL, [])).toEqual({ roles: [D], reserved: [] });
    expect(routeTurn(steps, [approved(D)], ApprovalMode.SEQUENTIAL, [])).toEqual({ roles: [D], reserved: [] });
    expect(routeTurn(steps, [approved(D), approved(D)], ApprovalMode.SEQUENTIAL, [])).toEqual({ roles: [G], reserved: [] });
    expect(routeTurn(steps, [rejected(D)], ApprovalMode.SEQUENTIAL, []).roles).toEqual([D]);
    expect(routeTurn(steps, [approved(D), approved(D), approved(G)], ApprovalMode.SEQUENTIAL, []).roles).toEqual([]);
  });

  it('parallel: every unfilled step, deciders before the gatekeeper for a user holding both', () => {
    const turn = routeTurn([D, G], [], ApprovalMode.PARALLEL, []);
    expect(turn.roles).toEqual([D, G]);
    expect(turnRole(turn, 'both', [Role.GATEKEEPER, Role.DECIDER])).toBe(D);
    expect(turnRole(routeTurn([D, G], [approved(D)], ApprovalMode.PARALLEL, []), 'both', [Role.GATEKEEPER, Role.DECIDER])).toBe(G);
  });

  it('a held step: its assignee fills it in its role; others only the steps of that role beyond those held', () => {
    const held = [{ stepIndex: 0, role: D, assigneeId: 'gina' }];
    const turn = routeTurn([D, D, G], [], ApprovalMode.SEQUENTIAL, held);
    expect(turn).toEqual({ roles: [], reserved: [{ assigneeId: 'gina', role: D }] });
    expect(turnRole(turn, 'gina', [Role.GATEKEEPER])).toBe(D);
    expect(turnRole(turn, 'dave', [Role.DECIDER])).toBeNull();
    expect(storedTurn(turn)).toEqual({ turnRoles: [], turnAssignees: ['gina'], turnHeld: ['gina'] });
    // Parallel, two decider steps, one held: the other is free for any decider.
    const parallel = routeTurn([D, D], [], ApprovalMode.PARALLEL, held);
    expect(turnRole(parallel, 'dave', [Role.DECIDER])).toBe(D);
  });

  it('a held step whose role is not open now: its assignee waits (and takes no free step of their own role either)', () => {
    const turn = routeTurn([D, G], [], ApprovalMode.SEQUENTIAL, [{ stepIndex: 1, role: G, assigneeId: 'gina' }]);
    expect(turn).toEqual({ roles: [D], reserved: [{ assigneeId: 'gina', role: null }] });
    expect(turnRole(turn, 'gina', [Role.DECIDER, Role.GATEKEEPER])).toBeNull();
    expect(storedTurn(turn)).toEqual({ turnRoles: [D], turnAssignees: [], turnHeld: ['gina'] });
  });

  it('a reservation ends when its assignee decided (the latest assignment of a step counts)', () => {
    const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));
    const assignments = [
      { stepIndex: 0, role: D, assigneeId: 'a', assignedAt: at(1) },
      { stepIndex: 0, role: D, assigneeId: 'b', assignedAt: at(2) },
    ];
    expect(liveReservations([D, D], [], assignments)).toEqual([{ stepIndex: 0, role: D, assigneeId: 'b' }]);
    expect(liveReservations([D, D], [{ approverId: 'b' }], assignments)).toEqual([]);
  });
});
