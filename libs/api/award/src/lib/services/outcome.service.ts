import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { SpecificationService } from '@bc/api/purchasing';
import { PortalService } from '@bc/api/quotes';
import { sumMoney } from '@bc/shared/domain';
import { AwardOutcomeLineType, AwardOutcomeResult, AwardOutcomeType } from '../dto/outcome.types';

interface ProposalLineRow {
  rfq_id: string;
  decided_at: Date;
  currency: string;
  invitation_id: string | null;
  line_key: string | null;
  quantity: string | null;
  unit_price: string | null;
  total: string | null;
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
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly portal: PortalService,
    private readonly specifications: SpecificationService,
  ) {}

  outcome(ctx: RequestContext, invitationId: string): Promise<AwardOutcomeType | null> {
    return ctx.loader('award.outcome', (ids: string[]) => this.load(ctx, ids), null).load(invitationId);
  }

  private async load(ctx: RequestContext, invitationIds: string[]): Promise<Map<string, AwardOutcomeType>> {
    // The company's own invitations (the RFQ library checks whose they are), then the approved proposals of their RFQs.
    const invitations = await this.portal.invitationRfqs(ctx, invitationIds);
    if (invitations.length === 0) return new Map();
    const rows: ProposalLineRow[] = await this.connection.manager(ctx).query(
      `SELECT p.rfq_id, p.decided_at, p.currency, al.invitation_id, al.line_key,
              al.quantity::text AS quantity, al.unit_price::text AS unit_price, al.total::text AS total
         FROM award_proposal p LEFT JOIN award_line al ON al.proposal_id = p.id AND al.invitation_id = ANY ($2::uuid[])
        WHERE p.rfq_id = ANY ($1::uuid[]) AND p.status = 'APPROVED'`,
      [[...new Set(invitations.map((i) => i.rfqId))], invitations.map((i) => i.id)],
    );
    const specLines = await this.specifications.linesOfVersions(ctx, [...new Set(invitations.map((i) => i.specificationVersionId))]);
    const outcomes = new Map<string, AwardOutcomeType>();
    for (const invitation of invitations) {
      const proposal = rows.find((r) => r.rfq_id === invitation.rfqId);
      if (!proposal) continue;
      const spec = new Map((specLines.get(invitation.specificationVersionId) ?? []).map((l) => [String(l.key), l]));
      const lines: AwardOutcomeLineType[] = rows
        .filter((r) => r.rfq_id === invitation.rfqId && r.invitation_id === invitation.id && r.line_key !== null)
        .sort((x, y) => (spec.get(x.line_key as string)?.position ?? Infinity) - (spec.get(y.line_key as string)?.position ?? Infinity) || (x.line_key as string).localeCompare(y.line_key as string))
        .map((r) => ({
          lineKey: r.line_key as string,
          description: spec.get(r.line_key as string)?.description ?? '',
          unit: spec.get(r.line_key as string)?.unit ?? '',
          quantity: r.quantity as string,
          unitPrice: r.unit_price as string,
          total: r.total as string,
        }));
      outcomes.set(invitation.id, {
        result: lines.length > 0 ? AwardOutcomeResult.AWARDED : AwardOutcomeResult.NOT_AWARDED,
        decidedAt: proposal.decided_at,
        totalValue: lines.length > 0 ? sumMoney(lines.map((l) => l.total)) : null,
        currency: proposal.currency.trim(),
        lines,
      });
    }
    return outcomes;
  }
}
