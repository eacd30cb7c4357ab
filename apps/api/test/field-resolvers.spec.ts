import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { startTestApp, TestApp } from './support/test-app';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Field resolvers run once per row of a list, so how Nest calls them is most of a list's CPU (issue 14).
 * A field resolver that takes graphql-js's own arguments `(parent, args, { ctx })`, with no parameter
 * decorators and no enhancers, is bound into the schema as it is: graphql-js calls our method directly.
 * One with `@Parent()`/`@Ctx()` goes through Nest's context creator: an async wrapper, pipes and
 * parameter lookups on every call. Only a field that takes GraphQL arguments (`@Args`) may need that.
 */
describe('field resolvers', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('are called by graphql-js directly, without Nest wrapping each call, unless the field takes arguments', () => {
    const schema = app.running.app.get(GraphQLSchemaHost).schema;
    const wrapped: string[] = [];
    let direct = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || ROOTS.has(type.name) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        // A plain field reads its property (Nest's `rootFieldResolver`); a field that takes arguments may need Nest's pipes.
        if (!field.resolve || field.resolve.name === 'rootFieldResolver' || field.args.length > 0) continue;
        // A direct resolver is our method, bound to its resolver class (`bound rfq`); a wrapped one is Nest's own function (`bound target`).
        if (/^(bound )+(\w+)$/.exec(field.resolve.name)?.[2] === field.name) direct += 1;
        else wrapped.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrapped).toEqual([]);
    expect(direct).toBeGreaterThanOrEqual(45);
  });
});
