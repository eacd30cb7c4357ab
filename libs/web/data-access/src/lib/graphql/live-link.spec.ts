import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { liveRetryDelayMs, liveShouldRetry, liveUrl, splitLive } from './live-link';

describe('the live link', () => {
  it('opens the socket on the page host and path, wss under https', () => {
    expect(liveUrl({ protocol: 'https:', host: 'portal.example.com' }, '/graphql')).toBe('wss://portal.example.com/graphql');
    expect(liveUrl({ protocol: 'http:', host: 'localhost:4200' }, '/graphql')).toBe('ws://localhost:4200/graphql');
  });

  it('reconnects with a backoff that doubles to 30 s, jittered down by at most a third', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => liveRetryDelayMs(n, () => 0))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(liveRetryDelayMs(0, () => 0.999)).toBeGreaterThanOrEqual(667);
  });

  it('retries a dropped connection but not a refusal (signed out, not allowed)', () => {
    expect(liveShouldRetry({ code: 1006, reason: '' })).toBe(true);
    expect(liveShouldRetry({ code: 1001, reason: 'going away' })).toBe(true);
    expect(liveShouldRetry(new Error('connection refused'))).toBe(true);
    expect(liveShouldRetry({ code: 4401, reason: 'UNAUTHENTICATED' })).toBe(false);
    expect(liveShouldRetry({ code: 4403, reason: 'FORBIDDEN' })).toBe(false);
  });

  it('sends subscriptions over the live link and queries and mutations over HTTP, as before', async () => {
    const seen: Array<[string, string]> = [];
    const answering = (name: string) =>
      new ApolloLink((operation) => {
        seen.push([name, operation.operationName ?? '']);
        return new Observable((observer) => {
          observer.next({ data: { ping: name } });
          observer.complete();
        });
      });
    const client = new ApolloClient({ link: splitLive(answering('live'), answering('http')), cache: new InMemoryCache() });
    await client.query({ query: gql`query Q { ping }` });
    await client.mutate({ mutation: gql`mutation M { ping }` });
    await new Promise<void>((resolve) => client.subscribe({ query: gql`subscription S { ping }` }).subscribe({ complete: resolve }));
    expect(seen).toEqual([
      ['http', 'Q'],
      ['http', 'M'],
      ['live', 'S'],
    ]);
  });
});
