import { EnvironmentInjector, inject, Injectable } from '@angular/core';
import type { Apollo } from 'apollo-angular';
import { toAppError } from '../errors/app-error';

export interface LoadedGraphql {
  readonly apollo: Apollo;
  readonly injector: EnvironmentInjector;
  /** Closes the live (subscription) connection: the next subscription opens one with the session cookie as it is now. */
  readonly restartLive: () => void;
}

/**
 * The GraphQL client, loaded with the first operation instead of with the app: Apollo and the
 * generated operations are a lazy chunk, so the initial bundle holds neither (issue 14's budget).
 * Pages reach it through `Api`; the session and task stores too.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly injector = inject(EnvironmentInjector);
  private loading: Promise<LoadedGraphql> | null = null;
  private loaded: LoadedGraphql | null = null;

  /**
   * The injector holding Apollo (configured by `createApollo`) and the generated operations
   * (GraphqlScope); a chunk that failed to load is asked for again next time.
   */
  load(): Promise<LoadedGraphql> {
    this.loading ??= import('./apollo-client').then(
      (m) => (this.loaded = m.createApollo(this.injector)),
      (error: unknown) => {
        this.loading = null;
        throw toAppError(error);
      },
    );
    return this.loading;
  }

  /**
   * Forgets every answer the client holds (on sign-in and sign-out); none before it is loaded. The
   * live connection, opened under the old session, is closed too.
   */
  async clearStore(): Promise<void> {
    this.loaded?.restartLive();
    await this.loaded?.apollo.client.clearStore();
  }
}
