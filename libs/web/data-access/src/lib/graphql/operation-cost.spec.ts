/**
 * The web's operations share fragments, and the API's cost limit (graphql-armor, apps/api/src/app/graphql.config.ts)
 * prices every nested fragment spread like an extra level of nesting: each operation is priced here by
 * the same rule, against the committed schema, so a fragment added to a large query cannot push it
 * over the limit unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DefinitionNode, DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, validate, visit } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { addTypenameToDocument } from '@apollo/client/utilities';

/** GRAPHQL_LIMITS.maxCost of the API. */
const MAX_COST = 5000;
const ROOT = join(__dirname, '../../../../../..');
const OPERATIONS = join(__dirname, 'operations');

const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));
const definitions: DefinitionNode[] = readdirSync(OPERATIONS)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => parse(readFileSync(join(OPERATIONS, file), 'utf8')).definitions);
const fragments = new Map(
  definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
);

/** The operation with every fragment it spreads, as the client sends it (Apollo adds `__typename` to every selection, and the server counts it). */
function documentOf(operation: OperationDefinitionNode): DocumentNode {
  const used = new Set<string>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        const fragment = fragments.get(spread.name.value);
        if (fragment) collect(fragment);
      },
    });
  };
  collect(operation);
  return addTypenameToDocument({ kind: Kind.DOCUMENT, definitions: [operation, ...[...used].flatMap((name) => fragments.get(name) ?? [])] });
}

function costOf(document: DocumentNode): number {
  let cost = Number.POSITIVE_INFINITY;
  const errors = validate(schema, document, [
    costLimitRule({ maxCost: MAX_COST, propagateOnRejection: false, onAccept: [(_, { n }) => (cost = n)] }),
  ]);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  return cost;
}

describe('the web operations against the API cost limit', () => {
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it.each(operations.map((o) => [o.name?.value ?? '(anonymous)', o] as const))('%s stays under the limit', (_, operation) => {
    expect(costOf(documentOf(operation))).toBeLessThan(MAX_COST);
  });
});
