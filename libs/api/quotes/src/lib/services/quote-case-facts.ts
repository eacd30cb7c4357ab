import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseFactsProviders } from '@bc/api/purchasing';
import { InvitationRecords } from '@bc/api/rfq';

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
    private readonly invitations: InvitationRecords,
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
    const invitations = await this.invitations.ofClosedRfqs(ctx, supplierIds, this.clock.now(), '3 years');
    if (invitations.length === 0) return new Map();
    const quoted: Array<{ invitation_id: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT invitation_id FROM quote WHERE invitation_id = ANY ($1::uuid[]) AND status = 'SUBMITTED'`, [invitations.map((i) => i.id)]);
    const answered = new Set(quoted.map((q) => q.invitation_id));
    const counts = new Map<string, { invited: number; quoted: number }>();
    for (const i of invitations) {
      const c = counts.get(i.supplierId) ?? { invited: 0, quoted: 0 };
      counts.set(i.supplierId, { invited: c.invited + 1, quoted: c.quoted + (answered.has(i.id) ? 1 : 0) });
    }
    return new Map([...counts].map(([supplierId, c]) => [supplierId, c.quoted / c.invited]));
  }
}
