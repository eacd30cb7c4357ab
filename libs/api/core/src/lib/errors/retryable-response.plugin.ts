import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@bc/shared/domain';
import { RETRY_AFTER_SECONDS } from './database-errors';

/**
 * GraphQL answers a retryable failure the way REST does: HTTP 503 with `Retry-After`, so proxies,
 * load balancers and clients that only read the status know to try again (the body keeps the
 * `UNAVAILABLE` code and `retryAfterSeconds`).
 */
export const retryableResponsePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((e) => e.extensions?.['code'] === ErrorCode.UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
