import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { Api, EvaluationFieldsFragment, reloadOnDataChange, RfqEvaluationGQL, RfqFieldsFragment } from '@bc/web/data-access';
import { BcCriterionNamePipe, BcQuantityPipe } from '@bc/web/i18n';
import { LoadStatus, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { rfqErrorTranslation } from './rfq-errors';
import { contribution, sensitivityView, SensitivityView } from './scoring-view';
import { ActionState } from '@bc/web/case-kit';

/**
 * The ranking of a closed RFQ's suppliers (issue 5): the weighted totals in rank order with each
 * criterion's contribution, and the sensitivity check in plain words (does first place change
 * when a single weight moves by up to ±10 points, and which weight by how much would change it).
 * Asked for only once `quotesOpen` is true; the API computes every value.
 */
@Component({
  selector: 'bc-rfq-ranking',
  imports: [ScrollRegion, LoadStatus, MatIconModule, TranslatePipe, BcCriterionNamePipe, BcQuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rfq-ranking.html',
  styleUrls: ['./page.scss', './panel.scss', './rfq-ranking.scss'],
})
export class RfqRanking {
  private readonly api = inject(Api);

  readonly rfq = input.required<RfqFieldsFragment>();

  protected readonly evaluation = signal<EvaluationFieldsFragment | null>(null);
  private readonly state = new ActionState(undefined, false, rfqErrorTranslation);
  protected readonly loading = this.state.loading;
  protected readonly errorMessage = this.state.errorMessage;

  /** Every supplier's criteria with the points they add to its total. */
  protected readonly rows = computed(() =>
    (this.evaluation()?.suppliers ?? []).map((s) => ({
      ...s,
      contributions: s.criteria.map((c) => ({ ...c, points: contribution(c.score, c.weight) })),
    })),
  );
  /** Per supplier missing a score, the criteria it misses ({ key, name } for the name pipe). */
  protected readonly missing = computed(() => {
    const e = this.evaluation();
    if (!e) return [];
    return e.suppliers
      .filter((s) => s.missing.length)
      .map((s) => ({ invitationId: s.invitationId, supplierName: s.supplierName, criteria: e.criteria.filter((c) => s.missing.includes(c.key)) }));
  });
  protected readonly sensitivity = computed<SensitivityView | null>(() => {
    const e = this.evaluation();
    return e?.sensitivity ? sensitivityView(e.criteria, e.sensitivity) : null;
  });

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => this.load());
    effect(() => {
      const rfq = this.rfq();
      // Sealed until closed: the API refuses the evaluation before, so it is not even asked.
      if (!rfq.quotesOpen) return;
      untracked(() => void this.load());
    });
  }

  protected async load(): Promise<void> {
    await this.state.load(async () => {
      this.evaluation.set((await this.api.read(RfqEvaluationGQL, { rfqId: this.rfq().id })).rfqEvaluation);
    });
  }
}
