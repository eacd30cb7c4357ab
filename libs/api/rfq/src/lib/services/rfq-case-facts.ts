import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, CombinedReads, RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseAtStage, CaseFactsProviders, LaterCaseFacts } from '@bc/api/purchasing';
import { CaseStage, Permission } from '@bc/shared/domain';
import { Rfq } from '../entities/rfq.entity';

/**
 * What purchasing learns about a case from the RFQ library, through its CaseFactsProviders (it may
 * not import this library): the case's RFQs for its timeline, and for the stage machine whether
 * its RFQ has closed, or has at least reached its closing time (then it can no longer be
 * cancelled). (The suppliers' response rates come from the quotes library.)
 */
@Injectable()
export class RfqCaseFacts implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
    private readonly providers: CaseFactsProviders,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.providers.registerTimelineSource({ entityType: 'Rfq', permission: Permission.RFQ_READ, ids: (ctx, caseId) => this.rfqIdsOfCase(ctx, caseId) });
    this.providers.registerFacts([CaseStage.RFQ], (ctx, cases) => this.facts(ctx, cases));
  }

  async rfqIdsOfCase(ctx: RequestContext, caseId: string): Promise<string[]> {
    const rows = await this.connection.getRepository(ctx, Rfq).find({ where: { caseId }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  /** By the application's clock, like the closing job: a published RFQ past its closing time is as good as closed. */
  async facts(ctx: RequestContext, cases: readonly CaseAtStage[]): Promise<Map<string, Partial<LaterCaseFacts>>> {
    const rows = await this.reads.rows<{ case_id: string; closed: boolean; closing_passed: boolean }>(
      ctx,
      `SELECT case_id,
              bool_or(status = 'CLOSED') AS closed,
              bool_or(status = 'CLOSED' OR (status = 'PUBLISHED' AND closes_at <= $3)) AS closing_passed
         FROM rfq WHERE case_id = ANY ($1::uuid[]) AND organization_id = $2
        GROUP BY case_id`,
      [cases.map((c) => c.id), ctx.organizationId, this.clock.now()],
    );
    return new Map(rows.map((r) => [r.case_id, { rfqClosed: r.closed, rfqClosingPassed: r.closing_passed }]));
  }
}
