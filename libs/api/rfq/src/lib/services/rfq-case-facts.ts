import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseFactsProviders } from '@bc/api/purchasing';
import { Permission } from '@bc/shared/domain';
import { Rfq } from '../entities/rfq.entity';

/**
 * What purchasing learns about a case from the RFQ library, through its CaseFactsProviders (it may
 * not import this library): the case's RFQs for its timeline, and the suppliers' response rates for
 * shortlist suggestions. Typed queries of this library's own tables.
 */
@Injectable()
export class RfqCaseFacts implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: CaseFactsProviders,
  ) {}

  onModuleInit(): void {
    this.providers.registerTimelineSource({ entityType: 'Rfq', permission: Permission.RFQ_READ, ids: (ctx, caseId) => this.rfqIdsOfCase(ctx, caseId) });
    this.providers.registerResponseRates((ctx, supplierIds) => this.responseRates(ctx, supplierIds));
  }

  async rfqIdsOfCase(ctx: RequestContext, caseId: string): Promise<string[]> {
    const rows = await this.connection.getRepository(ctx, Rfq).find({ where: { caseId }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  /**
   * The share of this organization's closed RFQs of the last three years that each supplier was
   * invited to and answered with a quote (0..1); suppliers never invited have none.
   */
  async responseRates(ctx: RequestContext, supplierIds: readonly string[]): Promise<Map<string, number>> {
    if (supplierIds.length === 0) return new Map();
    const rows: Array<{ supplier_id: string; invited: number; quoted: number }> = await this.connection.manager(ctx).query(
      `SELECT i.supplier_id, count(*)::int AS invited, count(q.id) FILTER (WHERE q.status = 'SUBMITTED')::int AS quoted
         FROM rfq_invitation i
         JOIN rfq r ON r.id = i.rfq_id AND r.status = 'CLOSED' AND r.closed_at > now() - interval '3 years'
         LEFT JOIN quote q ON q.invitation_id = i.id
        WHERE i.organization_id = $1 AND i.supplier_id = ANY ($2::uuid[])
        GROUP BY i.supplier_id`,
      [ctx.organizationId, [...supplierIds]],
    );
    return new Map(rows.map((r) => [r.supplier_id, r.quoted / r.invited]));
  }
}
