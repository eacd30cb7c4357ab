import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@bc/shared/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from '../context/ctx.decorator';
import { expectedErrorOf, extensionsOf, INTERNAL_MESSAGE } from './expected-error';

const logger = new Logger('GraphQLErrors');

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
 * What a field resolver threw, answered by the same rule as the exception filter's. Field resolvers run
 * without Nest's enhancers (`fieldResolverEnhancers: []`: Nest then calls them directly, the cheapest path
 * for fields resolved once per row), so their exceptions reach `formatError` as graphql-js wrapped them.
 * Root resolvers' exceptions passed the filter already and arrive as the GraphQLError it made.
 */
function fieldResolverError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (!original || original instanceof GraphQLError) return null;
  const expected = expectedErrorOf(original);
  if (!expected) {
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
  }
  if (expected.warning) logger.warn({ err: original, path: formatted.path }, expected.warning);
  return { message: expected.error.message, locations: formatted.locations, path: formatted.path, extensions: extensionsOf(expected.error) };
}

/**
 * The last word on every error that leaves the server: a known code or `INTERNAL`, a field
 * where one is at fault, never a stack trace. `error` is the error as thrown, where Apollo has it.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const ofField = fieldResolverError(formatted, error);
  if (ofField) return ofField;
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
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}

/** Every INTERNAL answer carries the request's id, so a user can quote it and we can find its log lines. */
export const requestIdOnInternalPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const requestId = contextValue?.ctx?.requestId;
        if (response.body.kind !== 'single' || !requestId) return;
        const result = response.body.singleResult;
        if (!result.errors?.some((e) => e.extensions?.['code'] === ErrorCode.INTERNAL)) return;
        result.errors = result.errors.map((e) => (e.extensions?.['code'] === ErrorCode.INTERNAL ? { ...e, extensions: { ...e.extensions, requestId } } : e));
      },
    };
  },
};
