import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, NotFoundException, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig, Public } from '@bc/api/core';
import { Metrics } from './metrics.service';

/**
 * `GET /metrics` in Prometheus's text format, for a scraper holding `METRICS_TOKEN` as a bearer
 * token. Without the token configured the route does not exist: the figures (queues, outbox,
 * traffic by operation) are not for the public, and a proxy's address cannot tell who asks.
 */
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async read(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const token = this.config.metricsToken;
    if (!token) throw new NotFoundException('Metrics are not served: set METRICS_TOKEN to read them');
    const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), digest(token))) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      throw new UnauthorizedException('Metrics need the bearer token of METRICS_TOKEN');
    }
    res.setHeader('content-type', this.metrics.registry.contentType);
    res.setHeader('cache-control', 'no-store');
    return this.metrics.registry.metrics();
  }
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
