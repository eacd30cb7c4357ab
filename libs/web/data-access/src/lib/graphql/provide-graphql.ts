import { provideHttpClient, withFetch } from '@angular/common/http';
import { EnvironmentProviders, inject, Injector, makeEnvironmentProviders } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { ErrorCode } from '@bc/shared/domain';
import { OperationTypeNode } from 'graphql';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { map } from 'rxjs';
import { DataChanges } from '../session/data-changes';
import { SessionStore } from '../session/session.store';
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

/** Same origin as the app: the API serves the built app, and `nx serve` proxies to it. */
export const GRAPHQL_URI = '/graphql';

/**
 * Apollo over Angular's HttpClient. The session is an httpOnly cookie, sent because the API
 * is same-origin (`withCredentials` keeps it so behind a proxy on another port). JSON POSTs
 * satisfy Apollo Server's CSRF prevention.
 */
export function provideGraphql(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withFetch()),
    provideApollo(() => {
      const httpLink = inject(HttpLink);
      const injector = inject(Injector);
      const sessionEnded = new ErrorLink(({ error }) => {
        const unauthenticated =
          CombinedGraphQLErrors.is(error) &&
          error.errors.some((e) => e.extensions?.['code'] === ErrorCode.UNAUTHENTICATED);
        if (unauthenticated) {
          // Looked up lazily: the store itself depends on Apollo.
          void injector.get(SessionStore).sessionEnded();
        }
      });
      // Every successful mutation tells the views that show figures to read them again.
      const changed = new ApolloLink((operation, forward) =>
        forward(operation).pipe(
          map((result) => {
            if (operation.operationType === OperationTypeNode.MUTATION && !result.errors?.length) injector.get(DataChanges).changed();
            return result;
          }),
        ),
      );
      return {
        link: ApolloLink.from([sessionEnded, changed, idempotentChanges(), retryLink(), httpLink.create({ uri: GRAPHQL_URI, withCredentials: true })]),
        cache: new InMemoryCache(),
        // The one client cache policy (README): reads go to the network, so no view shows what
        // another view's change has made stale; the cache only backs what a query just returned.
        defaultOptions: {
          query: { fetchPolicy: 'network-only' },
          watchQuery: { fetchPolicy: 'network-only', nextFetchPolicy: 'cache-and-network' },
        },
      };
    }),
  ]);
}
