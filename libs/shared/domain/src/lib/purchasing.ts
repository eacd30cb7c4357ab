import { Role, WORKSPACE_ROLES } from './roles';

/**
 * Purchase cases: the kinds of purchase, the importance classes and the stages, with the one
 * declared state machine the server enforces (product.md, "The process").
 */

/** The kind of purchase (seed: *die Art des Kaufs*); it sets the path a case takes. */
export enum PurchaseType {
  NEW_TASK = 'NEW_TASK',
  MODIFIED_REBUY = 'MODIFIED_REBUY',
  STRAIGHT_REBUY = 'STRAIGHT_REBUY',
}

/** Kraljic importance class; it sets how suppliers are judged. */
export enum ImportanceClass {
  STRATEGIC = 'STRATEGIC',
  BOTTLENECK = 'BOTTLENECK',
  LEVERAGE = 'LEVERAGE',
  ROUTINE = 'ROUTINE',
}

export enum CaseStage {
  NEED = 'NEED',
  SPECIFICATION = 'SPECIFICATION',
  SOURCING = 'SOURCING',
  RFQ = 'RFQ',
  EVALUATION = 'EVALUATION',
  NEGOTIATION = 'NEGOTIATION',
  DECISION = 'DECISION',
  AWARDED = 'AWARDED',
  CANCELLED = 'CANCELLED',
}

/** The stages in process order, for boards and progress displays. */
export const CASE_STAGE_ORDER: readonly CaseStage[] = [
  CaseStage.NEED,
  CaseStage.SPECIFICATION,
  CaseStage.SOURCING,
  CaseStage.RFQ,
  CaseStage.EVALUATION,
  CaseStage.NEGOTIATION,
  CaseStage.DECISION,
  CaseStage.AWARDED,
  CaseStage.CANCELLED,
];

export const CLOSED_STAGES: readonly CaseStage[] = [CaseStage.AWARDED, CaseStage.CANCELLED];

export enum NeedStatus {
  /** Raised by the requester, waiting for a buyer. */
  SUBMITTED = 'SUBMITTED',
  /** Turned into a purchase case. */
  ACCEPTED = 'ACCEPTED',
  /** Declined by a buyer, with a reason. */
  DECLINED = 'DECLINED',
  /** Taken back by the requester before a buyer acted. */
  WITHDRAWN = 'WITHDRAWN',
}

export enum SpecificationStatus {
  /** Readable and approvable; never changed: editing makes a new version. */
  DRAFT = 'DRAFT',
  /** Approved by a specifier and frozen; only such a version can go into an RFQ. */
  APPROVED = 'APPROVED',
}

export enum RequirementKind {
  MUST_HAVE = 'MUST_HAVE',
  NICE_TO_HAVE = 'NICE_TO_HAVE',
}

export enum ShortlistStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

export enum ShortlistDecision {
  IN = 'IN',
  OUT = 'OUT',
}

/** Why a supplier stands on a shortlist. */
export enum ShortlistSource {
  SUGGESTION = 'SUGGESTION',
  SEARCH = 'SEARCH',
  /** Pre-filled from the earlier case of a modified rebuy. */
  REBUY = 'REBUY',
  /** The incumbent supplier of the earlier case of a straight rebuy. */
  INCUMBENT = 'INCUMBENT',
}

/** Minimum suppliers on an approved shortlist when the organization has set nothing else. */
export const DEFAULT_MINIMUM_SUPPLIERS: Readonly<Record<PurchaseType, number>> = {
  [PurchaseType.NEW_TASK]: 3,
  [PurchaseType.MODIFIED_REBUY]: 2,
  [PurchaseType.STRAIGHT_REBUY]: 1,
};

/**
 * Minimum bidding period (days from publishing to the closing time) when the organization has set
 * nothing else: a new task needs suppliers to study it, a straight rebuy is known to them. A shorter
 * period needs a written justification, shown to the gatekeeper who approves the RFQ.
 */
export const DEFAULT_MINIMUM_BIDDING_DAYS: Readonly<Record<PurchaseType, number>> = {
  [PurchaseType.NEW_TASK]: 10,
  [PurchaseType.MODIFIED_REBUY]: 5,
  [PurchaseType.STRAIGHT_REBUY]: 3,
};

/** What a stage transition needs that is not there. Stable codes; clients translate them. */
export enum TransitionBlocker {
  /** The case has no CPV category. */
  CATEGORY_MISSING = 'CATEGORY_MISSING',
  /** Nobody on the case team holds the SPECIFIER role. */
  NO_SPECIFIER_ON_TEAM = 'NO_SPECIFIER_ON_TEAM',
  /** No version of the specification has been approved. */
  SPECIFICATION_NOT_APPROVED = 'SPECIFICATION_NOT_APPROVED',
  /** The shortlist has not been approved by a gatekeeper (or was changed since). */
  SHORTLIST_NOT_APPROVED = 'SHORTLIST_NOT_APPROVED',
  /** Fewer suppliers than the policy's minimum and no written single-source justification. */
  SINGLE_SOURCE_UNJUSTIFIED = 'SINGLE_SOURCE_UNJUSTIFIED',
  /** This transition needs a written reason. */
  REASON_REQUIRED = 'REASON_REQUIRED',
  /** The case is closed (awarded or cancelled). */
  CASE_CLOSED = 'CASE_CLOSED',
  /** Not every quote has a consensus score on every criterion that evaluators score. */
  EVALUATION_INCOMPLETE = 'EVALUATION_INCOMPLETE',
  /** A negotiation round is still open. */
  NEGOTIATION_ROUND_OPEN = 'NEGOTIATION_ROUND_OPEN',
  /** An award proposal is waiting for approvals: withdraw it first. */
  AWARD_PENDING = 'AWARD_PENDING',
  /** A reverse auction of the case is scheduled or running: wait for its end or cancel it. */
  AUCTION_PENDING = 'AUCTION_PENDING',
  /** The RFQ still takes quotes: the case goes on to the evaluation when it closes. */
  RFQ_NOT_CLOSED = 'RFQ_NOT_CLOSED',
  /** The RFQ has reached its closing time: its quotes are opened, it can no longer be cancelled. */
  RFQ_CLOSED = 'RFQ_CLOSED',
  /** No award proposal has every approval the approval policy requires. */
  AWARD_NOT_APPROVED = 'AWARD_NOT_APPROVED',
}

/**
 * The facts about a case that transitions depend on; the server gathers them. Those up to the
 * shortlist are purchasing's own; the later ones belong to the libraries above it (RFQ,
 * evaluation, negotiation, award), which contribute them for cases in the stages whose moves look
 * at them (LATER_CASE_FACTS says what each is when no library said otherwise).
 */
export interface CaseFacts {
  hasCategory: boolean;
  specifierOnTeam: boolean;
  approvedSpecification: boolean;
  shortlistApproved: boolean;
  /** Suppliers taken in (decision IN) on the shortlist. */
  shortlistedCount: number;
  minimumSuppliers: number;
  singleSourceJustified: boolean;
  /** The case's RFQ has closed and its quotes are opened. */
  rfqClosed: boolean;
  /** The case's RFQ has closed, or has reached its closing time and is about to be closed by the server. */
  rfqClosingPassed: boolean;
  /**
   * The closed RFQ is fully evaluated: it has quotes, each has a consensus score on every criterion
   * evaluators score (prices converted), and under two envelopes the technical scores are locked.
   */
  evaluationComplete: boolean;
  /** A negotiation round of the case is open (by the database clock). */
  negotiationRoundOpen: boolean;
  /** An award proposal of the case waits for its approvals. */
  awardPending: boolean;
  /** A reverse auction of the case is scheduled, approved or running (not ended, not cancelled). */
  auctionPending: boolean;
  /** An award proposal of the case has every approval the policy requires. */
  awardApproved: boolean;
}

/** The facts owned by the libraries above purchasing, each as it is when no library said otherwise. */
export const LATER_CASE_FACTS: Readonly<
  Pick<CaseFacts, 'rfqClosed' | 'rfqClosingPassed' | 'evaluationComplete' | 'negotiationRoundOpen' | 'awardPending' | 'awardApproved' | 'auctionPending'>
> = {
  rfqClosed: false,
  rfqClosingPassed: false,
  evaluationComplete: false,
  negotiationRoundOpen: false,
  awardPending: false,
  awardApproved: false,
  auctionPending: false,
};

/** Transitions that happen by an action of their own, never by a plain stage move. */
export enum TransitionVia {
  /** Publishing the approved RFQ moves the case from SOURCING to RFQ. */
  RFQ_PUBLISH = 'RFQ_PUBLISH',
  /** The server closes the RFQ at its closing time and the case goes to EVALUATION. */
  RFQ_CLOSE = 'RFQ_CLOSE',
  /** Cancelling a published RFQ takes the case back to SOURCING. */
  RFQ_CANCEL = 'RFQ_CANCEL',
  /** Opening a negotiation round moves the case to NEGOTIATION (from EVALUATION, or back from DECISION). */
  NEGOTIATION_OPEN = 'NEGOTIATION_OPEN',
  /** Skipping negotiation (with a reason) moves an evaluated case straight to DECISION. */
  NEGOTIATION_SKIP = 'NEGOTIATION_SKIP',
  /** Ending the negotiation moves the case to DECISION once no round is open. */
  NEGOTIATION_FINISH = 'NEGOTIATION_FINISH',
  /** The last approval the policy requires moves the case to AWARDED. */
  AWARD_APPROVAL = 'AWARD_APPROVAL',
}

export interface CaseTransition {
  from: CaseStage;
  to: CaseStage;
  /** Set when the move is made by that action (and refused as a plain move). */
  via?: TransitionVia;
  /** A written reason is required (cancelling, going back). */
  needsReason: boolean;
  preconditions: (facts: CaseFacts) => TransitionBlocker[];
}

const shortlistReady = (f: CaseFacts): TransitionBlocker[] => [
  ...(f.approvedSpecification ? [] : [TransitionBlocker.SPECIFICATION_NOT_APPROVED]),
  ...(f.shortlistApproved ? [] : [TransitionBlocker.SHORTLIST_NOT_APPROVED]),
  ...(f.shortlistedCount >= f.minimumSuppliers || f.singleSourceJustified
    ? []
    : [TransitionBlocker.SINGLE_SOURCE_UNJUSTIFIED]),
];

const evaluated = (f: CaseFacts): TransitionBlocker[] => (f.evaluationComplete ? [] : [TransitionBlocker.EVALUATION_INCOMPLETE]);

/** A scheduled or running reverse auction holds the case where it is (its end moves it on by the buyer's next step). */
const noAuction = (f: CaseFacts): TransitionBlocker[] => (f.auctionPending ? [TransitionBlocker.AUCTION_PENDING] : []);

const OPEN_STAGES = CASE_STAGE_ORDER.filter((s) => !CLOSED_STAGES.includes(s));

/**
 * Every stage transition there is, with everything it needs. Anything not listed is refused. The
 * moves after SOURCING are made by actions of the RFQ, negotiation and award libraries (`via`);
 * those check them here too, with the facts they contribute (CaseFacts).
 */
export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  {
    from: CaseStage.NEED,
    to: CaseStage.SPECIFICATION,
    needsReason: false,
    preconditions: (f) => [
      ...(f.hasCategory ? [] : [TransitionBlocker.CATEGORY_MISSING]),
      ...(f.specifierOnTeam ? [] : [TransitionBlocker.NO_SPECIFIER_ON_TEAM]),
    ],
  },
  {
    from: CaseStage.SPECIFICATION,
    to: CaseStage.SOURCING,
    needsReason: false,
    preconditions: (f) => (f.approvedSpecification ? [] : [TransitionBlocker.SPECIFICATION_NOT_APPROVED]),
  },
  // Back to the specification when sourcing shows it must change; the reason is kept. Nothing else
  // holds it: the shortlist and an RFQ draft stay and are checked again on the way forward.
  { from: CaseStage.SOURCING, to: CaseStage.SPECIFICATION, needsReason: true, preconditions: () => [] },
  { from: CaseStage.SOURCING, to: CaseStage.RFQ, needsReason: false, via: TransitionVia.RFQ_PUBLISH, preconditions: shortlistReady },
  // The quotes are opened at the closing time (or early, once every invitee has answered).
  {
    from: CaseStage.RFQ,
    to: CaseStage.EVALUATION,
    needsReason: false,
    via: TransitionVia.RFQ_CLOSE,
    preconditions: (f) => (f.rfqClosed ? [] : [TransitionBlocker.RFQ_NOT_CLOSED]),
  },
  // Cancelling the RFQ is possible only while it still takes quotes.
  {
    from: CaseStage.RFQ,
    to: CaseStage.SOURCING,
    needsReason: true,
    via: TransitionVia.RFQ_CANCEL,
    preconditions: (f) => (f.rfqClosingPassed ? [TransitionBlocker.RFQ_CLOSED] : []),
  },
  { from: CaseStage.EVALUATION, to: CaseStage.NEGOTIATION, needsReason: false, via: TransitionVia.NEGOTIATION_OPEN, preconditions: (f) => [...evaluated(f), ...noAuction(f)] },
  { from: CaseStage.EVALUATION, to: CaseStage.DECISION, needsReason: true, via: TransitionVia.NEGOTIATION_SKIP, preconditions: (f) => [...evaluated(f), ...noAuction(f)] },
  {
    from: CaseStage.NEGOTIATION,
    to: CaseStage.DECISION,
    needsReason: false,
    via: TransitionVia.NEGOTIATION_FINISH,
    preconditions: (f) => [...(f.negotiationRoundOpen ? [TransitionBlocker.NEGOTIATION_ROUND_OPEN] : []), ...noAuction(f)],
  },
  // Back to negotiating from the decision: not while a proposal waits for its approvals.
  {
    from: CaseStage.DECISION,
    to: CaseStage.NEGOTIATION,
    needsReason: false,
    via: TransitionVia.NEGOTIATION_OPEN,
    preconditions: (f) => (f.awardPending ? [TransitionBlocker.AWARD_PENDING] : []),
  },
  {
    from: CaseStage.DECISION,
    to: CaseStage.AWARDED,
    needsReason: false,
    via: TransitionVia.AWARD_APPROVAL,
    preconditions: (f) => (f.awardApproved ? [] : [TransitionBlocker.AWARD_NOT_APPROVED]),
  },
  // Cancelling needs only a reason: what is open (approvals, a negotiation round) is withdrawn with the case.
  ...OPEN_STAGES.map((from) => ({ from, to: CaseStage.CANCELLED, needsReason: true, preconditions: () => [] })),
];

export function findTransition(from: CaseStage, to: CaseStage): CaseTransition | undefined {
  return CASE_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The transitions out of a stage, in declaration order. */
export function transitionsFrom(from: CaseStage): CaseTransition[] {
  return CASE_TRANSITIONS.filter((t) => t.from === from);
}

/**
 * What stands in the way of moving a case from `from` to `to`; empty when it may move.
 * `undefined` means there is no such transition at all.
 */
export function transitionBlockers(
  from: CaseStage,
  to: CaseStage,
  facts: CaseFacts,
  reason?: string | null,
): TransitionBlocker[] | undefined {
  if (CLOSED_STAGES.includes(from)) return [TransitionBlocker.CASE_CLOSED];
  const transition = findTransition(from, to);
  if (!transition) return undefined;
  const blockers = transition.preconditions(facts);
  if (transition.needsReason && !reason?.trim()) blockers.push(TransitionBlocker.REASON_REQUIRED);
  return blockers;
}

/** The roles a user may hold on a case team (and must hold in the organization too). */
export const TEAM_ROLES: readonly Role[] = WORKSPACE_ROLES;

/**
 * Organization roles that act on every case of their organization, on the team or not:
 * procurement (BUYER) and compliance (GATEKEEPER) oversee all cases.
 */
export const ORGANIZATION_WIDE_CASE_ROLES: readonly Role[] = [Role.BUYER, Role.GATEKEEPER];

/** The roles a user acts in on one case: its team roles they still hold, and the organization-wide ones. */
export function caseRoles(organizationRoles: readonly Role[], teamRoles: readonly Role[]): Role[] {
  const held = new Set(organizationRoles);
  const roles = new Set<Role>(teamRoles.filter((r) => held.has(r)));
  for (const r of ORGANIZATION_WIDE_CASE_ROLES) if (held.has(r)) roles.add(r);
  return [...roles].sort();
}

/** Stages in which the specification may be edited and approved, and the shortlist built. */
export const PRE_RFQ_STAGES: readonly CaseStage[] = [CaseStage.NEED, CaseStage.SPECIFICATION, CaseStage.SOURCING];
