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
  INTERNAL = 'INTERNAL',
}
