import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ErrorCode } from '@bc/shared/domain';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { Api } from './api';
import { DisableUserDocument, DisableUserGQL, UsersDocument, UsersGQL } from './generated';

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
});
