import { ErrorCode } from '@bc/shared/domain';

export interface AppErrorOptions {
  /** The input field at fault, as a dotted path (`input.email`). */
  field?: string;
  /** Extra facts a client may act on (e.g. `retryAfterSeconds`). Never internals. */
  details?: Record<string, unknown>;
}

/** An expected failure: it has a stable code and a message fit for the user. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);

export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError(ErrorCode.FORBIDDEN, message);

/** An input refused; `details` names the rule broken (`{ rule: 'MAX_LENGTH', max: 2000 }`) so clients never read the message. */
export const validationFailed = (field: string, message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.VALIDATION_FAILED, message, { field, ...(details ? { details } : {}) });

export const conflict = (message: string, field?: string) =>
  new AppError(ErrorCode.CONFLICT, message, { field });
