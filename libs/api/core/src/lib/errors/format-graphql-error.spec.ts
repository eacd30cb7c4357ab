import { ErrorCode } from '@bc/shared/domain';
import { NotFoundException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError, validationFailed } from './app-error';
import { fieldOfGraphQLMessage, formatGraphQLError } from './format-graphql-error';

/** An error a field resolver threw, as graphql-js hands it to Apollo: wrapped, with a path. */
const thrownByField = (original: Error) =>
  new GraphQLError(original.message, { path: ['rfq', 'quotes'], originalError: original });
const formattedOf = (error: GraphQLError) => ({ message: error.message, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });

describe('formatting errors that leave the server', () => {
  it('names the field of a variable that could not be coerced', () => {
    expect(
      fieldOfGraphQLMessage('Variable "$input" got invalid value "EMPEROR" at "input.roles[0]"; Value "EMPEROR" does not exist in "Role" enum.'),
    ).toBe('input.roles');
    expect(fieldOfGraphQLMessage('Variable "$input" got invalid value { roles: [] }; Field "email" of required type "String!" was not provided.')).toBe(
      'input.email',
    );
    expect(fieldOfGraphQLMessage('Variable "$input" got invalid value { admin: true }; Field "admin" is not defined by type "InviteUserInput".')).toBe(
      'input.admin',
    );
  });

  it('turns GraphQL input errors into VALIDATION_FAILED with the field', () => {
    const out = formatGraphQLError({
      message: 'Variable "$input" got invalid value 42 at "input.email"; String cannot represent a non string value: 42',
      extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x (/app/main.js:1:1)'] },
    });
    expect(out.extensions).toEqual({ code: ErrorCode.VALIDATION_FAILED, field: 'input.email' });
  });

  it('keeps known codes and drops stack traces', () => {
    const out = formatGraphQLError({ message: 'Sign in first', extensions: { code: ErrorCode.UNAUTHENTICATED, stacktrace: ['secret'] } });
    expect(out).toEqual({ message: 'Sign in first', extensions: { code: ErrorCode.UNAUTHENTICATED } });
  });

  it('hides anything unexpected behind INTERNAL', () => {
    const out = formatGraphQLError({ message: 'relation "app_user" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(out.extensions).toEqual({ code: ErrorCode.INTERNAL });
    expect(out.message).not.toContain('app_user');
  });

  describe('errors that field resolvers throw (they run without the exception filter)', () => {
    it.each([
      ['an AppError', new AppError(ErrorCode.SEALED, 'Quotes stay sealed until the deadline'), { code: ErrorCode.SEALED }],
      ['a refused input, with its field and rule', validationFailed('input.limit', 'At most 100', { rule: 'MAX' }), { code: ErrorCode.VALIDATION_FAILED, field: 'input.limit', rule: 'MAX' }],
      ["Nest's HTTP exception", new NotFoundException('Case not found'), { code: ErrorCode.NOT_FOUND }],
      ['the database away', new QueryFailedError('SELECT …', [], new Error('Connection terminated unexpectedly')), { code: ErrorCode.UNAVAILABLE, retryAfterSeconds: 5 }],
    ])('answers %s by the same rule as the filter', (_, original, extensions) => {
      const error = thrownByField(original);
      const out = formatGraphQLError(formattedOf(error), error);
      expect(out.extensions).toEqual(extensions);
      expect(out.path).toEqual(['rfq', 'quotes']);
    });

    it('answers a defect INTERNAL without its message', () => {
      const error = thrownByField(new TypeError("Cannot read properties of undefined (reading 'supplier_secret')"));
      const out = formatGraphQLError(formattedOf(error), error);
      expect(out.extensions).toEqual({ code: ErrorCode.INTERNAL });
      expect(out.message).not.toContain('supplier_secret');
    });

    it("keeps what the filter made of a root resolver's error", () => {
      const fromFilter = new GraphQLError('Not your turn', { extensions: { code: ErrorCode.NOT_YOUR_TURN } });
      const error = new GraphQLError(fromFilter.message, { path: ['decideAward'], originalError: fromFilter });
      expect(formatGraphQLError({ message: error.message, extensions: { code: ErrorCode.NOT_YOUR_TURN } }, error).extensions).toEqual({
        code: ErrorCode.NOT_YOUR_TURN,
      });
    });
  });
});
