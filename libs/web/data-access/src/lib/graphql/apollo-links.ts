import { ApolloLink } from '@apollo/client';
import { RetryLink } from '@apollo/client/link/retry';
import { OperationTypeNode } from 'graphql';
import { isRetryable } from '../errors/app-error';
import { IDEMPOTENCY_HEADER, newIdempotencyKey, RETRY_ATTEMPTS, retryDelayMs } from '../http/retries';

/**
 * Gives every change (mutation) an idempotency key of its own, kept in the operation's context, so
 * that every retry of it is sent with the same key and the server runs it once. Browsers make keys
 * only in a secure context (HTTPS or localhost); elsewhere a change goes without one and is not retried.
 */
export function idempotentChanges(newKey: () => string | undefined = newIdempotencyKey): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationType === OperationTypeNode.MUTATION) {
      const headers = (operation.getContext()['headers'] ?? {}) as Record<string, string>;
      const key = headers[IDEMPOTENCY_HEADER] ?? newKey();
      if (key) operation.setContext({ headers: { ...headers, [IDEMPOTENCY_HEADER]: key } });
    }
    return forward(operation);
  });
}

/** Whether sending the operation again is safe: a read, or a change under its idempotency key. */
function repeatable(operation: ApolloLink.Operation): boolean {
  if (operation.operationType === OperationTypeNode.QUERY) return true;
  const headers = operation.getContext()['headers'] as Record<string, string> | undefined;
  return operation.operationType === OperationTypeNode.MUTATION && !!headers?.[IDEMPOTENCY_HEADER];
}

/**
 * Reads, and changes under their idempotency key, are sent again while the server is away or says
 * it briefly is (UNAVAILABLE, nothing was stored): after the delay it asks for
 * (`retryAfterSeconds`), else 0.5, 1, 2 s, at most `maxDelayMs`.
 */
export function retryLink(maxDelayMs = 5000): RetryLink {
  return new RetryLink({
    attempts: (attempt, operation, error) => attempt < RETRY_ATTEMPTS && repeatable(operation) && isRetryable(error),
    delay: (attempt, _operation, error) => retryDelayMs(attempt, error, maxDelayMs),
  });
}
