import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { PurchaseCase } from '../entities/purchase-case.entity';

/** What a withdrawal took back, for the `case.cancelled` audit event: `{ kind: 'award-proposal', version: 2 }`. */
export type Withdrawn = { kind: 'shortlist' | 'rfq-approval' | 'rfq' | 'negotiation-round' | 'award-proposal' | 'auction' } & Record<string, unknown>;

/**
 * Withdraws what waits for an approval on a case that is being cancelled (and what waits for
 * suppliers: a published RFQ is cancelled, an open round ended, both with their calendar entries), in the cancelling
 * transaction and under the case's row lock. The libs that own an approval (shortlists here, RFQ
 * drafts, award proposals) register their own withdrawal when their module starts, so this lib
 * needs to know none of them; each writes its own audit event on the thing it withdraws.
 */
export type CancellationWithdrawal = (ctx: RequestContext, purchaseCase: PurchaseCase, reason: string) => Promise<Withdrawn[]>;

@Injectable()
export class CaseCancellationService {
  private readonly withdrawals: CancellationWithdrawal[] = [];

  register(withdrawal: CancellationWithdrawal): void {
    this.withdrawals.push(withdrawal);
  }

  async withdrawOpenApprovals(ctx: RequestContext, purchaseCase: PurchaseCase, reason: string): Promise<Withdrawn[]> {
    const out: Withdrawn[] = [];
    for (const withdraw of this.withdrawals) out.push(...(await withdraw(ctx, purchaseCase, reason)));
    return out;
  }
}
