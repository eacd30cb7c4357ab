/**
 * Stable codes for expected failures. Clients act on and translate these; the text that
 * comes with them is for people and may change.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVITATION_INVALID = 'INVITATION_INVALID',
  PASSWORD_REJECTED = 'PASSWORD_REJECTED',
  /** A stage transition was refused; `details.blockers` lists the unmet preconditions. */
  TRANSITION_REFUSED = 'TRANSITION_REFUSED',
  /** The user declared a conflict of interest that bars this action. */
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  /** The record changed since the caller read it (e.g. a newer specification version exists). */
  STALE = 'STALE',
  /** The case's stage no longer allows this change (e.g. editing the specification once the RFQ is out). */
  STAGE_LOCKED = 'STAGE_LOCKED',
  /** A modified rebuy needs an earlier case that has a specification to copy. */
  SPECIFICATION_MISSING = 'SPECIFICATION_MISSING',
  /** The RFQ has closed (by the server's clock): quotes and questions are no longer taken. */
  RFQ_CLOSED = 'RFQ_CLOSED',
  /** The question deadline of the RFQ has passed. */
  QUESTION_PERIOD_OVER = 'QUESTION_PERIOD_OVER',
  /** Quote content is sealed until the RFQ closes: nobody on the buying side may read it yet. */
  SEALED = 'SEALED',
  /** The negotiation round is over (deadline by the server's clock, or ended by the buyer): no more offers. */
  ROUND_CLOSED = 'ROUND_CLOSED',
  /** Whoever proposed an award (or submitted something for approval) cannot approve it. */
  SEPARATION_OF_DUTIES = 'SEPARATION_OF_DUTIES',
  /** This user has already approved or rejected this proposal. */
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  /** Sequential approval: no open step of the route takes this user's roles yet (or at all). */
  NOT_YOUR_TURN = 'NOT_YOUR_TURN',
  /** Two-envelope evaluation: prices stay hidden until the technical scoring is complete and locked. */
  PRICES_HIDDEN = 'PRICES_HIDDEN',
  /** Two-envelope evaluation: the technical scores are locked and can no longer change. */
  SCORES_LOCKED = 'SCORES_LOCKED',
  /**
   * The approval this asks for cannot be completed: the organization has fewer eligible approvers
   * of a role than the route needs (the requester and anyone with a declared conflict do not
   * count). `details.shortfalls` lists `{ role, required, available }`.
   */
  APPROVAL_ROUTE_INCOMPLETE = 'APPROVAL_ROUTE_INCOMPLETE',
  /** An early close while invitees are still out (neither quoted nor declined); `details.outstanding` says how many. */
  INVITEES_OUTSTANDING = 'INVITEES_OUTSTANDING',
  /** A closing time or deadline that has already passed (by the server's clock). */
  DEADLINE_IN_PAST = 'DEADLINE_IN_PAST',
  /** The bidding period is shorter than the policy's minimum for the purchase type and no justification was given. */
  BIDDING_PERIOD_TOO_SHORT = 'BIDDING_PERIOD_TOO_SHORT',
  /** The invited email already belongs to a user of the portal (an email is one user in the whole portal). */
  ACCOUNT_EXISTS = 'ACCOUNT_EXISTS',
  /** The change would leave the organization without an active admin: make someone else admin first. */
  LAST_ADMIN = 'LAST_ADMIN',
  /** The Idempotency-Key was sent before with a different request (another body or operation): a new request needs a new key. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The auction has not started yet (not approved, or before its start time by the server's clock): no bids yet. `details.startsAt`. */
  AUCTION_NOT_STARTED = 'AUCTION_NOT_STARTED',
  /** The auction is over (its end time passed by the server's clock, even by a millisecond) or was cancelled: no more bids. `details.endedAt`. */
  AUCTION_ENDED = 'AUCTION_ENDED',
  /** The bid does not improve on the bidder's own last bid by at least the minimum decrement. `details.nextValidBid`. */
  AUCTION_BID_TOO_HIGH = 'AUCTION_BID_TOO_HIGH',
  /** The auction's settings are frozen: it has started, ended or been cancelled (or approved, for a change without a new approval). */
  AUCTION_LOCKED = 'AUCTION_LOCKED',
  /** An ocid prefix is `ocds-` and six lowercase letters or digits, as the Open Contracting Partnership registers them. `details.pattern`. */
  OCID_PREFIX_INVALID = 'OCID_PREFIX_INVALID',
  /** Open data needs the organization's ocid prefix first (an admin sets it on the purchasing policy page). */
  OCID_PREFIX_MISSING = 'OCID_PREFIX_MISSING',
  /**
   * The database could not be reached, lost the connection or could not serialize the change:
   * nothing was stored, and the same request may succeed in a moment (`details.retryAfterSeconds`;
   * REST and GraphQL answer HTTP 503 with `Retry-After`). Never a defect, unlike INTERNAL.
   */
  UNAVAILABLE = 'UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}
