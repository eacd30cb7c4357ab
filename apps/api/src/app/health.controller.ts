import { BeforeApplicationShutdown, Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { JobQueue, migrationsApplied, Public } from '@bc/api/core';

/**
 * Liveness and readiness, answered apart, as an orchestrator or a load balancer asks them:
 * - `/health/live`: the process answers. It touches nothing else, so a database outage never gets
 *   healthy replicas restarted (they answer UNAVAILABLE meanwhile and recover by themselves).
 * - `/health/ready` (and `/health`, its older name): this replica should get traffic: the database
 *   answers, holds every migration of this build, and the job queue has started. It turns down as
 *   the process begins to shut down, so the load balancer stops sending before the server closes.
 */
@Controller('health')
@Public()
export class HealthController implements BeforeApplicationShutdown {
  private stopping = false;

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  @Get()
  @HealthCheck()
  check() {
    return this.ready();
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 }), () => this.schema(), () => this.jobQueue()]);
  }

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Every migration this build ships is recorded as applied. */
  private async schema() {
    const check = this.indicators.check('migrations');
    try {
      const { applied, expected } = await migrationsApplied(this.dataSource);
      return applied === expected ? check.up({ applied }) : check.down({ applied, expected });
    } catch {
      return check.down({ message: 'the migrations table cannot be read' });
    }
  }

  private jobQueue() {
    const check = this.indicators.check('jobs');
    if (this.stopping) return check.down({ message: 'shutting down' });
    return this.jobs.isStarted ? check.up() : check.down({ message: 'the job queue has not started' });
  }
}
