import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { sumMoney } from '@bc/shared/domain';
import { AwardOutcomeLineType, AwardOutcomeResult, AwardOutcomeType } from '../dto/outcome.types';

interface OutcomeRow {
  invitation_id: string;
  decided_at: Date;
  currency: string;
  line_key: string | null;
  quantity: string | null;
  unit_price: string | null;
  total: string | null;
  description: string | null;
  unit: string | null;
}

/**
 * The supplier portal's view of an award: for each of the caller's company's invitations, null
 * until the RFQ's case is awarded (an APPROVED proposal), then AWARDED with the company's own
 * lines and total, or NOT_AWARDED. Batched: one statement per request, whatever the size of the
 * portal list. Scoped to the caller's company (the invitation's supplier organization), so another
 * company's invitation id yields nothing.
 */
@Injectable()
export class OutcomeService {
  constructor(private readonly connection: TransactionalConnection) {}

  outcome(ctx: RequestContext, invitationId: string): Promise<AwardOutcomeType | null> {
    return ctx.loader('award.outcome', (ids: string[]) => this.load(ctx, ids), null).load(invitationId);
  }

  private async load(ctx: RequestContext, invitationIds: string[]): Promise<Map<string, AwardOutcomeType>> {
    const rows: OutcomeRow[] = await this.connection.manager(ctx).query(
      `SELECT i.id AS invitation_id, p.decided_at, p.currency,
              al.line_key, al.quantity::text AS quantity, al.unit_price::text AS unit_price, al.total::text AS total,
              sl.description, sl.unit
         FROM rfq_invitation i
         JOIN award_proposal p ON p.rfq_id = i.rfq_id AND p.status = 'APPROVED'
         LEFT JOIN award_line al ON al.proposal_id = p.id AND al.invitation_id = i.id
         LEFT JOIN rfq r ON r.id = p.rfq_id
         LEFT JOIN specification_line sl ON sl.version_id = r.specification_version_id AND sl.key::text = al.line_key
        WHERE i.id = ANY ($1::uuid[]) AND i.supplier_organization_id = $2
        ORDER BY i.id, sl.position, al.line_key`,
      [invitationIds, ctx.organizationId],
    );
    const byInvitation = new Map<string, OutcomeRow[]>();
    for (const r of rows) byInvitation.set(r.invitation_id, [...(byInvitation.get(r.invitation_id) ?? []), r]);
    const outcomes = new Map<string, AwardOutcomeType>();
    for (const [id, own] of byInvitation) {
      const lines: AwardOutcomeLineType[] = own
        .filter((r) => r.line_key !== null)
        .map((r) => ({
          lineKey: r.line_key as string,
          description: r.description ?? '',
          unit: r.unit ?? '',
          quantity: r.quantity as string,
          unitPrice: r.unit_price as string,
          total: r.total as string,
        }));
      outcomes.set(id, {
        result: lines.length > 0 ? AwardOutcomeResult.AWARDED : AwardOutcomeResult.NOT_AWARDED,
        decidedAt: own[0].decided_at,
        totalValue: lines.length > 0 ? sumMoney(lines.map((l) => l.total)) : null,
        currency: own[0].currency.trim(),
        lines,
      });
    }
    return outcomes;
  }
}
