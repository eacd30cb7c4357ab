import { Args, ID, Mutation, MutationOptions, Query, QueryOptions, ReturnTypeFunc } from '@nestjs/graphql';
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

/** An argument that names a record by its id (GraphQL `ID!`). */
export const IdArg = (name = 'id') => Args(name, { type: () => ID });
