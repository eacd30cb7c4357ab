/**
 * "My tasks": what waits for the signed-in user, across every role they hold, in one list.
 * The API builds the list (each kind from the rule that governs it) and orders it with
 * `compareTasks`; the web shows it as the start page of every user and counts it in the navigation.
 */
export enum TaskKind {
  /** A pending award proposal whose open step takes the user (decider, gatekeeper, deputy). */
  AWARD_APPROVAL = 'AWARD_APPROVAL',
  /** A submitted shortlist the user may approve (gatekeeper). */
  SHORTLIST_APPROVAL = 'SHORTLIST_APPROVAL',
  /** A draft RFQ whose approval was requested and the user may approve (gatekeeper). */
  RFQ_APPROVAL = 'RFQ_APPROVAL',
  /**
   * A scheduled reverse auction whose settings the user may approve before its start (gatekeeper;
   * not whoever scheduled it, as with RFQ approvals).
   */
  AUCTION_APPROVAL = 'AUCTION_APPROVAL',
  /** Scores the user still owes on a closed RFQ (specifier, buyer, advisor). */
  SCORES_OWED = 'SCORES_OWED',
  /** Supplier questions nobody has answered yet on an open RFQ (buyer). */
  SUPPLIER_QUESTIONS = 'SUPPLIER_QUESTIONS',
  /** An open RFQ closing within `TASK_CLOSING_SOON_HOURS` (buyer). */
  RFQ_CLOSING = 'RFQ_CLOSING',
  /** A negotiation round that is open: the buyer follows it, an invited supplier answers it. */
  ROUND_OPEN = 'ROUND_OPEN',
  /** A need waiting for a buyer to accept or decline it. */
  NEED_WAITING = 'NEED_WAITING',
  /** An RFQ a supplier was invited to and has neither quoted nor declined while it is open. */
  QUOTE_DUE = 'QUOTE_DUE',
  /** A pending award proposal nobody can decide now: an admin reassigns its waiting step (admin). */
  APPROVAL_STUCK = 'APPROVAL_STUCK',
}

/** An RFQ closing within this many hours is a task of its buyers. */
export const TASK_CLOSING_SOON_HOURS = 48;

/** Someone else waits on these: they come before work with no deadline. */
const WAITING_ON_YOU: ReadonlySet<TaskKind> = new Set([TaskKind.AWARD_APPROVAL, TaskKind.SHORTLIST_APPROVAL, TaskKind.RFQ_APPROVAL, TaskKind.AUCTION_APPROVAL, TaskKind.APPROVAL_STUCK]);

export interface TaskOrderFacts {
  kind: TaskKind;
  /** The deadline the task runs against, if it has one. */
  dueAt: Date | null;
  /** Since when it waits. */
  since: Date;
}

/**
 * The urgency rule, in tiers: (1) anything due within `TASK_CLOSING_SOON_HOURS`, soonest first;
 * (2) approvals someone waits on, oldest first; (3) the rest with a deadline, soonest first;
 * (4) the rest, oldest first. Ties keep a stable order by kind.
 */
export function compareTasks(now: Date): (a: TaskOrderFacts, b: TaskOrderFacts) => number {
  const soon = now.getTime() + TASK_CLOSING_SOON_HOURS * 3_600_000;
  const tier = (t: TaskOrderFacts) => {
    if (t.dueAt && t.dueAt.getTime() <= soon) return 0;
    if (WAITING_ON_YOU.has(t.kind)) return 1;
    return t.dueAt ? 2 : 3;
  };
  const key = (t: TaskOrderFacts) => (tier(t) === 0 || tier(t) === 2 ? t.dueAt!.getTime() : t.since.getTime());
  return (a, b) => tier(a) - tier(b) || key(a) - key(b) || a.kind.localeCompare(b.kind);
}
