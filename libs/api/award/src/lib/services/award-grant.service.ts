import { Injectable } from '@nestjs/common';
import { Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { PurchaseCase, TransitionService } from '@bc/api/purchasing';
import { PerformanceLedger } from '@bc/api/suppliers';
import { ApprovalDecision, AwardStatus, CaseStage, compareDecimals, PerformanceEventKind, sumMoney, TransitionVia } from '@bc/shared/domain';
import { AwardApproval, AwardLine, AwardProposal } from '../entities/award.entities';
import { AwardGranted } from '../events/award-events';

/**
 * The award granted by its last approval: the proposal APPROVED, the case AWARDED with its largest
 * supplier, each awarded supplier's performance record, the audit entry and the letters, all at one
 * instant.
 */
@Injectable()
export class AwardGrantService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly transitions: TransitionService,
    private readonly ledger: PerformanceLedger,
    private readonly clock: Clock,
  ) {}

  async grant(ctx: RequestContext, proposal: AwardProposal, purchaseCase: PurchaseCase, lines: AwardLine[], approvals: AwardApproval[]): Promise<AwardProposal> {
    const em = this.connection.manager(ctx);
    const repo = em.getRepository(AwardProposal);
    // The last approval: the award is granted (one instant for the award and the suppliers' records of it).
    const grantedAt = this.clock.now();
    await repo.update(proposal.id, { status: AwardStatus.APPROVED, decidedAt: grantedAt });
    await this.transitions.moveVia(ctx, purchaseCase, CaseStage.AWARDED, TransitionVia.AWARD_APPROVAL, null, ctx.userId);
    const bySupplier = new Map<string, string[]>();
    for (const l of lines) bySupplier.set(l.supplierId, [...(bySupplier.get(l.supplierId) ?? []), l.total]);
    const largest = [...bySupplier.entries()].map(([supplierId, totals]) => ({ supplierId, total: sumMoney(totals) })).reduce((a, b) => (compareDecimals(b.total, a.total) > 0 ? b : a));
    await em.getRepository(PurchaseCase).update(purchaseCase.id, { awardedSupplierId: largest.supplierId });
    for (const [supplierId, totals] of bySupplier) {
      await this.ledger.append(ctx, {
        organizationId: proposal.organizationId,
        supplierId,
        kind: PerformanceEventKind.AWARD,
        occurredOn: null,
        onTime: null,
        caseId: purchaseCase.id,
        note: `Awarded ${purchaseCase.reference}: ${sumMoney(totals)} ${proposal.currency} (${totals.length} line${totals.length === 1 ? '' : 's'})`,
        recordedBy: ctx.userId,
        awardProposalId: proposal.id,
        createdAt: grantedAt,
      });
    }
    const granted = await repo.findOneByOrFail({ id: proposal.id });
    await this.audit.record(ctx, {
      action: 'award.granted',
      entityType: 'AwardProposal',
      entityId: proposal.id,
      organizationId: proposal.organizationId,
      summary: {
        reference: purchaseCase.reference,
        caseId: purchaseCase.id,
        version: proposal.version,
        totalValue: proposal.totalValue,
        currency: proposal.currency,
        suppliers: [...bySupplier.entries()].map(([supplierId, totals]) => ({ supplierId, total: sumMoney(totals), lines: totals.length })),
        approvals: approvals.filter((a) => a.decision === ApprovalDecision.APPROVED).map((a) => ({ approverId: a.approverId, role: a.role })),
      },
    });
    await ctx.publish(AwardGranted, { proposalId: granted.id });
    return granted;
  }
}
