import { inject, Injectable, Injector, Type } from '@angular/core';
import type { OperationVariables } from '@apollo/client';
import type { Mutation, Query } from 'apollo-angular';
import type { Observable } from 'rxjs';
import { dataOf } from '../errors/app-error';

/* eslint-disable @typescript-eslint/no-explicit-any -- the generated operation's own types are read back from it */
/** The answer's data of a generated query or mutation service. */
export type ApiResult<O> = O extends { document: unknown; fetch(...a: any[]): Observable<{ data?: infer T }> }
  ? NonNullable<T>
  : O extends { mutate(...a: any[]): Observable<{ data?: infer T }> }
    ? NonNullable<T>
    : never;
/** The variables of a generated query or mutation service. */
export type ApiVariables<O> = O extends { fetch(options?: { variables?: infer V }): unknown }
  ? V
  : O extends { mutate(options?: { variables?: infer V }): unknown }
    ? V
    : never;
type AnyQuery = Query<any, any>;
type AnyMutation = Mutation<any, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The variables argument: optional when the operation takes none. */
type VariablesArg<O> = Record<string, never> extends ApiVariables<O> ? [variables?: ApiVariables<O>] : [variables: ApiVariables<O>];

/**
 * The one way a page or facade talks to the API: name the generated operation and pass its
 * variables; the answer's data comes back, or the `AppError` it failed with. Pages inject this one
 * service instead of one generated service per operation (each is looked up when first used).
 * Reads follow the client's one cache policy (provideGraphql); every mutation tells the views to
 * read again (DataChanges).
 */
@Injectable({ providedIn: 'root' })
export class Api {
  private readonly injector = inject(Injector);

  /** Runs a query once. */
  read<Q extends AnyQuery>(operation: Type<Q>, ...[variables]: VariablesArg<Q>): Promise<ApiResult<Q>> {
    const query = this.injector.get(operation) as Query<ApiResult<Q>, OperationVariables>;
    return dataOf(query.fetch({ variables }));
  }

  /** Runs a mutation. */
  write<M extends AnyMutation>(operation: Type<M>, ...[variables]: VariablesArg<M>): Promise<ApiResult<M>> {
    const mutation = this.injector.get(operation) as Mutation<ApiResult<M>, OperationVariables>;
    return dataOf(mutation.mutate({ variables }));
  }
}
