/*
 * What the app's start needs (the root providers, the session, the guards), without the generated
 * operations: those bring Apollo, which is loaded with the first operation (GraphqlClient). The
 * app shell imports this entry point so that the initial bundle stays small; pages use the main one.
 */
export * from './lib/graphql/provide-graphql';
export * from './lib/graphql/graphql-client';
export * from './lib/graphql/locale';
export * from './lib/session/app-pages';
export * from './lib/session/session.store';
export * from './lib/session/guards';
