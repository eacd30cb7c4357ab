import { ErrorCode } from '@bc/shared/domain';
import { AppError } from './app-error';

/**
 * PostgreSQL's answers to a value that does not fit its column (SQLSTATE class 22, data
 * exceptions): every service checks its input before writing, so these mean a check is missing.
 * They are still the client's bad input, not a failure of ours: VALIDATION_FAILED, never INTERNAL.
 */
const DATA_EXCEPTIONS: Record<string, { rule: string; message: string }> = {
  '22003': { rule: 'NUMBER_OUT_OF_RANGE', message: 'A number is larger than the product can store' },
  '22P02': { rule: 'INVALID_TEXT_REPRESENTATION', message: 'A value is not in the form its field takes (a number, an id or a date)' },
  '22001': { rule: 'TEXT_TOO_LONG', message: 'A text is longer than its field can hold' },
  '22007': { rule: 'INVALID_DATE', message: 'A date or time is not valid' },
  '22008': { rule: 'DATE_OUT_OF_RANGE', message: 'A date or time is out of range' },
};

/** The SQLSTATE of a driver error, as TypeORM wraps it (`QueryFailedError.driverError`) or bare. */
function sqlState(exception: unknown): string | null {
  if (typeof exception !== 'object' || exception === null) return null;
  const e = exception as { code?: unknown; driverError?: { code?: unknown } };
  const code = e.driverError?.code ?? e.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/** The safety net: a data exception from PostgreSQL as VALIDATION_FAILED (field `input`), else null. */
export function inputErrorOfDatabase(exception: unknown): AppError | null {
  const state = sqlState(exception);
  const known = state ? DATA_EXCEPTIONS[state] : undefined;
  if (!known) return null;
  return new AppError(ErrorCode.VALIDATION_FAILED, known.message, { field: 'input', details: { rule: known.rule } });
}

/** How long a client should wait before trying again after UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 5;

/** Serialization failures and deadlocks: the transaction was rolled back and may simply be run again. */
const RETRYABLE_STATES = new Set(['40001', '40P01']);
/**
 * The database is away or going away: connection exceptions (class 08), shutdown and start-up
 * (57P01–57P03), too many connections (53300), and lost connections as node-postgres and the
 * pool report them (no SQLSTATE).
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Cannot use a pool after calling end/i;

/** Whether the failed transaction may be run again as it is: a serialization failure or a deadlock. */
export function isRetryableTransactionError(exception: unknown): boolean {
  const state = sqlState(exception);
  return state !== null && RETRYABLE_STATES.has(state);
}

/** Whether the exception says the database is unreachable or went away mid-request. */
export function isDatabaseUnavailable(exception: unknown): boolean {
  const state = sqlState(exception);
  if (state && (state.startsWith('08') || UNAVAILABLE_STATES.has(state))) return true;
  if (typeof exception !== 'object' || exception === null) return false;
  const e = exception as { code?: unknown; message?: unknown; driverError?: { code?: unknown; message?: unknown } };
  const code = e.driverError?.code ?? e.code;
  if (typeof code === 'string' && UNAVAILABLE_NODE_CODES.has(code)) return true;
  return [e.message, e.driverError?.message].some((m) => typeof m === 'string' && UNAVAILABLE_MESSAGES.test(m));
}

/** The retryable answer to a database that is away, a lost connection or a change that could not be serialized, else null. */
export function unavailableErrorOfDatabase(exception: unknown): AppError | null {
  if (!isDatabaseUnavailable(exception) && !isRetryableTransactionError(exception)) return null;
  return new AppError(ErrorCode.UNAVAILABLE, 'The service is briefly unavailable; nothing was stored. Try again in a moment.', {
    details: { retryAfterSeconds: RETRY_AFTER_SECONDS },
  });
}
