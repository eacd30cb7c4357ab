import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { Observable } from 'rxjs';
import { ErrorCode } from '@bc/shared/domain';
import { READ_ATTEMPTS, readRetry } from './provide-graphql';

/** The API's answer while its database is away: HTTP 503 with UNAVAILABLE in a GraphQL body. */
const unavailable = () =>
  new ServerError('Received status code 503', {
    response: { status: 503 } as Response,
    bodyText: JSON.stringify({ errors: [{ message: 'briefly unavailable', extensions: { code: ErrorCode.UNAVAILABLE, retryAfterSeconds: 5 } }] }),
  });
const internal = () =>
  new ServerError('Received status code 500', {
    response: { status: 500 } as Response,
    bodyText: JSON.stringify({ errors: [{ message: 'bug', extensions: { code: ErrorCode.INTERNAL } }] }),
  });

/** A server that fails the first `failures` requests with `error`, then answers. */
function serverFailing(failures: number, error: () => Error) {
  const seen: string[] = [];
  const link = new ApolloLink((operation) => {
    seen.push(operation.operationName ?? '');
    return new Observable((observer) => {
      if (seen.length <= failures) observer.error(error());
      else {
        observer.next({ data: operation.operationName === 'Me' ? { me: { __typename: 'Me', id: '1' } } : { raiseNeed: { __typename: 'Need', id: 'n1' } } });
        observer.complete();
      }
    });
  });
  const client = new ApolloClient({ link: ApolloLink.from([readRetry(1), link]), cache: new InMemoryCache() });
  return { client, seen };
}

const ME = gql`query Me { me { id } }`;
const RAISE = gql`mutation RaiseNeed { raiseNeed { id } }`;

describe('reads sent again while the server is briefly away', () => {
  it('sends a read again after UNAVAILABLE and returns the answer that came', async () => {
    const { client, seen } = serverFailing(2, unavailable);
    const result = await client.query({ query: ME });
    expect(result.data).toEqual({ me: { __typename: 'Me', id: '1' } });
    expect(seen).toEqual(['Me', 'Me', 'Me']);
  });

  it(`gives up after ${READ_ATTEMPTS} attempts with the UNAVAILABLE error for the page to show`, async () => {
    const { client, seen } = serverFailing(99, unavailable);
    await expect(client.query({ query: ME })).rejects.toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(READ_ATTEMPTS);
  });

  it('never sends a change again by itself, nor a read that failed for a reason a repeat cannot mend', async () => {
    const change = serverFailing(1, unavailable);
    await expect(change.client.mutate({ mutation: RAISE })).rejects.toBeInstanceOf(ServerError);
    expect(change.seen).toEqual(['RaiseNeed']);
    const bug = serverFailing(1, internal);
    await expect(bug.client.query({ query: ME })).rejects.toBeInstanceOf(ServerError);
    expect(bug.seen).toEqual(['Me']);
  });
});
