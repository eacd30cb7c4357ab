import {
  ApprovalDecision,
  ApprovalMode,
  ApprovalPolicy,
  ApproverRole,
  AwardStatus,
  can,
  CaseStage,
  DEFAULT_APPROVAL_POLICY,
  ErrorCode,
  fillSteps,
  ImportanceClass,
  Permission,
  Reservation,
  Role,
  routeTurn,
  turnRole,
} from '@bc/shared/domain';

export { liveReservations } from '@bc/shared/domain';
export type { Reservation } from '@bc/shared/domain';

/**
 * The award lib's own pure rules (no I/O), next to the shared ones in `@bc/shared/domain/award`
 * (money is computed by `@bc/shared/domain/money`): who may decide a proposal now and why not,
 * and which approval fills which step of the route.
 */

// ---- the policy as stored ----------------------------------------------------------------------

export interface PolicyRowLike {
  mode: ApprovalMode;
  tiers: Array<{ upTo: number | null; deciders: number; gatekeeper: boolean }>;
  byImportance: Record<string, { deciders: number; gatekeeper: boolean }>;
}

/** The organization's policy: its row, or DEFAULT_APPROVAL_POLICY without one. */
export function policyOf(row: PolicyRowLike | null): ApprovalPolicy {
  if (!row) return DEFAULT_APPROVAL_POLICY;
  return {
    mode: row.mode,
    tiers: row.tiers.map((t) => ({ upTo: t.upTo === null ? null : Number(t.upTo), deciders: t.deciders, gatekeeper: t.gatekeeper })),
    byImportance: Object.fromEntries(
      Object.entries(row.byImportance ?? {}).map(([k, v]) => [k as ImportanceClass, { deciders: v.deciders, gatekeeper: v.gatekeeper }]),
    ),
  };
}

// ---- deciding ----------------------------------------------------------------------------------

export interface ApprovalFact {
  approverId: string;
  role: ApproverRole;
  decision: ApprovalDecision;
}

/** A stored approval as the rules read it. */
export const fact = (a: { approverId: string; role: string; decision: ApprovalDecision }): ApprovalFact => ({ approverId: a.approverId, role: a.role as ApproverRole, decision: a.decision });

export interface DecisionFacts {
  status: AwardStatus;
  caseStage: CaseStage;
  proposedBy: string;
  steps: readonly ApproverRole[];
  mode: ApprovalMode;
  /** The decisions in, in the order they came. */
  approvals: readonly ApprovalFact[];
  /** Suppliers the proposal awards. */
  awardedSupplierIds: readonly string[];
  /** Steps an admin reassigned to a named person who has not decided yet (see `liveReservations`). */
  reservations?: readonly Reservation[];
}

export interface Decider {
  userId: string;
  /** The user's roles in the organization. */
  roles: readonly Role[];
  /** Suppliers this user declared a conflict of interest with on the case. */
  conflictedSupplierIds: readonly string[];
}

export type DecisionVerdict = { ok: true; role: ApproverRole } | { ok: false; code: ErrorCode; message: string };

/** The roles of the approvals in (a rejection fills no step). */
export const approvedRoles = (approvals: readonly ApprovalFact[]): ApproverRole[] =>
  approvals.filter((a) => a.decision === ApprovalDecision.APPROVED).map((a) => a.role);

/**
 * Whether `user` may approve or reject the proposal now, and in which role; otherwise the code
 * they get, checked in this order: FORBIDDEN (no approving role at all), STALE (not pending),
 * STAGE_LOCKED (the case left DECISION, e.g. cancelled), SEPARATION_OF_DUTIES (the proposer),
 * ALREADY_DECIDED, CONFLICT_OF_INTEREST (with any awarded supplier), NOT_YOUR_TURN (no open
 * step of the route takes the user's roles: sequential order, or the role is not on the route).
 */
export function decisionVerdict(p: DecisionFacts, user: Decider): DecisionVerdict {
  if (!can(user.roles, Permission.AWARD_APPROVE)) {
    return { ok: false, code: ErrorCode.FORBIDDEN, message: 'Only deciders and gatekeepers approve awards' };
  }
  if (p.status !== AwardStatus.PENDING) {
    return { ok: false, code: ErrorCode.STALE, message: `This proposal is ${p.status.toLowerCase()}: only a pending proposal is approved or rejected` };
  }
  if (p.caseStage !== CaseStage.DECISION) {
    return { ok: false, code: ErrorCode.STAGE_LOCKED, message: `The case is in ${p.caseStage}: awards are decided in DECISION` };
  }
  if (p.proposedBy === user.userId) {
    return { ok: false, code: ErrorCode.SEPARATION_OF_DUTIES, message: 'You proposed this award: someone else approves it' };
  }
  if (p.approvals.some((a) => a.approverId === user.userId)) {
    return { ok: false, code: ErrorCode.ALREADY_DECIDED, message: 'You have already decided on this proposal' };
  }
  if (p.awardedSupplierIds.some((s) => user.conflictedSupplierIds.includes(s))) {
    return { ok: false, code: ErrorCode.CONFLICT_OF_INTEREST, message: 'You declared a conflict of interest with an awarded supplier: you take no part in approving it' };
  }
  const role = reservedRole(p, user);
  if (!role) {
    return { ok: false, code: ErrorCode.NOT_YOUR_TURN, message: 'No open step of the approval route is yours now' };
  }
  return { ok: true, role };
}

/** The role in which `user` fills an open step now: whose turn it is is the shared `routeTurn`, read by `turnRole`. */
function reservedRole(p: DecisionFacts, user: Decider): ApproverRole | null {
  return turnRole(routeTurn(p.steps, p.approvals, p.mode, p.reservations ?? []), user.userId, user.roles);
}

// ---- the route as shown ------------------------------------------------------------------------

/**
 * Per step, the assignee it is held for, or null: each role's live reservations sit on that role's
 * unfilled steps, in step order.
 */
export function reservedSteps(steps: readonly ApproverRole[], approvals: readonly ApprovalFact[], reservations: readonly Reservation[]): Array<string | null> {
  const filled = fillSteps(steps, approvedRoles(approvals));
  const held: Array<string | null> = steps.map(() => null);
  for (const r of [...reservations].sort((a, b) => a.stepIndex - b.stepIndex)) {
    const i = steps.findIndex((s, k) => s === r.role && !filled[k] && held[k] === null);
    if (i >= 0) held[i] = r.assigneeId;
  }
  return held;
}

/**
 * Which decision sits on which step: each approval fills the first unfilled step of its role (as
 * `fillSteps` does); a rejection is shown on the first unfilled step of its role. Returns, per
 * step, the index into `approvals` or null.
 */
export function stepAssignments(steps: readonly ApproverRole[], approvals: readonly ApprovalFact[]): Array<number | null> {
  const taken: Array<number | null> = steps.map(() => null);
  approvals.forEach((a, k) => {
    const i = steps.findIndex((s, j) => s === a.role && taken[j] === null);
    if (i >= 0) taken[i] = k;
  });
  return taken;
}
