import { inject, Injectable, Injector, Type } from '@angular/core';
import type { OperationVariables } from '@apollo/client';
import type { Mutation, Query, Subscription } from 'apollo-angular';
import { defer, map, Observable, switchMap } from 'rxjs';
import { dataOf, toAppError } from '../errors/app-error';
import { GraphqlClient } from './graphql-client';

/* eslint-disable @typescript-eslint/no-explicit-any -- the generated operation's own types are read back from it */
/** The answer's data of a generated query or mutation service. */
export type ApiResult<O> = O extends { document: unknown; fetch(...a: any[]): Observable<{ data?: infer T }> }
  ? NonNullable<T>
  : O extends { mutate(...a: any[]): Observable<{ data?: infer T }> }
    ? NonNullable<T>
    : O extends { subscribe(...a: any[]): Observable<{ data?: infer T }> }
      ? NonNullable<T>
      : never;
/** The variables of a generated query or mutation service. */
export type ApiVariables<O> = O extends { fetch(options?: { variables?: infer V }): unknown }
  ? V
  : O extends { mutate(options?: { variables?: infer V }): unknown }
    ? V
    : O extends { subscribe(options?: { variables?: infer V }): unknown }
      ? V
      : never;
type AnyQuery = Query<any, any>;
type AnyMutation = Mutation<any, any>;
type AnySubscription = Subscription<any, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The variables argument: optional when the operation takes none. */
type VariablesArg<O> = Record<string, never> extends ApiVariables<O> ? [variables?: ApiVariables<O>] : [variables: ApiVariables<O>];

/**
 * The one way a page or facade talks to the API: name the generated operation and pass its
 * variables; the answer's data comes back, or the `AppError` it failed with. Pages inject this one
 * service instead of one generated service per operation (each is looked up when first used).
 * Reads follow the client's one cache policy (apollo-client.ts); every mutation tells the views to
 * read again (DataChanges).
 *
 * The generated services live in the injector GraphqlClient makes when Apollo is loaded, with the
 * first operation (GraphqlScope); a service provided to this injector (a test's fake) is used instead.
 */
@Injectable({ providedIn: 'root' })
export class Api {
  private readonly injector = inject(Injector);
  private readonly client = inject(GraphqlClient);

  /** Runs a query once. */
  read<Q extends AnyQuery>(operation: Type<Q>, ...[variables]: VariablesArg<Q>): Promise<ApiResult<Q>> {
    return this.send(operation, (query) => dataOf((query as Query<ApiResult<Q>, OperationVariables>).fetch({ variables })));
  }

  /** Runs a mutation. */
  write<M extends AnyMutation>(operation: Type<M>, ...[variables]: VariablesArg<M>): Promise<ApiResult<M>> {
    return this.send(operation, (mutation) => dataOf((mutation as Mutation<ApiResult<M>, OperationVariables>).mutate({ variables })));
  }

  /**
   * Follows a subscription (the API's "snapshot, then updates": each message is the whole view); an
   * error ends it as an `AppError`. The live link reconnects a dropped socket by itself and the first
   * message after it is the whole view again.
   */
  live<S extends AnySubscription>(operation: Type<S>, ...[variables]: VariablesArg<S>): Observable<ApiResult<S>> {
    return defer(async () => this.injector.get(operation, null) ?? (await this.client.load()).injector.get(operation)).pipe(
      switchMap((service) => (service as Subscription<ApiResult<S>, OperationVariables>).subscribe({ variables } as never)),
      map((result) => {
        const { data, error } = result as { data?: ApiResult<S> | null; error?: unknown };
        if (error) throw toAppError(error);
        if (data === null || data === undefined) throw toAppError(new Error('The server sent no data'));
        return data;
      }),
    );
  }

  private async send<S, R>(operation: Type<S>, run: (service: S) => Promise<R>): Promise<R> {
    const provided = this.injector.get(operation, null);
    if (provided) return run(provided);
    const { injector } = await this.client.load();
    return run(injector.get(operation));
  }
}
