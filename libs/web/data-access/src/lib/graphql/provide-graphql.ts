import { provideHttpClient, withFetch } from '@angular/common/http';
import { EnvironmentProviders, inject, Injector, makeEnvironmentProviders } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@bc/shared/domain';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { SessionStore } from '../session/session.store';

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
      return {
        link: ApolloLink.from([sessionEnded, httpLink.create({ uri: GRAPHQL_URI, withCredentials: true })]),
        cache: new InMemoryCache(),
      };
    }),
  ]);
}
