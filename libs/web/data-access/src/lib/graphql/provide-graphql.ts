import { provideHttpClient, withFetch } from '@angular/common/http';
import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';

/** Same origin as the app: the API serves the built app, and `nx serve` proxies to it. */
export const GRAPHQL_URI = '/graphql';

/**
 * What the GraphQL client needs at the root: Angular's HttpClient. Apollo itself is configured
 * when first used (GraphqlClient loads apollo-client.ts), not with the app.
 */
export function provideGraphql(): EnvironmentProviders {
  return makeEnvironmentProviders([provideHttpClient(withFetch())]);
}
