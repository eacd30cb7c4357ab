import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLFormattedError } from 'graphql';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** Apollo Server's own codes for requests it refuses before any resolver runs. */
const PASSED_THROUGH = new Set(['BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/**
 * Finds the input field a GraphQL-level error is about: variable coercion names a path
 * (`Variable "$input" got invalid value … at "input.roles[0]"`), other messages name a
 * variable, argument or field.
 */
export function fieldOfGraphQLMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1].replace(/\[\d+\]/g, '');
  const field = /Field "([^"]+)" of required type/.exec(message) ?? /Field "([^"]+)" is not defined by type/.exec(message);
  const variable = /Variable "\$([^"]+)"/.exec(message);
  if (field && variable) return `${variable[1]}.${field[1]}`;
  if (field) return field[1];
  const argument = /[Aa]rgument "([^"]+)"/.exec(message);
  if (argument) return argument[1].replace(/^.*\(([^:]+):\)$/, '$1');
  if (variable) return variable[1];
  return undefined;
}

/**
 * The last word on every error that leaves the server: a known code or `INTERNAL`, a field
 * where one is at fault, never a stack trace.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions['stacktrace'];
  delete extensions['exception'];
  const code = String(extensions['code'] ?? '');

  if (KNOWN_CODES.has(code)) return { ...formatted, extensions };

  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') {
    const field = fieldOfGraphQLMessage(formatted.message);
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.VALIDATION_FAILED, ...(field ? { field } : {}) },
    };
  }
  if (PASSED_THROUGH.has(code)) {
    return { message: formatted.message, extensions: { code } };
  }
  return {
    message: 'Something went wrong on our side.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL },
  };
}
