import { ErrorCode } from '@bc/shared/domain';
import { QueryFailedError } from 'typeorm';
import { inputErrorOfDatabase, isRetryableTransactionError, RETRY_AFTER_SECONDS, unavailableErrorOfDatabase } from './database-errors';

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

describe('a database that is away, and changes that could not be serialized', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a lost connection', new QueryFailedError('SELECT …', [], new Error('Connection terminated unexpectedly'))],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
    ['an admin shutdown (57P01)', new QueryFailedError('SELECT …', [], driverError('57P01', 'terminating connection due to administrator command'))],
    ['a server starting up (57P03)', driverError('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', driverError('08006', 'connection failure')],
    ['too many connections (53300)', driverError('53300', 'sorry, too many clients already')],
    ['a serialization failure (40001)', new QueryFailedError('UPDATE …', [], driverError('40001', 'could not serialize access'))],
    ['a deadlock (40P01)', new QueryFailedError('UPDATE …', [], driverError('40P01', 'deadlock detected'))],
  ])('answers %s with the retryable UNAVAILABLE and a delay, without internals', (_, error) => {
    const answer = unavailableErrorOfDatabase(error);
    expect(answer?.code).toBe(ErrorCode.UNAVAILABLE);
    expect(answer?.options.details).toEqual({ retryAfterSeconds: RETRY_AFTER_SECONDS });
    expect(answer?.message).not.toMatch(/ECONN|terminat|deadlock|serialize|5432/);
  });

  it('runs again only what may simply be run again: serialization failures and deadlocks', () => {
    expect(isRetryableTransactionError(new QueryFailedError('UPDATE …', [], driverError('40001', 'could not serialize')))).toBe(true);
    expect(isRetryableTransactionError(driverError('40P01', 'deadlock detected'))).toBe(true);
    expect(isRetryableTransactionError(driverError('23505', 'duplicate key'))).toBe(false);
    expect(isRetryableTransactionError(new Error('Connection terminated unexpectedly'))).toBe(false);
  });

  it('leaves bugs to INTERNAL', () => {
    expect(unavailableErrorOfDatabase(new QueryFailedError('SELECT …', [], driverError('42P01', 'relation "x" does not exist')))).toBeNull();
    expect(unavailableErrorOfDatabase(new TypeError('x is undefined'))).toBeNull();
    expect(unavailableErrorOfDatabase(undefined)).toBeNull();
  });
});
