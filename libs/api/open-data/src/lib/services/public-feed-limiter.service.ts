import { Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppError } from '@bc/api/core';
import { ErrorCode } from '@bc/shared/domain';

/** Requests an address may make to the public feed per minute (a crawler walking 10 000 cases in pages of 50 needs 200). */
export const PUBLIC_FEED_LIMIT = { points: 300, durationSeconds: 60 };

/**
 * The public feed's only limit, per address, as the sign-in limiter keeps its counters: in
 * PostgreSQL (`rate_limit`), so it holds across restarts and instances. Over the limit: 429 with
 * Retry-After (RATE_LIMITED), like the rest of the public surface.
 */
@Injectable()
export class PublicFeedLimiter implements OnModuleInit {
  private limiter!: RateLimiterPostgres;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    this.limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: 'public-ocds',
      points: PUBLIC_FEED_LIMIT.points,
      duration: PUBLIC_FEED_LIMIT.durationSeconds,
    });
  }

  async consume(address: string): Promise<void> {
    try {
      await this.limiter.consume(address || 'unknown');
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many requests to the open data feed. Try again later.', { details: { retryAfterSeconds: Math.ceil(e.msBeforeNext / 1000) } });
    }
  }
}
