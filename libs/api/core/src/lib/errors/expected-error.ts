import { HttpException } from '@nestjs/common';
import { AppError } from './app-error';
import { inputErrorOfDatabase, unavailableErrorOfDatabase } from './database-errors';
import { errorCodeOfStatus } from './http-status';

/** An exception the client is told about by its code: the answer, and a warning for the log where it points at a gap of ours. */
export interface ExpectedError {
  error: AppError;
  warning?: string;
}

/**
 * The one rule for what a thrown exception tells the client, wherever it surfaces (the exception filter of
 * root resolvers and REST routes, `formatError` for field resolvers): an `AppError` as it is, a database's
 * refusal of a value as the input error it is, the database away as UNAVAILABLE, Nest's HTTP exceptions by
 * their status. Null for anything else: a defect, answered INTERNAL.
 */
export function expectedErrorOf(exception: unknown): ExpectedError | null {
  const input = inputErrorOfDatabase(exception);
  if (input) return { error: input, warning: 'database refused a value: a validation is missing' };
  const unavailable = unavailableErrorOfDatabase(exception);
  if (unavailable) return { error: unavailable, warning: 'database unavailable: answered UNAVAILABLE' };
  if (exception instanceof AppError) return { error: exception };
  const code = exception instanceof HttpException ? errorCodeOfStatus(exception.getStatus()) : null;
  if (code) return { error: new AppError(code, exception instanceof Error ? exception.message : code) };
  return null;
}

/** A GraphQL error's extensions for an expected error: its code, the field at fault, the facts a client may act on. */
export function extensionsOf(error: AppError): Record<string, unknown> {
  return { code: error.code, ...(error.options.field ? { field: error.options.field } : {}), ...(error.options.details ?? {}) };
}

export const INTERNAL_MESSAGE = 'Something went wrong on our side. Quote this request id if it happens again.';
