import { ErrorCode } from '@bc/shared/domain';
import { fieldOfGraphQLMessage, formatGraphQLError } from './format-graphql-error';

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
});
