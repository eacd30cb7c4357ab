import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import { ErrorCode } from '@bc/shared/domain';

/** Close codes of a refused live connection (the API's LIVE_CLOSE): signed out, or not allowed. */
const REFUSED = { unauthenticated: 4401, forbidden: 4403 } as const;

/** The live endpoint: the GraphQL path on the page's own host, `wss:` under HTTPS. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>, path: string): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/** The wait before reconnect attempt `retries` (0 first): 1 s doubling to 30 s, with up to a third of jitter so clients spread out. */
export function liveRetryDelayMs(retries: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.min(retries, 5));
  return Math.round(base * (1 - random() / 3));
}

/** A refusal ends the connection for good (sign in again, or not allowed); any other close is retried. */
export function liveShouldRetry(errOrCloseEvent: unknown): boolean {
  const code = (errOrCloseEvent as { code?: unknown } | null)?.code;
  return code !== REFUSED.unauthenticated && code !== REFUSED.forbidden;
}

export interface LiveLinkOptions {
  url: string;
  /** The server said the session has ended (close 4401). */
  sessionEnded: () => void;
  /** For tests: graphql-ws' WebSocket. */
  webSocketImpl?: unknown;
}

/**
 * Subscriptions over graphql-ws. The socket opens with the first subscription and closes a few
 * seconds after the last (lazy); a dropped one reconnects with backoff, for ever, and each
 * subscription's first message after it is the whole current state (the API's "snapshot, then
 * updates"), so nothing missed while away stays missing. The session cookie goes with the upgrade
 * request (same origin), so after sign-in or sign-out {@link restart} opens the next one afresh.
 */
export class LiveLink extends ApolloLink {
  private client: Client | null = null;
  private link: GraphQLWsLink | null = null;

  constructor(private readonly options: LiveLinkOptions) {
    super((operation) => this.current().request(operation));
  }

  /** Ends the current connection (its subscriptions complete); the next subscription opens a new one. */
  restart(): void {
    const client = this.client;
    this.client = null;
    this.link = null;
    void client?.dispose();
  }

  private current(): GraphQLWsLink {
    if (!this.link) {
      this.client = createClient(this.clientOptions());
      this.link = new GraphQLWsLink(this.client);
    }
    return this.link;
  }

  private clientOptions(): ClientOptions {
    return {
      url: this.options.url,
      lazy: true,
      lazyCloseTimeout: 3000,
      keepAlive: 20_000,
      retryAttempts: Number.MAX_SAFE_INTEGER,
      shouldRetry: liveShouldRetry,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, liveRetryDelayMs(retries))),
      on: {
        closed: (event) => {
          const close = event as { code?: number; reason?: string };
          if (close.code === REFUSED.unauthenticated || close.reason === ErrorCode.UNAUTHENTICATED) this.options.sessionEnded();
        },
      },
      ...(this.options.webSocketImpl ? { webSocketImpl: this.options.webSocketImpl } : {}),
    };
  }
}

/** Subscriptions to `live`, everything else (queries, mutations) to `http` as before. */
export function splitLive(live: ApolloLink, http: ApolloLink): ApolloLink {
  return ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, live, http);
}
