import { DOCUMENT } from '@angular/common';
import { createEnvironmentInjector, EnvironmentInjector, importProvidersFrom, inject, Injector } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@bc/shared/domain';
import { OperationTypeNode } from 'graphql';
import { Apollo, provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { map } from 'rxjs';
import { DataChanges } from '../session/data-changes';
import { SessionStore } from '../session/session.store';
import type { LoadedGraphql } from './graphql-client';
import { GraphqlScope } from './graphql-scope';
import { idempotentChanges, retryLink } from './apollo-links';
import { GRAPHQL_URI } from './provide-graphql';
import { POSSIBLE_TYPES } from './possible-types';
import { LiveLink, liveUrl, splitLive } from './live-link';

/**
 * Apollo over Angular's HttpClient (the lazy chunk GraphqlClient loads). The session is an
 * httpOnly cookie, sent because the API is same-origin (`withCredentials` keeps it so behind a
 * proxy on another port). JSON POSTs satisfy Apollo Server's CSRF prevention. Subscriptions go over
 * graphql-ws (LiveLink), opened only with the first subscription.
 */
export function createApollo(parent: EnvironmentInjector): LoadedGraphql {
  let live: LiveLink | undefined;
  const injector = createEnvironmentInjector(
    [importProvidersFrom(GraphqlScope), provideApollo(() => apolloOptions((link) => (live = link)))],
    parent,
    'graphql',
  );
  const apollo = injector.get(Apollo);
  return { apollo, injector, restartLive: () => live?.restart() };
}

function apolloOptions(liveCreated: (link: LiveLink) => void) {
  const httpLink = inject(HttpLink);
  const injector = inject(Injector);
  // Subscriptions over graphql-ws on the same host and path; the same session cookie goes with the upgrade.
  const live = new LiveLink({ url: liveUrl(inject(DOCUMENT).location, GRAPHQL_URI), sessionEnded: () => void injector.get(SessionStore).sessionEnded() });
  liveCreated(live);
  const sessionEnded = new ErrorLink(({ error }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === ErrorCode.UNAUTHENTICATED);
    if (unauthenticated) {
      // Looked up lazily: the store itself sends through this client.
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
    link: ApolloLink.from([sessionEnded, changed, splitLive(live, ApolloLink.from([idempotentChanges(), retryLink(), httpLink.create({ uri: GRAPHQL_URI, withCredentials: true })]))]),
    // The interfaces' implementations: else a fragment on KeysetPage reads back empty (possible-types.ts).
    // An award scenario rule's id is unique only within its scenario (issue 16): kept inside its
    // scenario, else one scenario's rules would overwrite another's in the cache.
    cache: new InMemoryCache({ possibleTypes: POSSIBLE_TYPES, typePolicies: { AwardScenarioRule: { keyFields: false } } }),
    // The one client cache policy (README): reads go to the network, so no view shows what
    // another view's change has made stale; the cache only backs what a query just returned.
    defaultOptions: {
      query: { fetchPolicy: 'network-only' as const },
      watchQuery: { fetchPolicy: 'network-only' as const, nextFetchPolicy: 'cache-and-network' as const },
    },
  };
}
