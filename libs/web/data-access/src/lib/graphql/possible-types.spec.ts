import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { buildSchema, isInterfaceType } from 'graphql';
import { Observable } from 'rxjs';
import { POSSIBLE_TYPES } from './possible-types';

const PAGE = gql`
  fragment KeysetPageFields on KeysetPage {
    total
    endCursor
  }
  query Audit {
    auditEvents {
      ...KeysetPageFields
      items {
        id
      }
    }
  }
`;

describe('the client cache knows which types implement which interfaces', () => {
  it('lists every implementation of every interface of the committed schema', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../../../../../apps/api/schema.gql'), 'utf8'));
    const fromSchema = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter(isInterfaceType)
        .filter((type) => !type.name.startsWith('__'))
        .map((type) => [type.name, schema.getPossibleTypes(type).map((t) => t.name).sort()]),
    );
    expect(Object.fromEntries(Object.entries(POSSIBLE_TYPES).map(([name, types]) => [name, [...types].sort()]))).toEqual(fromSchema);
  });

  it('keeps the fields of a fragment on an interface in a result read through the cache: a page keeps its total and cursor', async () => {
    const link = new ApolloLink(
      () =>
        new Observable((observer) => {
          observer.next({ data: { auditEvents: { __typename: 'AuditEventPage', total: 1742, endCursor: 'c25', items: [{ __typename: 'AuditEvent', id: 'e1' }] } } });
          observer.complete();
        }),
    );
    const client = new ApolloClient({ link, cache: new InMemoryCache({ possibleTypes: POSSIBLE_TYPES }) });
    const result = await client.query({ query: PAGE, fetchPolicy: 'network-only' });
    expect(result.data).toMatchObject({ auditEvents: { total: 1742, endCursor: 'c25' } });
  });
});
