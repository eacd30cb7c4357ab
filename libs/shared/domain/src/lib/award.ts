import { compareDecimals, convertedLineTotal, percentOf, PricedLine, subtractMoney, sumMoney } from './money';
import { ImportanceClass } from './purchasing';
import { Role } from './roles';

/**
 * Award proposals, the approval policy and the approval route (issue 5, step 5 of product.md).
 * Pure rules: the API enforces them, the web app shows them, the tests prove them here.
 */

/** A proposal's life. Only one PENDING proposal per case; a changed proposal supersedes the old one. */
export enum AwardStatus {
  /** Waiting for its approvals. */
  PENDING = 'PENDING',
  /** Every required approval is in: the case is AWARDED. */
  APPROVED = 'APPROVED',
  /** An approver rejected it (with the reason): the case stays in DECISION for a new proposal. */
  REJECTED = 'REJECTED',
  /** The buyer changed the proposal: a new version replaced it and its approvals were reset. */
  SUPERSEDED = 'SUPERSEDED',
  /** The buyer took it back (e.g. to negotiate again). */
  WITHDRAWN = 'WITHDRAWN',
}

export enum ApprovalDecision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** Whether approvers act one after the other (in the route's order) or all at once. */
export enum ApprovalMode {
  SEQUENTIAL = 'SEQUENTIAL',
  PARALLEL = 'PARALLEL',
}

/** The roles that approve awards. */
export type ApproverRole = Role.DECIDER | Role.GATEKEEPER;

export interface ApprovalRequirement {
  /** Distinct deciders who must approve (0–5). */
  deciders: number;
  /** Whether a gatekeeper must approve too (after the deciders when sequential). */
  gatekeeper: boolean;
}

export interface ApprovalTier extends ApprovalRequirement {
  /** Award values up to and including this amount (in the case currency); null for "above every other tier". */
  upTo: number | null;
}

export interface ApprovalPolicy {
  mode: ApprovalMode;
  /** Ascending by `upTo`; the last one has `upTo: null`. */
  tiers: ApprovalTier[];
  /** Importance classes that need at least this route whatever the value (the stricter one wins). */
  byImportance: Partial<Record<ImportanceClass, ApprovalRequirement>>;
}

/** product.md: up to 10 000 one decider; up to 100 000 two; above that, or strategic, two deciders plus the gatekeeper. */
export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = {
  mode: ApprovalMode.SEQUENTIAL,
  tiers: [
    { upTo: 10_000, deciders: 1, gatekeeper: false },
    { upTo: 100_000, deciders: 2, gatekeeper: false },
    { upTo: null, deciders: 2, gatekeeper: true },
  ],
  byImportance: { [ImportanceClass.STRATEGIC]: { deciders: 2, gatekeeper: true } },
};

export const MAX_DECIDERS_PER_ROUTE = 5;
export const MAX_APPROVAL_TIERS = 10;
/**
 * The highest upper limit of a tier: one trillion in the case currency, far above any award and
 * well inside what an award's total holds (numeric(18,2)); amounts have at most 2 decimal places.
 */
export const MAX_APPROVAL_THRESHOLD = 1_000_000_000_000;

/** The approvals an award of `value` (case currency) and `importance` needs: the value's tier, raised by the importance rule. */
export function requiredApprovals(policy: ApprovalPolicy, value: number, importance: ImportanceClass): ApprovalRequirement {
  const tier = policy.tiers.find((t) => t.upTo === null || value <= t.upTo) ?? policy.tiers[policy.tiers.length - 1];
  const byImportance = policy.byImportance[importance];
  return {
    deciders: Math.max(tier?.deciders ?? 1, byImportance?.deciders ?? 0),
    gatekeeper: (tier?.gatekeeper ?? false) || (byImportance?.gatekeeper ?? false),
  };
}

/** The route as ordered steps: the deciders, then the gatekeeper. */
export function approvalSteps(requirement: ApprovalRequirement): ApproverRole[] {
  return [...Array.from({ length: requirement.deciders }, () => Role.DECIDER as ApproverRole), ...(requirement.gatekeeper ? [Role.GATEKEEPER as ApproverRole] : [])];
}

/**
 * Which steps are open for an approval now, given the roles of the approvals already in (in the
 * order they came). Sequential: only the first step not yet filled; parallel: every step not filled.
 */
export function openSteps(steps: readonly ApproverRole[], approvedRoles: readonly ApproverRole[], mode: ApprovalMode): number[] {
  const filled = fillSteps(steps, approvedRoles);
  const open = steps.map((_, i) => i).filter((i) => !filled[i]);
  return mode === ApprovalMode.SEQUENTIAL ? open.slice(0, 1) : open;
}

/** Which steps the approvals in fill: each approval fills the first unfilled step of its role. */
export function fillSteps(steps: readonly ApproverRole[], approvedRoles: readonly ApproverRole[]): boolean[] {
  const filled = steps.map(() => false);
  for (const role of approvedRoles) {
    const i = steps.findIndex((s, k) => s === role && !filled[k]);
    if (i >= 0) filled[i] = true;
  }
  return filled;
}

/**
 * The role in which a user with `userRoles` approves now, or null when no open step takes any of
 * their roles. A user holding both roles fills a decider step first.
 */
export function approvingRole(steps: readonly ApproverRole[], approvedRoles: readonly ApproverRole[], mode: ApprovalMode, userRoles: readonly Role[]): ApproverRole | null {
  const open = openSteps(steps, approvedRoles, mode).map((i) => steps[i]);
  for (const role of [Role.DECIDER, Role.GATEKEEPER] as ApproverRole[]) {
    if (userRoles.includes(role) && open.includes(role)) return role;
  }
  return null;
}

export function routeComplete(steps: readonly ApproverRole[], approvedRoles: readonly ApproverRole[]): boolean {
  return fillSteps(steps, approvedRoles).every(Boolean);
}

/** The rule a policy problem breaks: a stable name a client translates (never its English message). */
export enum PolicyRule {
  TIERS_REQUIRED = 'TIERS_REQUIRED',
  TIERS_MAX = 'TIERS_MAX',
  LAST_TIER_OPEN = 'LAST_TIER_OPEN',
  UP_TO_REQUIRED = 'UP_TO_REQUIRED',
  UP_TO_POSITIVE = 'UP_TO_POSITIVE',
  UP_TO_MAX = 'UP_TO_MAX',
  UP_TO_PLACES = 'UP_TO_PLACES',
  UP_TO_RISING = 'UP_TO_RISING',
  DECIDERS_RANGE = 'DECIDERS_RANGE',
  NO_APPROVAL = 'NO_APPROVAL',
}

export interface PolicyProblem {
  field: string;
  message: string;
  rule: PolicyRule;
}

/** What is wrong with a policy an admin submits; empty when it may be saved. */
export function approvalPolicyProblems(policy: ApprovalPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const { tiers } = policy;
  if (tiers.length === 0) problems.push({ field: 'input.tiers', message: 'The policy needs at least one tier', rule: PolicyRule.TIERS_REQUIRED });
  if (tiers.length > MAX_APPROVAL_TIERS) problems.push({ field: 'input.tiers', message: `At most ${MAX_APPROVAL_TIERS} tiers`, rule: PolicyRule.TIERS_MAX });
  tiers.forEach((t, i) => {
    const last = i === tiers.length - 1;
    if (last && t.upTo !== null) problems.push({ field: `input.tiers.${i}.upTo`, message: 'The last tier covers every higher value: leave its upper limit empty', rule: PolicyRule.LAST_TIER_OPEN });
    if (!last && t.upTo === null) problems.push({ field: `input.tiers.${i}.upTo`, message: 'Only the last tier may be open-ended', rule: PolicyRule.UP_TO_REQUIRED });
    if (t.upTo !== null && !(Number.isFinite(t.upTo) && t.upTo > 0)) problems.push({ field: `input.tiers.${i}.upTo`, message: 'An upper limit is a positive amount', rule: PolicyRule.UP_TO_POSITIVE });
    else if (t.upTo !== null && t.upTo > MAX_APPROVAL_THRESHOLD) {
      problems.push({ field: `input.tiers.${i}.upTo`, message: `An upper limit is at most ${MAX_APPROVAL_THRESHOLD.toLocaleString('en')}`, rule: PolicyRule.UP_TO_MAX });
    } else if (t.upTo !== null && Math.round(t.upTo * 100) / 100 !== t.upTo) {
      problems.push({ field: `input.tiers.${i}.upTo`, message: 'An upper limit has at most 2 decimal places', rule: PolicyRule.UP_TO_PLACES });
    }
    const prev = tiers[i - 1];
    if (prev && prev.upTo !== null && t.upTo !== null && t.upTo <= prev.upTo) {
      problems.push({ field: `input.tiers.${i}.upTo`, message: 'Upper limits must rise from tier to tier', rule: PolicyRule.UP_TO_RISING });
    }
    problems.push(...requirementProblems(t, `input.tiers.${i}`));
  });
  for (const [klass, req] of Object.entries(policy.byImportance)) {
    if (req) problems.push(...requirementProblems(req, `input.byImportance.${klass}`));
  }
  return problems;
}

function requirementProblems(r: ApprovalRequirement, field: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (!Number.isInteger(r.deciders) || r.deciders < 0 || r.deciders > MAX_DECIDERS_PER_ROUTE) {
    problems.push({ field: `${field}.deciders`, message: `Deciders is a whole number from 0 to ${MAX_DECIDERS_PER_ROUTE}`, rule: PolicyRule.DECIDERS_RANGE });
  } else if (r.deciders === 0 && !r.gatekeeper) {
    problems.push({ field: `${field}.deciders`, message: 'Every award needs at least one approval', rule: PolicyRule.NO_APPROVAL });
  }
  return problems;
}

/** One awarded line: which supplier (by invitation) delivers how much at what quoted unit price, and the rate to the case currency. */
export interface AwardLineInput extends PricedLine {
  lineKey: string;
  invitationId: string;
  /** The value of 1 unit of the quote's currency in the case currency; null or absent: the quote is in the case currency. */
  rate?: string | null;
}

export interface AwardTotals {
  /** Per input line, its total in the case currency (`convertedLineTotal`), or null when not quoted. */
  lines: Array<string | null>;
  /** Per invitation, the sum of its line totals. */
  bySupplier: Array<{ invitationId: string; total: string; lines: number }>;
  /** The sum of the line totals. */
  total: string;
}

/**
 * The totals of an award (single or split) by the money rules: each line's total in the case
 * currency (quantity × unit price to the cent, then converted to the cent), summed per supplier
 * and overall. The server stores the same amounts (`planAward` in the award lib).
 */
export function awardTotals(lines: readonly AwardLineInput[]): AwardTotals {
  const totals = lines.map((l) => convertedLineTotal(l, l.rate ?? null));
  const bySupplier = new Map<string, string[]>();
  lines.forEach((l, i) => {
    const total = totals[i];
    if (total !== null) bySupplier.set(l.invitationId, [...(bySupplier.get(l.invitationId) ?? []), total]);
  });
  return {
    lines: totals,
    bySupplier: [...bySupplier.entries()].map(([invitationId, of]) => ({ invitationId, total: sumMoney(of), lines: of.length })),
    total: sumMoney(totals.filter((t): t is string => t !== null)),
  };
}

/**
 * Savings of the award against the first best quote (both in the case currency): the difference to
 * the cent, positive when the award is cheaper, and in percent of the first best (1 place). Null
 * without a first best above 0.
 */
export function savings(firstBestTotal: string | null, awardedTotal: string): { amount: string; percent: number } | null {
  if (firstBestTotal === null || compareDecimals(firstBestTotal, '0') <= 0) return null;
  const amount = subtractMoney(firstBestTotal, awardedTotal);
  return { amount, percent: percentOf(amount, firstBestTotal, 1) };
}

// ---- can a route be completed? -------------------------------------------------------------------

/** A role of a route that too few eligible people hold: `required` distinct approvers, `available` who may fill it. */
export interface RouteShortfall {
  role: ApproverRole;
  required: number;
  available: number;
}

/**
 * What keeps `steps` from ever being completed by `candidates` (the approving roles of each
 * distinct person who may approve: active, not the requester, no declared conflict, not decided
 * yet). Every step needs its own person; someone holding both roles fills only one step. Empty
 * when the route can be completed. Worked example: one decider and a route of two decider steps
 * gives `[{ role: DECIDER, required: 2, available: 1 }]`; one person holding both roles and a
 * route of one decider and the gatekeeper gives `[{ role: GATEKEEPER, required: 1, available: 0 }]`
 * (they fill the decider step first).
 */
export function routeShortfalls(steps: readonly ApproverRole[], candidates: ReadonlyArray<readonly Role[]>): RouteShortfall[] {
  const needD = steps.filter((s) => s === Role.DECIDER).length;
  const needG = steps.filter((s) => s === Role.GATEKEEPER).length;
  let onlyD = 0;
  let onlyG = 0;
  let both = 0;
  for (const roles of candidates) {
    const d = roles.includes(Role.DECIDER);
    const g = roles.includes(Role.GATEKEEPER);
    if (d && g) both++;
    else if (d) onlyD++;
    else if (g) onlyG++;
  }
  const out: RouteShortfall[] = [];
  if (needD > onlyD + both) out.push({ role: Role.DECIDER, required: needD, available: onlyD + both });
  if (needG > onlyG + both) out.push({ role: Role.GATEKEEPER, required: needG, available: onlyG + both });
  if (out.length === 0 && needD + needG > onlyD + onlyG + both) {
    // Enough of each role alone, not of both together: those holding both are taken by the deciders' steps first.
    out.push({ role: Role.GATEKEEPER, required: needG, available: Math.max(0, onlyG + both - Math.max(0, needD - onlyD)) });
  }
  return out;
}

/** The shortfalls in words, for messages: "2 deciders needed, 1 eligible". */
export function shortfallText(shortfalls: readonly RouteShortfall[]): string {
  return shortfalls
    .map((s) => `${s.required} ${s.role === Role.DECIDER ? (s.required === 1 ? 'decider' : 'deciders') : s.required === 1 ? 'gatekeeper' : 'gatekeepers'} needed, ${s.available} eligible`)
    .join('; ');
}

/**
 * The worst case of a route in an organization, for the policy editor: the shortfalls when the
 * requester is any one of `requesters` (each is dropped from the candidates in turn, since nobody
 * approves their own request), or with every holder when no requester holds an approving role.
 * `people` are the active users with their roles; `requesters` are the ids of those who may ask.
 */
export function worstCaseShortfalls(steps: readonly ApproverRole[], people: ReadonlyArray<{ id: string; roles: readonly Role[] }>, requesters: readonly string[]): RouteShortfall[] {
  let worst = routeShortfalls(steps, people.map((p) => p.roles));
  const missing = (s: RouteShortfall[]) => s.reduce((n, x) => n + (x.required - x.available), 0);
  for (const id of requesters) {
    const without = routeShortfalls(steps, people.filter((p) => p.id !== id).map((p) => p.roles));
    if (missing(without) > missing(worst)) worst = without;
  }
  return worst;
}
