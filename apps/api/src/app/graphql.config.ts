import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { AppConfig, formatGraphQLError, GraphQLContext, isLiveContext, liveRequestContext, liveSubscriptions, RequestContext, requestIdOnInternalPlugin, retryableResponsePlugin, type LiveConnectionOptions, type SessionResolver } from '@bc/api/core';

/** Limits that no screen of ours comes near and that a hostile query does. */
export const GRAPHQL_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 };

/**
 * Apollo's default cache-control plugin, replaced: it computes a cache policy for every field of every
 * answer (a hook on each resolver call, a promise per list), and since no type or field of ours has a
 * cache hint, its answer is always `Cache-Control: no-store`. That header is set here directly; with no
 * plugin hooking `willResolveField`, Apollo leaves the schema's resolvers unwrapped (issue 14: CPU per request).
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/**
 * `plugins`: the app's own (metrics), after armor's and the retryable-response one. `sessions`: the
 * live subscriptions' (graphql-ws on the same path) session check; without it there are none.
 */
export function graphqlOptions(config: AppConfig, plugins: ApolloServerPlugin[] = [], sessions?: SessionResolver, live: LiveConnectionOptions = {}): ApolloDriverConfig {
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
    plugins: [...(protection.plugins ?? []), ApolloServerPluginCacheControlDisabled(), noStorePlugin, retryableResponsePlugin, requestIdOnInternalPlugin, ...plugins],
    // Nest would reset every execution error's status to 200 after our plugins: UNAVAILABLE must stay 503.
    preserveHttpStatusForExecutionErrors: false,
    // Field resolvers run without Nest's enhancers, so Nest calls those that take graphql-js's own arguments
    // directly (issue 14: CPU per request). Their errors keep their codes through `formatGraphQLError`.
    fieldResolverEnhancers: [],
    formatError: (formatted, error) => formatGraphQLError(formatted, error),
    // graphql-ws only (subscriptions-transport-ws stays off), with the session and Origin checks of core's liveSubscriptions.
    ...(sessions ? { subscriptions: liveSubscriptions(config, sessions, { maxTokens: GRAPHQL_LIMITS.maxTokens, validationRules: protection.validationRules, ...live }) } : {}),
    context: (arg: { req: Request & { id?: unknown }; res: Response } | unknown, subscriptionId?: string): GraphQLContext => {
      // A live subscription: graphql-ws passes its connection's context and the subscription's id.
      if (isLiveContext(arg)) return liveRequestContext(arg, String(subscriptionId ?? ''), config.trustProxy);
      const { req, res } = arg as { req: Request & { id?: unknown }; res: Response };
      return { ctx: new RequestContext(String(req.id ?? ''), req.ip ?? '', req, res) };
    },
  };
}
