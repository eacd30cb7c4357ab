import { ErrorCode } from '@bc/shared/domain';
import { QueryFailedError } from 'typeorm';
import { inputErrorOfDatabase } from './database-errors';

const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('data exceptions from PostgreSQL', () => {
  it('turns a numeric overflow (22003) and a malformed value (22P02) into VALIDATION_FAILED with a rule', () => {
    const overflow = inputErrorOfDatabase(new QueryFailedError('INSERT …', [], driverError('22003', 'numeric field overflow')));
    expect(overflow?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(overflow?.options).toEqual({ field: 'input', details: { rule: 'NUMBER_OUT_OF_RANGE' } });
    const malformed = inputErrorOfDatabase(new QueryFailedError('SELECT …', [], driverError('22P02', 'invalid input syntax for type uuid: "x"')));
    expect(malformed?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(malformed?.options.details).toEqual({ rule: 'INVALID_TEXT_REPRESENTATION' });
    // Nothing of the statement or the driver's wording leaves the server.
    expect(malformed?.message).not.toContain('uuid');
  });

  it('leaves everything else to the INTERNAL path', () => {
    expect(inputErrorOfDatabase(new QueryFailedError('SELECT …', [], driverError('42P01', 'relation "x" does not exist')))).toBeNull();
    expect(inputErrorOfDatabase(new Error('boom'))).toBeNull();
    expect(inputErrorOfDatabase(null)).toBeNull();
  });
});
