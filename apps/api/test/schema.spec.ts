import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, TestApp } from './support/test-app';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');
const HEADER = '# The GraphQL schema of the Buying Center API, generated from the code (code-first).\n# Reviewed like code: `npm run schema` rewrites it; a test fails when it is stale.\n\n';

describe('the committed GraphQL schema', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('is what the code generates', () => {
    const generated = HEADER + printSchema(lexicographicSortSchema(app.running.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toEqual(generated);
  });
});
