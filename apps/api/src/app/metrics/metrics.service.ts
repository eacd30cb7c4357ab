import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { JobQueue } from '@bc/api/core';
import { MailQueue } from '@bc/api/mail';

/** What a request was, as bounded labels: never a value a client chooses freely. */
export interface RequestLabels {
  /** `graphql` or `http` (REST routes, health, files). */
  protocol: 'graphql' | 'http';
  /** The GraphQL operation type (`query`, `mutation`), or the HTTP method. */
  type: string;
  /** The GraphQL root field, or the REST route pattern (`/api/files/:id`); see {@link UNKNOWN_OPERATION}. */
  operation: string;
  result: 'ok' | 'error';
}

/** The label of an operation the schema or the router does not name (anonymous, invalid, unmatched). */
export const UNKNOWN_OPERATION = 'unknown';

/**
 * The Prometheus metrics of one API instance, in a registry of its own (tests run several
 * instances in one process): request latency by operation, the database pool, the job queues,
 * the mail outbox, and prom-client's process metrics. The gauges are read when scraped.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private readonly requests: Histogram<keyof RequestLabels>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailQueue,
  ) {
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Histogram({
      name: 'buying_center_request_duration_seconds',
      help: 'Time to answer a request, by GraphQL operation (root field) or REST route',
      labelNames: ['protocol', 'type', 'operation', 'result'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.gauges();
  }

  observe(labels: RequestLabels, seconds: number): void {
    this.requests.observe(labels, seconds);
  }

  /** Times every request but GraphQL's (which its plugin times by operation), labelled by the route that matched. */
  httpMiddleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (req.path.startsWith('/graphql')) return next();
      const start = process.hrtime.bigint();
      res.on('finish', () => {
        const route = (req as Request & { route?: { path?: unknown } }).route?.path;
        const operation = typeof route === 'string' ? `${req.baseUrl}${route}` : UNKNOWN_OPERATION;
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        this.observe({ protocol: 'http', type: req.method, operation, result: res.statusCode < 500 ? 'ok' : 'error' }, seconds);
      });
      next();
    };
  }

  private gauges(): void {
    const pool = () => (this.dataSource.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'buying_center_db_pool_connections',
      help: 'Connections of the API database pool: total open, idle, and requests waiting for one',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'total' }, p.totalCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
    const read = this.read.bind(this);
    const jobs = this.jobs;
    new Gauge({
      name: 'buying_center_job_queue_jobs',
      help: 'Jobs of each pg-boss queue: waiting (created or to retry) and active',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        const depths = await read(this, () => jobs.depths());
        for (const d of depths ?? []) {
          this.set({ queue: d.queue, state: 'waiting' }, d.waiting);
          this.set({ queue: d.queue, state: 'active' }, d.active);
        }
      },
    });
    const mail = this.mail;
    new Gauge({
      name: 'buying_center_mail_outbox_messages',
      help: 'Mail not sent: pending (waiting or retrying) and failed (given up, an admin may resend)',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const backlog = await read(this, () => mail.backlog());
        if (!backlog) return;
        this.set({ status: 'pending' }, backlog.pending);
        this.set({ status: 'failed' }, backlog.failed);
      },
    });
  }

  /** A gauge read from the database: when it cannot be read the gauge has no value (not a stale one), and the scrape still answers. */
  private async read<T>(gauge: Gauge, query: () => Promise<T>): Promise<T | undefined> {
    try {
      return await query();
    } catch (err) {
      gauge.reset();
      this.logger.warn({ err }, 'a metric could not be read');
      return undefined;
    }
  }
}
