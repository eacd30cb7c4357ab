import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@bc/shared/domain';
import { errorTranslation, fieldIn, fieldNameOf, scopedErrorTranslation, toAppError } from './app-error';

function graphQLErrors(...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) {
  return new CombinedGraphQLErrors({ errors });
}

function serverError(status: number, body: unknown) {
  return new ServerError(`Received status code ${status}`, {
    response: { status } as Response,
    bodyText: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the error mapper', () => {
  it('reads the code and the field from extensions', () => {
    const error = toAppError(
      graphQLErrors({ message: 'email must be an email', extensions: { code: 'VALIDATION_FAILED', field: 'input.email' } }),
    );
    expect(error).toEqual({ code: ErrorCode.VALIDATION_FAILED, message: 'email must be an email', field: 'input.email' });
    expect(fieldNameOf(error)).toBe('email');
  });

  it('keeps the other facts the server sent as details', () => {
    const error = toAppError(
      graphQLErrors({ message: 'refused', extensions: { code: 'TRANSITION_REFUSED', requestId: 'r1', blockers: ['CATEGORY_MISSING'] } }),
    );
    expect(error.details).toEqual({ blockers: ['CATEGORY_MISSING'] });
  });

  it('keeps how long to wait when rate limited, for the message', () => {
    const error = toAppError(
      graphQLErrors({ message: 'Too many attempts', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 29.2 } }),
    );
    expect(errorTranslation(error)).toEqual({ key: 'errors.RATE_LIMITED_SECONDS', params: { seconds: 30 } });
    expect(errorTranslation(toAppError(graphQLErrors({ message: 'x', extensions: { code: 'INVALID_CREDENTIALS' } })))).toEqual({
      key: 'errors.INVALID_CREDENTIALS',
      params: {},
    });
  });

  it('says which approving role is missing and how many when an approval route cannot be completed', () => {
    const error = toAppError(
      graphQLErrors({ message: 'cannot be approved', extensions: { code: 'APPROVAL_ROUTE_INCOMPLETE', field: 'input.caseId', role: 'DECIDER', required: 2, available: 1 } }),
    );
    expect(errorTranslation(error)).toEqual({ key: 'errors.APPROVAL_ROUTE_INCOMPLETE_DECIDER', params: { required: 2, available: 1 } });
    expect(errorTranslation(toAppError(graphQLErrors({ message: 'x', extensions: { code: 'APPROVAL_ROUTE_INCOMPLETE' } })))).toEqual({
      key: 'errors.APPROVAL_ROUTE_INCOMPLETE',
      params: {},
    });
  });

  it('treats an unknown code as INTERNAL', () => {
    expect(toAppError(graphQLErrors({ message: 'boom', extensions: { code: 'SOMETHING_ELSE' } })).code).toBe(ErrorCode.INTERNAL);
  });

  it('finds GraphQL errors in the body of an HTTP error response', () => {
    const error = toAppError(
      serverError(400, { errors: [{ message: 'bad', extensions: { code: 'VALIDATION_FAILED', field: 'input.roles' } }] }),
    );
    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(error.field).toBe('input.roles');
  });

  it('maps bare HTTP statuses and an unreachable server', () => {
    expect(toAppError(serverError(429, 'slow down')).code).toBe(ErrorCode.RATE_LIMITED);
    expect(toAppError(serverError(502, '<html>Bad gateway</html>')).code).toBe('NETWORK');
    expect(toAppError(serverError(500, '<html>oops</html>')).code).toBe(ErrorCode.INTERNAL);
    expect(toAppError(new Error('Http failure response for /graphql: 0 Unknown Error')).code).toBe('NETWORK');
  });
});

describe('errors a screen words itself', () => {
  const closed = { code: ErrorCode.RFQ_CLOSED, message: 'closed', details: { closedAt: 'yesterday' } } as const;

  it('words the codes the screen lists under its scope, with the facts the server sent only when asked', () => {
    expect(scopedErrorTranslation(closed, 'portalErrors', [ErrorCode.RFQ_CLOSED])).toEqual({ key: 'portalErrors.RFQ_CLOSED', params: {} });
    expect(scopedErrorTranslation(closed, 'rfq.errors', [ErrorCode.RFQ_CLOSED], true)).toEqual({
      key: 'rfq.errors.RFQ_CLOSED',
      params: { closedAt: 'yesterday' },
    });
  });

  it('leaves any other code to the general wording', () => {
    expect(scopedErrorTranslation(closed, 'portalErrors', [ErrorCode.SEALED])).toEqual(errorTranslation(closed));
  });

  it('names the input by the group its path runs through, else by the last segment the screen has', () => {
    const at = (field: string) => ({ code: ErrorCode.VALIDATION_FAILED, message: 'bad', field });
    const fields = ['title', 'criteria', 'lines'] as const;
    expect(fieldIn(at('input.criteria.3.weight'), fields, ['criteria'])).toBe('criteria');
    expect(fieldIn(at('input.criteria.3.lines'), fields, ['lines', 'criteria'])).toBe('lines');
    expect(fieldIn(at('input.title'), fields)).toBe('title');
    expect(fieldIn(at('input.other'), fields)).toBeNull();
    expect(fieldIn({ code: ErrorCode.CONFLICT, message: 'no field' }, fields)).toBeNull();
  });
});
