import { ApprovalDecision, ApprovalMode, ApproverRole, openSteps } from './award';
import { Role } from './roles';

/**
 * Whose turn it is on an approval route: the one place that rule is worked out. The API stores
 * the answer on the proposal whenever its route moves (proposed, approved, a step reassigned), so
 * the decider inbox asks the database which proposals wait for the viewer instead of working the
 * route out for every pending proposal; the checks of one decision read the same answer
 * (`turnRole`).
 */

/** A waiting step of `role` that only `assigneeId` may fill (an admin's reassignment). */
export interface Reservation {
  stepIndex: number;
  role: ApproverRole;
  assigneeId: string;
}

/**
 * Whose turn it is now. Approvers holding a reservation fill only the step held for them (in its
 * role, whatever approving role they hold); anyone else fills an open step of one of their roles
 * that is not held for someone else.
 */
export interface RouteTurn {
  /** The roles with an open step not held for a named approver. */
  roles: ApproverRole[];
  /** Every approver holding a reservation, with the role they approve in now (null: their step is not open yet). */
  reserved: Array<{ assigneeId: string; role: ApproverRole | null }>;
}

/**
 * The reservations still in force: the latest assignment of each step, while its assignee has not
 * decided on the proposal. A reservation holds one step of its role for its assignee: others fill
 * only the steps of that role beyond those held (which step shows whose is `reservedSteps`).
 */
export function liveReservations(
  steps: readonly ApproverRole[],
  approvals: ReadonlyArray<{ approverId: string }>,
  assignments: ReadonlyArray<Reservation & { assignedAt: Date }>,
): Reservation[] {
  const latest = new Map<number, Reservation & { assignedAt: Date }>();
  for (const a of [...assignments].sort((x, y) => x.assignedAt.getTime() - y.assignedAt.getTime())) latest.set(a.stepIndex, a);
  return [...latest.values()]
    .filter((a) => steps[a.stepIndex] === a.role && !approvals.some((d) => d.approverId === a.assigneeId))
    .map(({ stepIndex, role, assigneeId }) => ({ stepIndex, role, assigneeId }));
}

/** Whose turn it is on a route, given the decisions in (in the order they came) and the live reservations. */
export function routeTurn(
  steps: readonly ApproverRole[],
  approvals: ReadonlyArray<{ role: ApproverRole | string; decision: ApprovalDecision | string }>,
  mode: ApprovalMode,
  reservations: readonly Reservation[],
): RouteTurn {
  const approved = approvals.filter((a) => a.decision === ApprovalDecision.APPROVED).map((a) => a.role as ApproverRole);
  const openRoles = openSteps(steps, approved, mode).map((i) => steps[i]);
  const free = (role: ApproverRole) => openRoles.filter((r) => r === role).length > reservations.filter((r) => r.role === role).length;
  const reserved: RouteTurn['reserved'] = [];
  for (const r of reservations) {
    // An approver holding two steps fills the first one named (as assignments are read, oldest first).
    if (reserved.some((x) => x.assigneeId === r.assigneeId)) continue;
    reserved.push({ assigneeId: r.assigneeId, role: openRoles.includes(r.role) ? r.role : null });
  }
  return { roles: APPROVER_ORDER.filter((role) => openRoles.includes(role) && free(role)), reserved };
}

/** A user holding both approving roles fills a decider step first. */
const APPROVER_ORDER: ApproverRole[] = [Role.DECIDER as ApproverRole, Role.GATEKEEPER as ApproverRole];

/**
 * The role in which the user approves now, or null when it is not their turn. The decider inbox
 * asks the same of the stored turn in SQL (`AwardViewService`, `TURN_IS_MINE`): the user is among
 * the reserved approvers whose step is open, or holds no reservation and one of their roles is free.
 */
export function turnRole(turn: RouteTurn, userId: string, userRoles: readonly Role[]): ApproverRole | null {
  const mine = turn.reserved.find((r) => r.assigneeId === userId);
  if (mine) return mine.role;
  return turn.roles.find((role) => userRoles.includes(role)) ?? null;
}

/** The turn as the proposal row stores it (`turn_roles`, `turn_assignees`, `turn_held`). */
export function storedTurn(turn: RouteTurn): { turnRoles: ApproverRole[]; turnAssignees: string[]; turnHeld: string[] } {
  return {
    turnRoles: turn.roles,
    turnAssignees: turn.reserved.filter((r) => r.role !== null).map((r) => r.assigneeId),
    turnHeld: turn.reserved.map((r) => r.assigneeId),
  };
}
