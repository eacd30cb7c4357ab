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
  INTERNAL = 'INTERNAL',
}
