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
