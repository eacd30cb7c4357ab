import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { AppConfig, formatGraphQLError, GraphQLContext, RequestContext, retryableResponsePlugin } from '@bc/api/core';

/** Limits that no screen of ours comes near and that a hostile query does. */
export const GRAPHQL_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 };

/** `plugins`: the app's own (metrics), after armor's and the retryable-response one. */
export function graphqlOptions(config: AppConfig, plugins: ApolloServerPlugin[] = []): ApolloDriverConfig {
  const production = config.environment === 'production';
  const armor = new ApolloArmor({
    // Introspection counts too: in development it is on, and a deep one is as costly as any.
    // Fragments count by the fields they hold, not as extra levels: clients may use them freely.
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    // The token limit is graphql-js's own parser option (parseOptions below): armor's checks it in
    // a plugin hook, and Apollo answers what a hook throws with HTTP 500; a parse error is a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    ...protection,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    // Apollo's cache control is on unless disabled, and it hooks into every field resolved (100 000
    // offers of a comparison are a million fields): nothing here sets cache hints, and without them it
    // sends no Cache-Control header, so it only cost time.
    plugins: [...(protection.plugins ?? []), retryableResponsePlugin, ApolloServerPluginCacheControlDisabled(), ...plugins],
    // Nest would reset every execution error's status to 200 after our plugins: UNAVAILABLE must stay 503.
    preserveHttpStatusForExecutionErrors: false,
    // Errors of nested fields (e.g. a sealed `quotes`) keep their code too, through the same filter.
    fieldResolverEnhancers: ['filters'],
    formatError: (formatted) => formatGraphQLError(formatted),
    context: ({ req, res }: { req: Request & { id?: unknown }; res: Response }): GraphQLContext => ({
      ctx: new RequestContext(String(req.id ?? ''), req.ip ?? '', req, res),
    }),
  };
}
