import { Injectable, inject } from '@angular/core';
import { Api, ComparisonFieldsFragment, RfqComparisonWholeGQL, RfqEvaluationGQL } from '@bc/web/data-access';
import { RankedSupplier } from './award-view';

export interface RankingAndComparison {
  /** The suppliers' ranks (null for an unranked one); null when the evaluation cannot be read (not complete). */
  ranking: RankedSupplier[] | null;
  /** The comparison, or why it cannot be read (prices hidden, no access). */
  comparison: PromiseSettledResult<ComparisonFieldsFragment>;
}

/**
 * What the open-round and propose-award dialogs start from: a closed RFQ's ranking and its comparison,
 * read side by side. A dialog is opened outside its panel's injector, so this is the award feature's
 * data access for dialogs, not a panel's facade.
 */
@Injectable({ providedIn: 'root' })
export class RfqEvaluationReader {
  private readonly api = inject(Api);

  async read(rfqId: string): Promise<RankingAndComparison> {
    const [evaluation, comparison] = await Promise.allSettled([
      this.api.read(RfqEvaluationGQL, { rfqId }),
      this.api.read(RfqComparisonWholeGQL, { rfqId }),
    ]);
    return {
      ranking:
        evaluation.status === 'fulfilled'
          ? evaluation.value.rfqEvaluation.suppliers.map((s) => ({ invitationId: s.invitationId, rank: s.rank > 0 ? s.rank : null }))
          : null,
      comparison: comparison.status === 'fulfilled' ? { status: 'fulfilled', value: comparison.value.rfqComparison } : comparison,
    };
  }
}
