import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseFactsProviders } from '@bc/api/purchasing';

/**
 * What purchasing learns about suppliers from the quotes library, through its CaseFactsProviders
 * (it may not import this library): how often each supplier answered an invitation with a quote,
 * for shortlist suggestions.
 */
@Injectable()
export class QuoteCaseFacts implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: CaseFactsProviders,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.providers.registerResponseRates((ctx, supplierIds) => this.responseRates(ctx, supplierIds));
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
         JOIN rfq r ON r.id = i.rfq_id AND r.status = 'CLOSED' AND r.closed_at > $3::timestamptz - interval '3 years'
         LEFT JOIN quote q ON q.invitation_id = i.id
        WHERE i.organization_id = $1 AND i.supplier_id = ANY ($2::uuid[])
        GROUP BY i.supplier_id`,
      [ctx.organizationId, [...supplierIds], this.clock.now()],
    );
    return new Map(rows.map((r) => [r.supplier_id, r.quoted / r.invited]));
  }
}
