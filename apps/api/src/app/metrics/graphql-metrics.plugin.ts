import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Metrics, UNKNOWN_OPERATION } from './metrics.service';

/**
 * Times each GraphQL request by its operation. The label is the root field the operation selects
 * (`purchaseCases`), a name the schema bounds, rather than the operation name, which any client
 * may choose freely (one label per made-up name would grow without end). An operation selecting
 * several root fields is `multiple`; one that did not parse or validate is `unknown`.
 */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const start = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          metrics.observe(
            { protocol: 'graphql', type: operation?.operation ?? UNKNOWN_OPERATION, operation: rootField(operation), result: errors?.length ? 'error' : 'ok' },
            Number(process.hrtime.bigint() - start) / 1e9,
          );
        },
      };
    },
  };
}

function rootField(operation: OperationDefinitionNode | undefined): string {
  const selections = operation?.selectionSet.selections ?? [];
  if (selections.length === 0) return UNKNOWN_OPERATION;
  if (selections.length > 1) return 'multiple';
  const [only] = selections;
  return only.kind === Kind.FIELD ? only.name.value : 'multiple';
}
