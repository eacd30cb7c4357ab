import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ErrorCode } from '@bc/shared/domain';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { Api } from './api';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Observable } from 'rxjs';
import { AuctionLiveGQL, DisableUserDocument, DisableUserGQL, UsersDocument, UsersGQL } from './generated';

const user = {
  __typename: 'User',
  id: 'u1',
  email: 'ada@example.com',
  name: 'Ada',
  locale: 'EN',
  roles: [],
  disabled: false,
  lastSignInAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** A subscription service whose messages each test sets. */
const fakeLive: { subscribe: () => Observable<unknown> } = { subscribe: () => new Observable() };

describe('Api', () => {
  let api: Api;
  let server: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      // The generated services' constructor parameter is not visible to JIT in tests: built by hand.
      providers: [
        { provide: UsersGQL, useFactory: () => new UsersGQL(inject(Apollo)) },
        { provide: DisableUserGQL, useFactory: () => new DisableUserGQL(inject(Apollo)) },
        { provide: AuctionLiveGQL, useValue: fakeLive },
      ],
    });
    api = TestBed.inject(Api);
    server = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => server.verify());

  it('reads a query through its generated service and answers its data', async () => {
    const answer = api.read(UsersGQL);
    server.expectOne(UsersDocument).flush({ data: { users: [user] } });
    expect((await answer).users.map((u) => u.email)).toEqual(['ada@example.com']);
  });

  it('sends a mutation with its variables', async () => {
    const answer = api.write(DisableUserGQL, { userId: 'u1' });
    const op = server.expectOne(DisableUserDocument);
    expect(op.operation.variables).toEqual({ userId: 'u1' });
    op.flush({ data: { disableUser: { ...user, disabled: true } } });
    expect((await answer).disableUser.disabled).toBe(true);
  });

  it('fails with the server error code, as every page shows it', async () => {
    const answer = api.write(DisableUserGQL, { userId: 'u1' });
    server
      .expectOne(DisableUserDocument)
      .graphqlErrors([{ message: 'nope', extensions: { code: ErrorCode.FORBIDDEN } } as never]);
    await expect(answer).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN, message: 'nope' });
  });

  it('follows a subscription: each message is the whole view; an error ends it as an AppError', async () => {
    const views = [{ auctionLive: { id: 'a1', bidCount: 0 } }, { auctionLive: { id: 'a1', bidCount: 1 } }];
    fakeLive.subscribe = () =>
      new Observable((o) => {
        views.forEach((data) => o.next({ data }));
        o.next({ data: undefined, error: new CombinedGraphQLErrors({ errors: [{ message: 'gone', extensions: { code: ErrorCode.NOT_FOUND } }] }) });
      });
    const seen: number[] = [];
    const failed = new Promise((resolve) => api.live(AuctionLiveGQL, { id: 'a1' }).subscribe({ next: (d) => seen.push(d.auctionLive.bidCount), error: resolve }));
    expect(await failed).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(seen).toEqual([0, 1]);
  });
});
