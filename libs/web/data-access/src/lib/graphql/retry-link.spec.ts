import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { Observable } from 'rxjs';
import { ErrorCode } from '@bc/shared/domain';
import { idempotentChanges, retryLink } from './apollo-links';
import { IDEMPOTENCY_HEADER, RETRY_ATTEMPTS } from '../http/retries';

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
function serverFailing(failures: number, error: () => Error, keys: Array<string | undefined> = ['key-1', 'key-2']) {
  const seen: string[] = [];
  const sentKeys: Array<string | undefined> = [];
  const link = new ApolloLink((operation) => {
    seen.push(operation.operationName ?? '');
    sentKeys.push((operation.getContext()['headers'] as Record<string, string> | undefined)?.[IDEMPOTENCY_HEADER]);
    return new Observable((observer) => {
      if (seen.length <= failures) observer.error(error());
      else {
        observer.next({ data: operation.operationName === 'Me' ? { me: { __typename: 'Me', id: '1' } } : { raiseNeed: { __typename: 'Need', id: 'n1' } } });
        observer.complete();
      }
    });
  });
  const next = [...keys];
  const client = new ApolloClient({ link: ApolloLink.from([idempotentChanges(() => next.shift()), retryLink(1), link]), cache: new InMemoryCache() });
  return { client, seen, sentKeys };
}

const ME = gql`query Me { me { id } }`;
const RAISE = gql`mutation RaiseNeed { raiseNeed { id } }`;

describe('reads, and changes under their idempotency key, sent again while the server is briefly away', () => {
  it('sends a read again after UNAVAILABLE and returns the answer that came', async () => {
    const { client, seen } = serverFailing(2, unavailable);
    const result = await client.query({ query: ME });
    expect(result.data).toEqual({ me: { __typename: 'Me', id: '1' } });
    expect(seen).toEqual(['Me', 'Me', 'Me']);
  });

  it(`gives up after ${RETRY_ATTEMPTS} attempts with the UNAVAILABLE error for the page to show`, async () => {
    const { client, seen } = serverFailing(99, unavailable);
    await expect(client.query({ query: ME })).rejects.toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(RETRY_ATTEMPTS);
  });

  it('sends a change again only under its idempotency key, the same key every time, and a new key for the next change', async () => {
    const change = serverFailing(1, unavailable);
    const result = await change.client.mutate({ mutation: RAISE });
    expect(result.data).toEqual({ raiseNeed: { __typename: 'Need', id: 'n1' } });
    expect(change.seen).toEqual(['RaiseNeed', 'RaiseNeed']);
    expect(change.sentKeys).toEqual(['key-1', 'key-1']);
    await change.client.mutate({ mutation: RAISE });
    expect(change.sentKeys).toEqual(['key-1', 'key-1', 'key-2']);
    // No key (no secure context to make one): the change is sent once and its failure shown.
    const unkeyed = serverFailing(1, unavailable, []);
    await expect(unkeyed.client.mutate({ mutation: RAISE })).rejects.toBeInstanceOf(ServerError);
    expect(unkeyed.seen).toEqual(['RaiseNeed']);
    expect(unkeyed.sentKeys).toEqual([undefined]);
  });

  it('never sends again a read that failed for a reason a repeat cannot mend', async () => {
    const bug = serverFailing(1, internal);
    await expect(bug.client.query({ query: ME })).rejects.toBeInstanceOf(ServerError);
    expect(bug.seen).toEqual(['Me']);
  });
});
