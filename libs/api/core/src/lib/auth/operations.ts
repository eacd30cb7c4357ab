import { Args, ID, Mutation, MutationOptions, Query, QueryOptions, ReturnTypeFunc, Subscription, SubscriptionOptions } from '@nestjs/graphql';
import { Permission } from '@bc/shared/domain';
import { Transaction } from '../database/transaction';
import { stacked } from '../validation/stacked';
import { Allow } from './allow.decorator';

/* The decorator stacks the GraphQL operations repeat, each written once. */

const allowed = (permission: Permission | Permission[]) => Allow(...[permission].flat());

/** A query for the holders of `permission` (or of any of several). */
export const AllowedQuery = (returns: ReturnTypeFunc, permission: Permission | Permission[], options?: QueryOptions) =>
  stacked(Query(returns, options), allowed(permission));

/** A mutation for the holders of `permission` (or of any of several), in one transaction. */
export const AllowedMutation = (returns: ReturnTypeFunc, permission: Permission | Permission[], options?: MutationOptions) =>
  stacked(Mutation(returns, options), allowed(permission), Transaction());

/**
 * A live subscription for the holders of `permission` (`[]`: any signed-in user), over graphql-ws.
 * The permission guard resolves the session again for each subscribe, as for a query; the method
 * returns the messages themselves (usually `LiveEvents.snapshotThenUpdates`), each sent as it is.
 */
export const AllowedSubscription = (returns: ReturnTypeFunc, permission: Permission | Permission[], options?: SubscriptionOptions) =>
  stacked(Subscription(returns, { resolve: (message: unknown) => message, ...options }), allowed(permission));

/** An argument that names a record by its id (GraphQL `ID!`). */
export const IdArg = (name = 'id') => Args(name, { type: () => ID });
