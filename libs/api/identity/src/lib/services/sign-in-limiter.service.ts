import { Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppError } from '@bc/api/core';
import { ErrorCode } from '@bc/shared/domain';

/**
 * Failed sign-ins allowed in the window, per account and per client address. Only failures count:
 * an office behind one address signs in many times a morning without guessing anything.
 */
export const SIGN_IN_LIMITS = {
  perAccount: { points: 5, durationSeconds: 15 * 60 },
  perAddress: { points: 50, durationSeconds: 15 * 60 },
};

/**
 * Limits guesses of a password: per account (failed sign-ins on one email, whether or not it
 * exists, and wrong current passwords in a password change: one budget, as both guess the same
 * secret) and per client address (failures across every account, so spraying one password over
 * many accounts is limited too). Counters live in PostgreSQL (`rate_limit`, made by a migration),
 * so they hold across restarts and instances.
 */
@Injectable()
export class SignInLimiter implements OnModuleInit {
  private perAccount!: RateLimiterPostgres;
  private perAddress!: RateLimiterPostgres;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    const common = { storeClient: pool, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: false };
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'sign-in-account',
      points: SIGN_IN_LIMITS.perAccount.points,
      duration: SIGN_IN_LIMITS.perAccount.durationSeconds,
    });
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'sign-in-address',
      points: SIGN_IN_LIMITS.perAddress.points,
      duration: SIGN_IN_LIMITS.perAddress.durationSeconds,
    });
  }

  /** Refuses when the address or the account has used up its failures. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const address = await this.perAddress.get(ip);
    if (address && address.consumedPoints >= SIGN_IN_LIMITS.perAddress.points) throw this.limited(address);
    const account = await this.perAccount.get(email);
    if (account && account.consumedPoints >= SIGN_IN_LIMITS.perAccount.points) throw this.limited(account);
  }

  /** A wrong password: counts against the account and the address. */
  async failed(email: string, ip: string): Promise<void> {
    await this.perAccount.penalty(email, 1);
    await this.perAddress.penalty(ip, 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private limited(e: unknown): AppError {
    if (!(e instanceof RateLimiterRes)) throw e;
    return new AppError(ErrorCode.RATE_LIMITED, 'Too many attempts with a wrong password. Try again later.', {
      details: { retryAfterSeconds: Math.ceil(e.msBeforeNext / 1000) },
    });
  }
}
