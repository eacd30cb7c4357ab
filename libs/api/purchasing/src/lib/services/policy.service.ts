import { Injectable } from '@nestjs/common';
import { Clock, CombinedReads, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { DEFAULT_MINIMUM_BIDDING_DAYS, DEFAULT_MINIMUM_SUPPLIERS, PurchaseType } from '@bc/shared/domain';
import { PurchasingPolicy } from '../entities/purchasing-policy.entity';

export interface PolicyView {
  minimumSuppliers: Record<PurchaseType, number>;
  /** Days from publishing to the closing time; a shorter period needs a justification. */
  minimumBiddingDays: Record<PurchaseType, number>;
  updatedAt: Date | null;
}

const COLUMN: Record<PurchaseType, 'minSuppliersNewTask' | 'minSuppliersModifiedRebuy' | 'minSuppliersStraightRebuy'> = {
  [PurchaseType.NEW_TASK]: 'minSuppliersNewTask',
  [PurchaseType.MODIFIED_REBUY]: 'minSuppliersModifiedRebuy',
  [PurchaseType.STRAIGHT_REBUY]: 'minSuppliersStraightRebuy',
};

const DAYS_COLUMN: Record<PurchaseType, 'minBiddingDaysNewTask' | 'minBiddingDaysModifiedRebuy' | 'minBiddingDaysStraightRebuy'> = {
  [PurchaseType.NEW_TASK]: 'minBiddingDaysNewTask',
  [PurchaseType.MODIFIED_REBUY]: 'minBiddingDaysModifiedRebuy',
  [PurchaseType.STRAIGHT_REBUY]: 'minBiddingDaysStraightRebuy',
};

export interface PolicyChange {
  minimumSuppliers?: Array<{ purchaseType: PurchaseType; minimum: number }>;
  minimumBiddingDays?: Array<{ purchaseType: PurchaseType; days: number }>;
}

/** The organization's purchasing policy; without a row of its own, the defaults of the shared domain. */
@Injectable()
export class PolicyService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(ctx: RequestContext): Promise<PolicyView> {
    const [row] = await this.reads.entities(ctx, PurchasingPolicy, 't.organization_id = $1', [ctx.organizationId]);
    return toView(row ?? null);
  }

  async minimumSuppliers(ctx: RequestContext, type: PurchaseType): Promise<number> {
    return (await this.get(ctx)).minimumSuppliers[type];
  }

  async minimumBiddingDays(ctx: RequestContext, type: PurchaseType): Promise<number> {
    return (await this.get(ctx)).minimumBiddingDays[type];
  }

  async update(ctx: RequestContext, change: PolicyChange): Promise<PolicyView> {
    const minimums = change.minimumSuppliers ?? [];
    const periods = change.minimumBiddingDays ?? [];
    once(minimums, 'minimumSuppliers');
    once(periods, 'minimumBiddingDays');
    const before = await this.get(ctx);
    const next = { ...before.minimumSuppliers };
    for (const m of minimums) next[m.purchaseType] = m.minimum;
    const days = { ...before.minimumBiddingDays };
    for (const p of periods) days[p.purchaseType] = p.days;
    const repo = this.connection.getRepository(ctx, PurchasingPolicy);
    await repo.upsert(
      {
        organizationId: ctx.organizationId,
        minSuppliersNewTask: next[PurchaseType.NEW_TASK],
        minSuppliersModifiedRebuy: next[PurchaseType.MODIFIED_REBUY],
        minSuppliersStraightRebuy: next[PurchaseType.STRAIGHT_REBUY],
        minBiddingDaysNewTask: days[PurchaseType.NEW_TASK],
        minBiddingDaysModifiedRebuy: days[PurchaseType.MODIFIED_REBUY],
        minBiddingDaysStraightRebuy: days[PurchaseType.STRAIGHT_REBUY],
        updatedBy: ctx.userId,
        updatedAt: this.clock.now(),
      },
      ['organizationId'],
    );
    await this.audit.record(ctx, {
      action: 'purchasing-policy.changed',
      entityType: 'PurchasingPolicy',
      entityId: ctx.organizationId,
      summary: {
        from: before.minimumSuppliers,
        to: next,
        ...(periods.length ? { minimumBiddingDays: { from: before.minimumBiddingDays, to: days } } : {}),
      },
    });
    return this.get(ctx);
  }
}

function once(items: Array<{ purchaseType: PurchaseType }>, list: string): void {
  const seen = new Set<PurchaseType>();
  items.forEach((m, i) => {
    if (seen.has(m.purchaseType)) throw validationFailed(`input.${list}.${i}.purchaseType`, `${m.purchaseType} is given twice`);
    seen.add(m.purchaseType);
  });
}

function toView(row: PurchasingPolicy | null): PolicyView {
  if (!row) return { minimumSuppliers: { ...DEFAULT_MINIMUM_SUPPLIERS }, minimumBiddingDays: { ...DEFAULT_MINIMUM_BIDDING_DAYS }, updatedAt: null };
  const minimumSuppliers = {} as Record<PurchaseType, number>;
  const minimumBiddingDays = {} as Record<PurchaseType, number>;
  for (const type of Object.values(PurchaseType)) {
    minimumSuppliers[type] = row[COLUMN[type]];
    minimumBiddingDays[type] = row[DAYS_COLUMN[type]];
  }
  return { minimumSuppliers, minimumBiddingDays, updatedAt: row.updatedAt };
}
