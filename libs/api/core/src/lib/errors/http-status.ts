import { ErrorCode } from '@bc/shared/domain';

/** The HTTP status a REST route answers an error code with (GraphQL answers 200 with the code). */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.INVALID_CREDENTIALS]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.SEPARATION_OF_DUTIES]: 403,
  [ErrorCode.CONFLICT_OF_INTEREST]: 403,
  [ErrorCode.NOT_YOUR_TURN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.PASSWORD_REJECTED]: 400,
  [ErrorCode.INVITATION_INVALID]: 400,
  [ErrorCode.DEADLINE_IN_PAST]: 400,
  [ErrorCode.BIDDING_PERIOD_TOO_SHORT]: 400,
  [ErrorCode.OCID_PREFIX_INVALID]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL]: 500,
};

/** Every other code is a state the request does not fit (stale, locked, sealed, closed…): 409. */
export function httpStatusOf(code: ErrorCode): number {
  return STATUS[code] ?? 409;
}

/** The error code of an HTTP status Nest itself raised (body too large, route guards…). */
export function errorCodeOfStatus(status: number): ErrorCode | null {
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 409) return ErrorCode.CONFLICT;
  if (status === 429) return ErrorCode.RATE_LIMITED;
  if (status >= 400 && status < 500) return ErrorCode.VALIDATION_FAILED;
  return null;
}
