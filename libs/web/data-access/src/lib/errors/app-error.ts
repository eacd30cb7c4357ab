import { ErrorCode } from '@bc/shared/domain';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { firstValueFrom, Observable } from 'rxjs';

/** The API's stable codes, plus one the client alone can know: the server was not reached. */
export type ClientErrorCode = ErrorCode | 'NETWORK';

/** A failure as pages handle it: a code to translate and act on, the field at fault if any. */
export interface AppError {
  readonly code: ClientErrorCode;
  /** The server's own text, for the console; users see the translation of `code`. */
  readonly message: string;
  /** The input at fault as a path from the argument, e.g. `input.email`. */
  readonly field?: string;
  /** Sent with RATE_LIMITED. */
  readonly retryAfterSeconds?: number;
  /** The other facts the server sent with the code (e.g. `blockers`, `supplierName`). */
  readonly details?: Readonly<Record<string, unknown>>;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** Extensions AppError has fields of its own for, or that are for the logs only. */
const OWN_EXTENSIONS = new Set(['code', 'field', 'retryAfterSeconds', 'requestId']);

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof value.code === 'string' &&
    (KNOWN_CODES.has(value.code) || value.code === 'NETWORK') &&
    !(value instanceof Error)
  );
}

function fromGraphQLError(error: GraphQLFormattedError): AppError {
  const extensions = error.extensions ?? {};
  const code = String(extensions['code'] ?? '');
  const field = extensions['field'];
  const retryAfter = extensions['retryAfterSeconds'];
  const details = Object.fromEntries(Object.entries(extensions).filter(([key]) => !OWN_EXTENSIONS.has(key)));
  return {
    code: KNOWN_CODES.has(code) ? (code as ErrorCode) : ErrorCode.INTERNAL,
    message: error.message,
    ...(typeof field === 'string' && field ? { field } : {}),
    ...(typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}),
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}

function graphQLErrorsInBody(bodyText: string): GraphQLFormattedError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
      return body.errors as GraphQLFormattedError[];
    }
  } catch {
    // Not JSON (a proxy's error page, say): fall through to the status code.
  }
  return [];
}

const NETWORK_FAILURE = /Http failure|Failed to fetch|NetworkError|Load failed|0 Unknown Error/i;

/**
 * Reads whatever Apollo or the HTTP layer threw into an `AppError`. GraphQL errors carry
 * `extensions.code` (and `extensions.field` for bad input); an error response that is not
 * GraphQL keeps only its status; an unreachable server becomes `NETWORK`.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) {
    return error;
  }
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    return fromGraphQLError(error.errors[0]);
  }
  if (ServerError.is(error)) {
    const [first] = graphQLErrorsInBody(error.bodyText);
    if (first) {
      return fromGraphQLError(first);
    }
    if (error.statusCode === 429) {
      return { code: ErrorCode.RATE_LIMITED, message: error.message };
    }
    if (error.statusCode === 0 || error.statusCode === 502 || error.statusCode === 503 || error.statusCode === 504) {
      return { code: 'NETWORK', message: error.message };
    }
    return { code: ErrorCode.INTERNAL, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (NETWORK_FAILURE.test(message)) {
    return { code: 'NETWORK', message };
  }
  return { code: ErrorCode.INTERNAL, message };
}

/** Whether the same request may succeed if sent again in a moment: the server was not reached, or said UNAVAILABLE (nothing was stored). */
export function isRetryable(error: unknown): boolean {
  const code = toAppError(error).code;
  return code === 'NETWORK' || code === ErrorCode.UNAVAILABLE;
}

/** The last segment of the field path (`input.email` → `email`), to match a form control. */
export function fieldNameOf(error: AppError): string | undefined {
  return error.field?.split('.').pop();
}

/** The translation key and parameters for an error (keys live under `errors.` in @bc/web/i18n). */
export function errorTranslation(error: AppError): { key: string; params: Record<string, unknown> } {
  if (error.code === ErrorCode.RATE_LIMITED && error.retryAfterSeconds !== undefined) {
    return { key: 'errors.RATE_LIMITED_SECONDS', params: { seconds: Math.ceil(error.retryAfterSeconds) } };
  }
  const role = error.details?.['role'];
  if (error.code === ErrorCode.APPROVAL_ROUTE_INCOMPLETE && (role === 'DECIDER' || role === 'GATEKEEPER')) {
    return { key: `errors.APPROVAL_ROUTE_INCOMPLETE_${role}`, params: { required: error.details?.['required'], available: error.details?.['available'] } };
  }
  return { key: `errors.${error.code}`, params: {} };
}

/**
 * The translation of an error on a screen that words some codes its own way (keys `<scope>.<code>`),
 * else the general one. With `withDetails` the facts the server sent fill the sentence.
 */
export function scopedErrorTranslation(
  error: AppError,
  scope: string,
  codes: readonly string[],
  withDetails = false,
): { key: string; params: Record<string, unknown> } {
  if (!codes.includes(error.code)) return errorTranslation(error);
  return { key: `${scope}.${error.code}`, params: withDetails ? { ...(error.details ?? {}) } : {} };
}

/**
 * The screen input an error names, if any: a group its path runs through (every `criteria.3.weight`
 * is `criteria`; groups are tried in order), else the path's last segment when the screen has it.
 */
export function fieldIn<F extends string>(error: AppError, fields: readonly F[], groups: readonly F[] = []): F | null {
  if (!error.field) return null;
  const segments = error.field.split('.');
  const group = groups.find((g) => segments.includes(g));
  if (group) return group;
  const last = segments[segments.length - 1];
  return (fields as readonly string[]).includes(last) ? (last as F) : null;
}

/**
 * The data of one Apollo result, or an `AppError` thrown. Pages await operations with this so
 * every failure reaches them in one shape.
 */
export async function dataOf<T>(source: Observable<{ data?: T | null | undefined }>): Promise<T> {
  let result: { data?: T | null | undefined };
  try {
    result = await firstValueFrom(source);
  } catch (error) {
    throw toAppError(error);
  }
  if (result.data === null || result.data === undefined) {
    throw { code: ErrorCode.INTERNAL, message: 'The server sent no data' } satisfies AppError;
  }
  return result.data;
}
