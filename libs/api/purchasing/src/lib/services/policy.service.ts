import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { DEFAULT_MINIMUM_SUPPLIERS, PurchaseType } from '@bc/shared/domain';
import { PurchasingPolicy } from '../entities/purchasing-policy.entity';

export interface PolicyView {
  minimumSuppliers: Record<PurchaseType, number>;
  updatedAt: Date | null;
}

const COLUMN: Record<PurchaseType, 'minSuppliersNewTask' | 'minSuppliersModifiedRebuy' | 'minSuppliersStraightRebuy'> = {
  [PurchaseType.NEW_TASK]: 'minSuppliersNewTask',
  [PurchaseType.MODIFIED_REBUY]: 'minSuppliersModifiedRebuy',
  [PurchaseType.STRAIGHT_REBUY]: 'minSuppliersStraightRebuy',
};

/** The organization's purchasing policy; without a row of its own, the defaults of the shared domain. */
@Injectable()
export class PolicyService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext): Promise<PolicyView> {
    const row = await this.connection.getRepository(ctx, PurchasingPolicy).findOne({ where: { organizationId: ctx.organizationId } });
    return toView(row);
  }

  async minimumSuppliers(ctx: RequestContext, type: PurchaseType): Promise<number> {
    return (await this.get(ctx)).minimumSuppliers[type];
  }

  async update(ctx: RequestContext, minimums: Array<{ purchaseType: PurchaseType; minimum: number }>): Promise<PolicyView> {
    const seen = new Set<PurchaseType>();
    minimums.forEach((m, i) => {
      if (seen.has(m.purchaseType)) throw validationFailed(`input.minimumSuppliers.${i}.purchaseType`, `${m.purchaseType} is given twice`);
      seen.add(m.purchaseType);
    });
    const before = await this.get(ctx);
    const next = { ...before.minimumSuppliers };
    for (const m of minimums) next[m.purchaseType] = m.minimum;
    const repo = this.connection.getRepository(ctx, PurchasingPolicy);
    await repo.upsert(
      {
        organizationId: ctx.organizationId,
        minSuppliersNewTask: next[PurchaseType.NEW_TASK],
        minSuppliersModifiedRebuy: next[PurchaseType.MODIFIED_REBUY],
        minSuppliersStraightRebuy: next[PurchaseType.STRAIGHT_REBUY],
        updatedBy: ctx.userId,
        updatedAt: new Date(),
      },
      ['organizationId'],
    );
    await this.audit.record(ctx, {
      action: 'purchasing-policy.changed',
      entityType: 'PurchasingPolicy',
      entityId: ctx.organizationId,
      summary: { from: before.minimumSuppliers, to: next },
    });
    return this.get(ctx);
  }
}

function toView(row: PurchasingPolicy | null): PolicyView {
  if (!row) return { minimumSuppliers: { ...DEFAULT_MINIMUM_SUPPLIERS }, updatedAt: null };
  const minimumSuppliers = {} as Record<PurchaseType, number>;
  for (const type of Object.values(PurchaseType)) minimumSuppliers[type] = row[COLUMN[type]];
  return { minimumSuppliers, updatedAt: row.updatedAt };
}
